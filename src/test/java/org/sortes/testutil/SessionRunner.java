package org.sortes.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.DrawService;

/** A child process for the crash tests: runs many whole sessions back to back until it is killed. */
public final class SessionRunner {
    private SessionRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String plan = Files.readString(Path.of(args[1]));
        String secret = args[2];
        int sessions = Integer.parseInt(args[3]);
        try (WorkspaceServices s = WorkspaceServices.open(db, Clock.systemUTC(), () -> "runner", new I18n(Locale.ENGLISH))) {
            DrawService draw = s.draw();
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; i < sessions; i++) {
                Sessions.Committed c = Sessions.committed(draw, plan);
                long id = c.id();
                draw.reveal(id, c.secret());
                draw.draw(id);
                draw.lock(id);
            }
        }
    }
}
