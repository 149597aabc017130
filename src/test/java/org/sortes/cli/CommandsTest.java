package org.sortes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sortes.i18n.I18n;

/** Only the command named is built; help and mistakes still see every command. */
class CommandsTest {
    @Test
    void theCommandNamed_isTheFirstArgumentNotARootOptionOrItsValue() {
        assertEquals("stats", Commands.named(new String[] {"stats"}));
        assertEquals("freeze", Commands.named(new String[] {"--db", "x.db", "freeze", "-s", "1"}));
        assertEquals("plan", Commands.named(new String[] {"--operator", "张三", "--db=x.db", "plan", "create"}));
        assertEquals("minutes", Commands.named(new String[] {"--db=stats", "minutes"}));
        assertNull(Commands.named(new String[] {"--help"}));
        assertNull(Commands.named(new String[] {"--db", "x.db"}));
        assertNull(Commands.named(new String[] {}));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SortesCli.run(args, (db, operator) -> {
            throw new AssertionError("no workspace is opened for help");
        }, Path.of("unused.db"), "test", new I18n(I18n.CHINESE), new PrintWriter(out, true), new PrintWriter(err, true));
        return code + "\n" + out + err;
    }

    @Test
    void help_listsEveryCommand_andAMistakeGetsTheNearestSuggested() {
        String help = run("--help");
        for (String command : new String[] {"demo", "import", "stats", "plan", "session", "freeze", "commit", "entropy",
            "beacon", "reveal", "draw", "decide", "lock", "abort", "void", "register", "proof", "verify", "notice",
            "minutes", "letters", "announce", "result", "audit", "check", "backup", "restore"}) {
            assertTrue(help.contains("  " + command + " ") || help.contains("  " + command + "\n"), command + " in\n" + help);
        }
        String mistake = run("--db", "x.db", "lettres", "-s", "1");
        assertTrue(mistake.startsWith("2\n") && mistake.contains("letters"), mistake);
        String group = run("plan", "--help");
        assertTrue(group.contains("create"), group);
    }
}
