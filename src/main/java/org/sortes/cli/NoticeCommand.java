package org.sortes.cli;

import java.nio.file.Path;
import org.sortes.session.Digest;
import org.sortes.session.DocumentService;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the notice of a committed session, to publish before the draw. */
@Command(name = "notice", mixinStandardHelpOptions = true,
        description = "Write the notice of a committed session (PDF/A-3b, Chinese): plan, frozen counts and"
                + " digests, the commitment; never the secret. Publish it before the draw.")
final class NoticeCommand extends WorkspaceCommand {
    @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
    long session;
    @Option(names = "--out", required = true, paramLabel = "NOTICE.pdf")
    Path target;

    NoticeCommand(SortesCli root) {
        super(root);
    }

    @Override
    Integer run(Services services) {
        DocumentService.Written w = services.documents().notice(session, target);
        out().println(i18n().get("cli.notice.written", w.file(), w.pages()));
        out().println(i18n().get("cli.notice.sha256", Digest.group(w.sha256())));
        return 0;
    }
}
