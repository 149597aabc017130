package org.sortes.cli;

import picocli.CommandLine.Option;

/** The -s/--session option of every command that acts on one draw session. */
final class SessionOption {
    @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
    long id;
}
