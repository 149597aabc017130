package org.sortes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.i18n.I18n;

/** The console asks who operates starting from a name someone gave, never from the computer's login. */
class NamedOperatorTest {
    @TempDir
    Path dir;

    private DesktopEnvironment environment(String operatorLine) throws Exception {
        Path file = dir.resolve("settings.properties");
        java.nio.file.Files.writeString(file, operatorLine == null ? "" : "operator=" + operatorLine + "\n");
        return new DesktopEnvironment(new Settings(file), new I18n(I18n.CHINESE), Clock.systemUTC());
    }

    @Test
    void noOneNamed_noName_theLoginStillActs() throws Exception {
        DesktopEnvironment env = environment(null);
        assertEquals(Optional.empty(), env.namedOperator());
        assertEquals(System.getProperty("user.name", ""), env.operator());
    }

    @Test
    void aNameGiven_isOffered_oneThatCannotBeRecorded_isNot() throws Exception {
        assertEquals(Optional.of("王明"), environment(" 王明 ").namedOperator());
        assertEquals(Optional.empty(), environment("王\\t明").namedOperator());
        DesktopEnvironment env = environment(null);
        env.setOperator("李芳");
        assertEquals(Optional.of("李芳"), env.namedOperator());
        // the login name once accepted as the operator (the question used to offer it) is not offered again
        env.setOperator(System.getProperty("user.name"));
        assertEquals(Optional.empty(), env.namedOperator());
    }
}
