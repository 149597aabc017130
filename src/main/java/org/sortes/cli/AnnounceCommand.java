package org.sortes.cli;

import java.nio.file.Path;
import org.sortes.session.Digest;
import org.sortes.session.DocumentService;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the draw result for publication (抽取结果公示) of a locked session: PDF, CSV and JSON. */
@Command(name = "announce", mixinStandardHelpOptions = true,
        description = "Write the draw result for publication (PDF, CSV, JSON; docs/publication-format.md).")
final class AnnounceCommand extends WorkspaceCommand {
    @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
    long session;
    @Option(names = "--out-dir", required = true, paramLabel = "FOLDER")
    Path folder;

    AnnounceCommand(SortesCli root) {
        super(root);
    }

    @Override
    Integer run(Services services) {
        for (DocumentService.Written w : services.documents().announce(session, folder)) {
            out().println(i18n().get("cli.announce.written", w.file(), Digest.group(w.sha256())));
        }
        return 0;
    }
}
