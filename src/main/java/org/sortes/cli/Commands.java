package org.sortes.cli;

import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The top-level commands, added to the command line: every one of them, or only the one the
 * arguments name. Picocli builds each command's model from its annotations when it is added, by
 * reflection, and a fresh JVM spent a third of a second adding forty commands to run one.
 */
final class Commands {
    private final CommandLine line;
    private final String only;

    /** @param only the command to add, or null for all (help, and anything not recognised) */
    Commands(CommandLine line, String only) {
        this.line = line;
        this.only = only;
    }

    void add(String name, Supplier<Object> command) {
        if (only == null || only.equals(name)) {
            line.addSubcommand(name, command.get());
        }
    }

    /** A command whose subcommands are the given commands, each under the name its {@code @Command} gives. */
    static CommandLine group(Object group, Object... subcommands) {
        CommandLine line = new CommandLine(group);
        for (Object subcommand : subcommands) {
            line.addSubcommand(subcommand);
        }
        return line;
    }

    /**
     * The command the arguments name: the first that is not a root option or its value; null when an
     * option comes first that is not --db or --operator (--help, --version, a mistake), so that
     * picocli answers with the whole command line before it.
     */
    static String named(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--db") || a.equals("--operator")) {
                i++;
            } else if (!a.startsWith("--db=") && !a.startsWith("--operator=")) {
                return a.startsWith("-") ? null : a;
            }
        }
        return null;
    }
}
