package org.sortes.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;

/** What the UI needs from the application around it; tests give their own. */
public interface AppEnvironment {
    I18n i18n();

    /** Opens (creating if needed) a workspace file. */
    Services open(Path workspace);

    Path defaultWorkspace();

    Optional<Path> lastWorkspace();

    void rememberWorkspace(Path workspace);

    String operator();

    /**
     * The operator someone named (in this console or the settings), none while only the computer's login
     * name is known: that is what the question of who operates starts from, so that pressing Enter
     * does not record "root" as the officer whose name the minutes print.
     */
    default Optional<String> namedOperator() {
        return Optional.of(operator());
    }

    /** Remembers who operates; the audit log names them from now on. */
    void setOperator(String name);

    /** A remembered setting (the audience screen's bounds, the language); none in tests by default. */
    default Optional<String> setting(String key) {
        return Optional.empty();
    }

    default void remember(String key, String value) {
    }

    /**
     * The bundled fonts as files the toolkit can read, copied out of the jar when they are not yet;
     * none in tests (the system's fonts serve).
     */
    default java.util.List<Path> fontFiles() throws java.io.IOException {
        return java.util.List.of();
    }
}
