package org.sortes.cli;

import java.nio.file.Path;
import org.sortes.session.Digest;
import org.sortes.progress.Progress;
import org.sortes.session.DocumentService;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the minutes of a locked session: PDF/A-3b in Chinese with the proof attached. */
@Command(name = "minutes", mixinStandardHelpOptions = true,
        description = "Write the minutes of a locked session (PDF/A-3b, Chinese, proof and lists attached).")
final class MinutesCommand extends WorkspaceCommand {
    @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
    long session;
    @Option(names = "--out", required = true, paramLabel = "MINUTES.pdf")
    Path target;

    MinutesCommand(SortesCli root) {
        super(root);
    }

    @Override
    Integer run(Services services) {
        DocumentService.Written w = services.documents().minutes(session, target, Progress.NONE);
        out().println(i18n().get("cli.minutes.written", w.file(), w.pages(), w.targets()));
        out().println(i18n().get("cli.minutes.sha256", Digest.group(w.sha256())));
        out().println(i18n().get("cli.minutes.verify", w.file()));
        return 0;
    }
}
