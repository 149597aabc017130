package org.sortes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sortes.i18n.I18n;
import org.sortes.session.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: thin commands over the same services as the UI. Exit code 0 ok, 1 failed,
 * 2 bad usage. Only this package writes to standard output.
 */
@Command(name = "sortes", mixinStandardHelpOptions = true, version = "Sortes 0.1",
        description = "Notarised live draws for double-random spot checks (双随机、一公开).")
public final class SortesCli {
    @Option(names = "--db", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Workspace file (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Who acts: --operator's name, else the settings' operator, else the computer's login name. */
    private String operator;
    /** Whether that is a name someone gave (--operator, the settings), not the login name. */
    private boolean operatorNamed;

    @Option(names = "--operator", paramLabel = "NAME", scope = CommandLine.ScopeType.INHERIT,
            description = "Who acts, as recorded in the audit log (default: the settings' operator, else the system user).")
    void operator(String name) {
        operator = name;
        operatorNamed = true;
    }

    /** Opens a workspace for an operator. */
    public interface Opener {
        Services open(Path db, String operator);
    }

    private final Opener opener;
    private final I18n i18n;

    public SortesCli(Opener opener, Path defaultDb, String defaultOperator, boolean defaultNamed, I18n i18n) {
        this.opener = opener;
        this.db = defaultDb;
        this.operator = defaultOperator;
        this.operatorNamed = defaultNamed;
        this.i18n = i18n;
    }

    /** Runs a command line, the default operator one the user named; returns its exit code. */
    public static int run(String[] args, Opener opener, Path defaultDb, String defaultOperator, I18n i18n,
                          PrintWriter out, PrintWriter err) {
        return run(args, opener, defaultDb, defaultOperator, true, i18n, out, err);
    }

    /**
     * Runs a command line and returns its exit code; defaultNamed: whether the default operator is a
     * name the user gave (the settings'), not the computer's login name.
     */
    public static int run(String[] args, Opener opener, Path defaultDb, String defaultOperator, boolean defaultNamed,
                          I18n i18n, PrintWriter out, PrintWriter err) {
        SortesCli root = new SortesCli(opener, defaultDb, defaultOperator, defaultNamed, i18n);
        CommandLine cmd = build(root, Commands.named(args), i18n);
        if (cmd.getSubcommands().isEmpty()) {
            cmd = build(root, null, i18n); // not a command's name: picocli says so, and suggests the nearest
        }
        cmd.setOut(out);
        cmd.setErr(err);
        // picocli's own words for a command line it cannot parse are English: said here in the user's language
        cmd.setParameterExceptionHandler((e, given) -> {
            CommandLine at = e.getCommandLine();
            at.getErr().println(usageProblem(e, i18n));
            java.util.List<String> nearest = e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions()
                    : java.util.List.of();
            at.getErr().println(nearest.isEmpty() ? i18n.get("cli.usage.help", at.getCommandSpec().qualifiedName())
                    : i18n.get("cli.usage.nearest", String.join("、", nearest)));
            return at.getCommandSpec().exitCodeOnInvalidInput();
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String message = i18n.explain(e);
            commandLine.getErr().println(i18n.get("cli.failed", message));
            return 1;
        });
        return cmd.execute(args);
    }

    /**
     * What is wrong with a command line, in the user's words: a required option or value missing, an
     * argument not understood, a value of the wrong kind; a refusal of the commands' own (already in
     * the user's words) as it is.
     */
    static String usageProblem(CommandLine.ParameterException e, I18n i18n) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return i18n.get("cli.usage.missing", String.join("、", missing.getMissing().stream().map(SortesCli::named)
                    .toList()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return i18n.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (e.getCause() instanceof CommandLine.TypeConversionException && e.getArgSpec() != null) {
            return i18n.get("cli.usage.value", named(e.getArgSpec()), String.valueOf(e.getValue()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return i18n.get("cli.usage.twice", named(overwritten.getOverwritten()));
        }
        return e.getMessage();
    }

    private static String named(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The command line with its commands (all, or only the one named), its help in the user's language. */
    static CommandLine build(SortesCli root, String only, I18n i18n) {
        CommandLine cmd = commands(root, only);
        if ("zh".equals(i18n.locale().getLanguage())) {
            ChineseHelp.apply(cmd); // the help in the user's language, as every other word of the command line
        }
        return cmd;
    }

    /** The command line with its commands: all, or only the one named (see {@link Commands}). */
    private static CommandLine commands(SortesCli root, String only) {
        CommandLine cmd = new CommandLine(root);
        Commands commands = new Commands(cmd, only);
        commands.add("demo", () -> new DemoCommand(root));
        commands.add("import", () -> new ImportCommand(root));
        commands.add("stats", () -> new StatsCommand(root));
        DrawCommands.register(commands, root);
        IntegrityCommands.register(commands, root);
        return cmd;
    }

    Services open() {
        return opener.open(db, operator);
    }

    /**
     * Said when a session is created under the computer's login name: its officer is printed on the
     * notice and the minutes, where "root" means nothing to a notary. A warning, not a refusal: scripts
     * written before the officer was asked for go on working, and say so.
     */
    void warnIfOfficerUnnamed(PrintWriter err) {
        if (!operatorNamed) {
            err.println(i18n.get("cli.warning.officerUnnamed", operator));
        }
    }

    I18n i18n() {
        return i18n;
    }

    Path db() {
        return db;
    }
}
