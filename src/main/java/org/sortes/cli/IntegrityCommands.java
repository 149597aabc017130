package org.sortes.cli;

import java.nio.file.Path;
import org.sortes.session.AuditEntry;
import org.sortes.session.AuditQuery;
import org.sortes.session.ChainCheck;
import org.sortes.session.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** The audit log, integrity check, backup and restore. */
final class IntegrityCommands {
    private IntegrityCommands() {
    }

    static void register(Commands cmd, SortesCli root) {
        cmd.add("audit", () -> Commands.group(new AuditGroup(), new AuditVerify(root), new AuditExport(root),
                new AuditList(root)));
        cmd.add("check", () -> new Check(root));
        cmd.add("backup", () -> new Backup(root));
        cmd.add("restore", () -> new Restore(root));
    }

    @Command(name = "audit", description = "The hash-chained audit log.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class AuditGroup {
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check the whole chain; exit 1 naming the first broken event.")
    static final class AuditVerify extends WorkspaceCommand {
        AuditVerify(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            ChainCheck s = services.integrity().verifyChain();
            if (s.intact()) {
                out().println(i18n().get("cli.audit.intact", s.events(), org.sortes.session.Digest.group(s.head())));
                return 0;
            }
            out().println(i18n().get("cli.audit.broken", s.firstBroken(), s.said()));
            return 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the log as JSON lines.")
    static final class AuditExport extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.jsonl")
        Path target;

        AuditExport(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            long n = services.integrity().exportLog(target);
            out().println(i18n().get("cli.audit.exported", n, target));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List events, filtered.")
    static final class AuditList extends WorkspaceCommand {
        @Option(names = {"-s", "--session"})
        Long session;
        @Option(names = "--type")
        String type;
        @Option(names = "--actor")
        String actor;
        @Option(names = "--from", description = "a day (2026-11-26) or a time (2026-11-26T08:00), included")
        String from;
        @Option(names = "--to", description = "a day or a time, included (a day: up to its end)")
        String to;

        AuditList(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            for (AuditEntry e : services.integrity().events(new AuditQuery(session, type, actor, from, to))) {
                // in words, as the console's audit tab says them; audit export writes the stored JSON
                out().printf("%5d  %s  %s  %s  %s%s%n", e.seq(), e.at(), org.sortes.session.AuditWords.type(e.type(), i18n()),
                        e.actor(), e.sessionId() == null ? "" : "#" + e.sessionId() + "  ",
                        org.sortes.session.AuditWords.details(e, i18n()));
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "PRAGMA integrity_check of the workspace and the audit chain check.")
    static final class Check extends WorkspaceCommand {
        Check(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            String integrity = services.integrity().integrity();
            ChainCheck chain = services.integrity().verifyChain();
            if ("ok".equals(integrity)) {
                out().println(i18n().get("cli.check.ok"));
            } else {
                // SQLite's own report is English: in the log for whoever supports the user, named in English
                System.getLogger("org.sortes").log(System.Logger.Level.WARNING, "integrity_check: " + integrity);
                out().println(i18n().get("cli.check.bad", integrity));
            }
            out().println(chain.intact() ? i18n().get("cli.audit.intact", chain.events(), org.sortes.session.Digest.group(chain.head()))
                    : i18n().get("cli.audit.broken", chain.firstBroken(), chain.said()));
            return "ok".equals(integrity) && chain.intact() ? 0 : 1;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Online backup of the workspace to a new file (SQLite backup API).")
    static final class Backup extends WorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path target;

        Backup(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            services.integrity().backup(target, org.sortes.session.IntegrityService.Trigger.COMMAND);
            out().println(i18n().get("cli.backup.done", target));
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the workspace with a backup, checked first in a temporary copy: integrity, schema as"
                    + " built, the audit chain, and every drawn session drawn again. Nothing changes if a check fails.")
    static final class Restore extends WorkspaceCommand {
        @Option(names = "--from", required = true, paramLabel = "FILE")
        Path from;

        Restore(SortesCli root) {
            super(root);
        }

        /**
         * Restoring onto a new machine names a workspace file that does not exist yet; opening it makes
         * an empty workspace. When the backup is refused, that empty workspace goes again: a refused
         * restore leaves nothing behind, not a new file that looks like a workspace.
         */
        @Override
        public Integer call() throws Exception {
            Path db = root.db();
            boolean existed = db == null || java.nio.file.Files.exists(db);
            try {
                return super.call();
            } catch (RuntimeException e) {
                if (!existed) {
                    org.sortes.session.NewWorkspace.discard(db);
                }
                throw e;
            }
        }

        @Override
        Integer run(Services services) {
            services.integrity().restore(from);
            out().println(i18n().get("cli.restore.done", from));
            return 0;
        }
    }
}
