package org.sortes.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;

/**
 * A child process for the crash tests: writes every kind of output of a locked session into a
 * folder, round after round under new names, until it is killed.
 */
public final class OutputsRunner {
    private OutputsRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        try (WorkspaceServices s = WorkspaceServices.open(db, Clock.systemUTC(), () -> "runner", new I18n(Locale.ENGLISH))) {
            System.out.println("ready");
            System.out.flush();
            for (int round = 0; round < 1000; round++) {
                String n = Long.toString(System.nanoTime());
                s.integrity().backup(out.resolve("backup-" + n + ".db"), org.sortes.session.IntegrityService.Trigger.COMMAND);
                s.draw().exportProof(id, out.resolve("proof-" + n + ".json"), true, Progress.NONE);
                s.documents().notice(id, out.resolve("notice-" + n + ".pdf"));
                s.documents().minutes(id, out.resolve("minutes-" + n + ".pdf"), Progress.NONE);
                s.documents().letters(id, out.resolve("letters-" + n + ".pdf"), Progress.NONE);
                s.documents().announce(id, Files.createDirectories(out.resolve("announce-" + n)));
                s.results().exportPublic(id, out.resolve("results-" + n + ".csv"));
                s.draw().exportRegister(id, out.resolve("register-" + n + ".tsv"), Progress.NONE);
            }
        }
    }
}
