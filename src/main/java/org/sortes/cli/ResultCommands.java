package org.sortes.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sortes.session.DrawnTarget;
import org.sortes.session.InspectionResult;
import org.sortes.session.ResultOutcome;
import org.sortes.session.ResultService;
import org.sortes.session.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Inspection results of a locked session: record (or correct), list, export for publication. */
final class ResultCommands {
    private ResultCommands() {
    }

    static void register(Commands cmd, SortesCli root) {
        cmd.add("result", () -> Commands.group(new ResultGroup(), new Record(root), new ListResults(root), new Export(root)));
    }

    @Command(name = "result", description = "Inspection results of a locked session.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class ResultGroup {
    }

    abstract static class OnResults extends WorkspaceCommand {
        @Mixin
        SessionOption sessionOption;
        long session;

        OnResults(SortesCli root) {
            super(root);
        }

        @Override
        public Integer call() throws Exception {
            session = sessionOption.id;
            return super.call();
        }

        String subject(Services services, int rank) {
            return services.draw().targets(session).stream().filter(t -> t.rank() == rank)
                    .map(DrawnTarget::subjectId).findFirst().orElse("?");
        }

        String outcome(ResultOutcome outcome) {
            return i18n().get(outcome.messageKey());
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Record the result of one target; a second result of the same target needs --correct REASON.")
    static final class Record extends OnResults {
        @Option(names = "--target", required = true, paramLabel = "RANK", description = "The target's rank in the draw.")
        int rank;
        @Option(names = "--outcome", required = true, paramLabel = "CODE", description = "One of: no_problem,"
                + " not_at_registered_address, false_publicity, not_publicised, ordered_to_correct, further_action,"
                + " refused_inspection, no_relevant_activity, deregistered, other.")
        String outcome;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "When the inspection was done.")
        LocalDate date;
        @Option(names = "--note", paramLabel = "TEXT", description = "Required with the outcome other.")
        String note;
        @Option(names = "--correct", paramLabel = "REASON", description = "Replace the current result, for this reason.")
        String correction;

        Record(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            ResultOutcome parsed = ResultOutcome.parse(outcome.strip()).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), i18n().get("result.error.outcome", outcome, ResultOutcome.codes())));
            InspectionResult r = services.results().record(session, rank, parsed, date, note, correction);
            String subject = subject(services, rank);
            out().println(r.supersedes() == null
                    ? i18n().get("cli.result.recorded", rank, subject, outcome(r.outcome()))
                    : i18n().get("cli.result.corrected", rank, subject, outcome(r.outcome()), r.supersedes()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The current result of each target, with corrections (--history for every entry).")
    static final class ListResults extends OnResults {
        @Option(names = "--history", description = "Every entry, the replaced ones too.")
        boolean history;

        ListResults(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            ResultService results = services.results();
            List<InspectionResult> rows = history ? results.history(session) : results.current(session);
            for (InspectionResult r : rows) {
                out().println(i18n().get("cli.result.line", r.rank(), subject(services, r.rank()), r.inspectedOn(),
                        outcome(r.outcome()), r.note() == null ? "" : r.note()));
                if (r.supersedes() != null) {
                    out().println(i18n().get("cli.result.correction", r.reason(), r.supersedes()));
                }
            }
            out().println(i18n().get("cli.result.summary", results.current(session).size(), results.missing(session)));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the current results for publication (公示) as CSV, UTF-8 with BOM.")
    static final class Export extends OnResults {
        @Option(names = "--out", required = true, paramLabel = "RESULTS.csv")
        Path target;

        Export(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            int written = services.results().exportPublic(session, target);
            out().println(i18n().get("cli.result.exported", target, written, services.results().missing(session)));
            return 0;
        }
    }
}
