package org.sortes.cli;

import java.nio.file.Path;
import org.sortes.session.Digest;
import org.sortes.progress.Progress;
import org.sortes.session.DocumentService;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the notification letters (检查通知书) of a locked session, one page per staffed target. */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = "Write the notification letters of a locked session (PDF/A-3b, Chinese, one page per staffed target).")
final class LettersCommand extends WorkspaceCommand {
    @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
    long session;
    @Option(names = "--out", required = true, paramLabel = "LETTERS.pdf")
    Path target;

    LettersCommand(SortesCli root) {
        super(root);
    }

    @Override
    Integer run(Services services) {
        DocumentService.Written w = services.documents().letters(session, target, Progress.NONE);
        out().println(i18n().get("cli.letters.written", w.file(), w.pages(), w.targets()));
        out().println(i18n().get("cli.letters.sha256", Digest.group(w.sha256())));
        return 0;
    }
}
