package org.sortes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.session.PendingImport;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a register from a CSV or .xlsx file as a new version. The file is the whole"
                + " register: records missing from it are retired. Nothing is written if any row has an error.")
final class ImportCommand implements Callable<Integer> {
    /** How many problems are printed; the rest go to --problems FILE. */
    static final int PRINTED = 50;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "import.register",
            description = "subjects, inspectors, items or departments")
    String registerName;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "import.file", description = "CSV or .xlsx file")
    Path file;

    @Option(names = "--encoding", paramLabel = "ENC", defaultValue = "auto",
            description = "CSV encoding: auto (default), utf-8, gbk, gb18030")
    String encoding;

    @Option(names = "--dry-run", description = "Check and compare only; write nothing.")
    boolean dryRun;

    @Option(names = "--problems", paramLabel = "CSV", description = "Also write every problem to this CSV file.")
    Path problemsFile;

    private final SortesCli root;

    ImportCommand(SortesCli root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        I18n i18n = root.i18n();
        Register register = Register.byTable(registerName).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), i18n.get("cli.import.badRegister", registerName)));
        try {
            if (!"auto".equalsIgnoreCase(encoding)) {
                java.nio.charset.Charset.forName(encoding.equalsIgnoreCase("gbk") ? "GB18030" : encoding);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), i18n.get("cli.import.badEncoding", encoding));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = root.open();
             PendingImport pending = services.directory().previewImport(register, file, encoding, progress())) {
            ImportPreview preview = pending.preview();
            print(preview, out, i18n);
            if (problemsFile != null) {
                services.directory().saveProblems(preview, problemsFile, i18n);
                out.println(i18n.get("cli.import.problemsWritten", problemsFile));
            }
            if (!preview.canCommit()) {
                out.println(i18n.get("cli.import.notWritten"));
                return 1;
            }
            if (dryRun) {
                out.println(i18n.get("cli.import.dryRun")); // closing the pending import discards it
                return 0;
            }
            List<DirectoryVersion> versions = pending.commit();
            for (DirectoryVersion v : versions) {
                out.println(i18n.get("cli.import.committed", i18n.get("register." + v.register().table()), v.id(),
                        v.rowCount(), v.added(), v.changed(), v.unchanged(), v.retired()));
            }
            return 0;
        }
    }

    static void print(ImportPreview p, PrintWriter out, I18n i18n) {
        out.println(i18n.get("cli.import.file", p.facts().fileName(), p.facts().encoding() == null ? "-" : p.facts().encoding(),
                p.facts().sha256() == null ? "-" : p.facts().sha256(), p.facts().rows()));
        if (!p.fileRefused()) {
            out.println(i18n.get("import.counts", p.added(), p.changed(), p.unchanged(), p.retired()));
        }
        out.println(i18n.get("import.problemCounts", p.errors(), p.warnings()));
        List<Problem> problems = p.problems();
        for (int i = 0; i < Math.min(PRINTED, problems.size()); i++) {
            Problem pr = problems.get(i);
            out.println("  " + i18n.get(pr.isError() ? "severity.error" : "severity.warning") + "  " + org.sortes.session.ImportProblems.sentence(pr, i18n));
        }
        if (p.errors() + p.warnings() > PRINTED) {
            out.println(i18n.get("cli.import.moreProblems", p.errors() + p.warnings() - PRINTED));
        }
    }

    /** Prints a percentage on the error stream when a person is watching a terminal. */
    private Progress progress() {
        if (System.console() == null) {
            return Progress.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return new Progress() {
            private long lastShown = -1;

            @Override
            public void update(long done, long total) {
                long shown = total > 0 ? done * 100 / total : done;
                if (shown != lastShown) {
                    lastShown = shown;
                    err.print(total > 0 ? "\r" + shown + "%  " : "\r" + done + " …");
                    if (total > 0 && done >= total) {
                        err.print("\r      \r");
                    }
                    err.flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
