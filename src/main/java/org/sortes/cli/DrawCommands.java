package org.sortes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;
import org.sortes.draw.DrawResult;
import org.sortes.draw.Protocol;
import org.sortes.draw.Verifier;
import org.sortes.session.DrawService;
import org.sortes.session.FreezeReport;
import org.sortes.session.ProofBundle;
import org.sortes.session.ProofJson;
import org.sortes.session.ProofVerification;
import org.sortes.session.Services;
import org.sortes.store.DrawSessionRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The stages of a draw session as commands, so that a whole session can be scripted. */
final class DrawCommands {
    private DrawCommands() {
    }

    static void register(CommandLine cmd, SortesCli root) {
        CommandLine plan = new CommandLine(new PlanGroup());
        plan.addSubcommand("create", new PlanCreate(root));
        cmd.addSubcommand("plan", plan);
        CommandLine session = new CommandLine(new SessionGroup());
        session.addSubcommand("list", new SessionList(root));
        session.addSubcommand("show", new SessionShow(root));
        cmd.addSubcommand("session", session);
        cmd.addSubcommand("freeze", new Freeze(root));
        cmd.addSubcommand("commit", new Commit(root));
        CommandLine entropy = new CommandLine(new EntropyGroup());
        entropy.addSubcommand("add", new EntropyAdd(root));
        cmd.addSubcommand("entropy", entropy);
        cmd.addSubcommand("beacon", new Beacon(root));
        cmd.addSubcommand("reveal", new Reveal(root));
        cmd.addSubcommand("draw", new Draw(root));
        cmd.addSubcommand("decide", new Decide(root));
        cmd.addSubcommand("lock", new Lock(root));
        cmd.addSubcommand("abort", new Abort(root));
        CommandLine proof = new CommandLine(new ProofGroup());
        proof.addSubcommand("export", new ProofExport(root));
        cmd.addSubcommand("proof", proof);
        cmd.addSubcommand("verify", new Verify(root));
        cmd.addSubcommand("notice", new NoticeCommand(root));
        cmd.addSubcommand("minutes", new MinutesCommand(root));
        ResultCommands.register(cmd, root);
    }

    /** Groups a few four-character blocks so a digest can be read aloud. */
    static String grouped(String hex) {
        return org.sortes.documents.OfficialPdf.grouped(hex);
    }

    /** Base of the commands that act on one session. */
    abstract static class OnSession extends WorkspaceCommand {
        @Option(names = {"-s", "--session"}, required = true, paramLabel = "ID", description = "Draw session id.")
        long session;

        OnSession(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) throws Exception {
            return run(services.draw());
        }

        abstract Integer run(DrawService draw) throws Exception;
    }

    @Command(name = "plan", description = "Draw plans.", subcommands = CommandLine.HelpCommand.class)
    static final class PlanGroup {
    }

    @Command(name = "session", description = "Draw sessions.", subcommands = CommandLine.HelpCommand.class)
    static final class SessionGroup {
    }

    @Command(name = "entropy", description = "Observers' entropy.", subcommands = CommandLine.HelpCommand.class)
    static final class EntropyGroup {
    }

    @Command(name = "proof", description = "Proof files.", subcommands = CommandLine.HelpCommand.class)
    static final class ProofGroup {
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a draw session from a plan file (JSON; see docs/protocol.md).")
    static final class PlanCreate extends WorkspaceCommand {
        @Option(names = "--file", required = true, paramLabel = "PLAN.json")
        Path file;

        PlanCreate(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) throws IOException {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            long id = services.draw().createPlan(json);
            DrawSessionRow row = services.draw().session(id);
            out().println(i18n().get("cli.draw.created", id, row.name()));
            out().println(i18n().get("cli.draw.planDigest", grouped(row.planDigest())));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List draw sessions.")
    static final class SessionList extends WorkspaceCommand {
        SessionList(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) {
            for (DrawSessionRow r : services.draw().sessions()) {
                out().printf("#%d  %-6s  %s  %s%n", r.id(), i18n().get("state." + r.state()), r.createdAt(), r.name());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one session's stages.")
    static final class SessionShow extends OnSession {
        SessionShow(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            DrawSessionRow r = draw.session(session);
            PrintWriter out = out();
            out.println("#" + r.id() + " " + r.name() + " [" + i18n().get("state." + r.state()) + "]");
            out.println(i18n().get("cli.show.created", r.createdAt(), r.actor()));
            out.println("plan       " + grouped(r.planDigest()));
            if (r.candidatesDigest() != null) {
                out.println("candidates " + grouped(r.candidatesDigest()) + "  (" + r.candidateCount() + ")");
                out.println("inspectors " + grouped(r.inspectorsDigest()) + "  (" + r.poolCount() + ")");
                out.println(i18n().get("cli.show.frozen", r.frozenAt()));
            }
            if (r.commitment() != null) {
                out.println("commitment " + grouped(r.commitment()));
                out.println(i18n().get("cli.show.committed", r.committedAt()));
            }
            for (var o : draw.observers(session)) {
                out.println(i18n().get("cli.show.observer", o.seq(), o.name(), i18n().get("role." + o.role()), o.digits(),
                        o.enteredAt()));
            }
            if (r.beaconValue() != null) {
                out.println(i18n().get("cli.draw.beacon", r.beaconValue(), r.beaconSource()));
            }
            if (r.revealedAt() != null) {
                // after the reveal the secret is public: it is in the proof, and anyone may recompute
                out.println("secret     " + grouped(r.secret()));
                out.println(i18n().get("cli.show.revealed", r.revealedAt()));
            }
            if (r.drawnAt() != null) {
                var targets = draw.targets(session);
                long unstaffed = targets.stream().filter(t -> t.shortfall() != null).count();
                out.println(i18n().get("cli.show.drawn", r.drawnAt(), targets.size(), unstaffed));
                for (var t : targets) {
                    if (t.shortfall() != null) {
                        out.println("  " + i18n().get("cli.show.decision", t.rank(), t.subjectId(),
                                t.decision() == null ? i18n().get("cli.show.undecided") : t.decision()));
                    }
                }
            }
            if (r.lockedAt() != null) {
                out.println(i18n().get("cli.show.locked", r.lockedAt()));
                out.println(i18n().get("cli.draw.auditHead", grouped(r.auditHead())));
            }
            if (r.abortReason() != null) {
                out.println(i18n().get("cli.show.aborted", r.abortedAt(), r.abortReason()));
            }
            return 0;
        }
    }

    @Command(name = "freeze", mixinStandardHelpOptions = true,
            description = "Freeze the population and the inspector pool; print counts, exclusions and digests.")
    static final class Freeze extends OnSession {
        Freeze(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            FreezeReport f = draw.freeze(session);
            PrintWriter out = out();
            out.println(i18n().get("cli.draw.frozen", f.candidates(), f.pool(), f.qualified()));
            f.excluded().forEach((why, n) -> {
                if (n > 0) {
                    out.println("  " + i18n().get("exclusion." + why.name()) + ": " + n);
                }
            });
            for (int s = 0; s < f.strata().size(); s++) {
                out.println(i18n().get("cli.draw.stratum", s, f.strata().get(s), f.stratumSizes().get(s),
                        f.sampleSizes().get(s)));
            }
            out.println("plan       " + grouped(f.digests().plan()));
            out.println("candidates " + grouped(f.digests().candidates()));
            out.println("inspectors " + grouped(f.digests().inspectors()));
            return 0;
        }
    }

    @Command(name = "commit", mixinStandardHelpOptions = true,
            description = "Generate the 256-bit secret, write it ONLY to --secret-out (hand it to the notary) and"
                    + " print the commitment.")
    static final class Commit extends OnSession {
        @Option(names = "--secret-out", required = true, paramLabel = "FILE",
                description = "New file for the secret (refused if it exists).")
        Path secretOut;

        Commit(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) throws IOException {
            if (!"frozen".equals(draw.session(session).state())) {
                throw new IllegalStateException(i18n().get("draw.error.wrongState", session,
                        i18n().get("state." + draw.session(session).state()), i18n().get("state.frozen")));
            }
            String secret = Protocol.newSecret(new SecureRandom());
            // the slip is written before anything is stored: no commitment without a kept secret
            Files.writeString(secretOut, secret + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(secretOut, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system (Windows): the file keeps the folder's permissions
            }
            String commitment;
            try {
                commitment = draw.commit(session, secret);
            } catch (RuntimeException e) {
                Files.deleteIfExists(secretOut); // no commitment stored: the slip must not look valid
                throw e;
            }
            out().println(i18n().get("cli.draw.committed", secretOut));
            out().println("commitment " + grouped(commitment));
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an observer's digits (e.g. d10 rolls).")
    static final class EntropyAdd extends OnSession {
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--role", required = true, description = "notary, npc_deputy, cppcc_member, media, discipline, other")
        String role;
        @Option(names = "--digits", required = true)
        String digits;

        EntropyAdd(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.addObserver(session, name, role, digits);
            out().println(i18n().get("cli.draw.entropyAdded", name, digits.replaceAll("[\\s,，]", "").length()));
            return 0;
        }
    }

    @Command(name = "beacon", mixinStandardHelpOptions = true,
            description = "Add a public beacon value unknown at commitment time, with its source.")
    static final class Beacon extends OnSession {
        @Option(names = "--value", required = true)
        String value;
        @Option(names = "--source", required = true)
        String source;

        Beacon(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.setBeacon(session, value, source);
            out().println(i18n().get("cli.draw.beacon", value, source));
            return 0;
        }
    }

    @Command(name = "reveal", mixinStandardHelpOptions = true,
            description = "Reveal the secret and check it against the commitment.")
    static final class Reveal extends OnSession {
        @Option(names = "--secret-file", paramLabel = "FILE")
        Path secretFile;
        @Option(names = "--secret", paramLabel = "HEX")
        String secret;

        Reveal(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) throws IOException {
            if ((secretFile == null) == (secret == null)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --secret-file or --secret");
            }
            String s = secretFile != null ? Files.readString(secretFile, StandardCharsets.US_ASCII).strip() : secret;
            draw.reveal(session, s);
            out().println(i18n().get("cli.draw.revealed"));
            return 0;
        }
    }

    @Command(name = "draw", mixinStandardHelpOptions = true, description = "Draw the targets and their teams.")
    static final class Draw extends OnSession {
        Draw(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            DrawResult r = draw.draw(session);
            PrintWriter out = out();
            out.println("seedHash " + grouped(r.seedHash()));
            for (DrawResult.Target t : r.targets()) {
                String team = t.staffed()
                        ? String.join("、", t.team().stream().map(m -> m.name() + "(" + m.certificateNo() + ")").toList())
                        : i18n().get("cli.draw.unstaffed", t.shortfall().department(), t.shortfall().eligible(),
                                t.shortfall().needed());
                out.printf("%3d  %s  %s  %s%n", t.rank(), t.id(), t.ticket().substring(0, 14), team);
            }
            long unstaffed = r.targets().stream().filter(t -> !t.staffed()).count();
            out.println(i18n().get("cli.draw.summary", r.targets().size(), unstaffed));
            return 0;
        }
    }

    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Record what was decided for a target that could not be staffed.")
    static final class Decide extends OnSession {
        @Option(names = "--target", required = true, paramLabel = "RANK")
        int rank;
        @Option(names = "--decision", required = true)
        String decision;

        Decide(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.decide(session, rank, decision);
            out().println(i18n().get("cli.draw.decided", rank));
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true, description = "Lock the result: it is final.")
    static final class Lock extends OnSession {
        Lock(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.lock(session);
            out().println(i18n().get("cli.draw.locked", session));
            out().println(i18n().get("cli.draw.auditHead", grouped(draw.session(session).auditHead())));
            return 0;
        }
    }

    @Command(name = "abort", mixinStandardHelpOptions = true,
            description = "Abort a session (kept on record); a new draw needs a new session and commitment.")
    static final class Abort extends OnSession {
        @Option(names = "--reason", required = true)
        String reason;

        Abort(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.abort(session, reason);
            out().println(i18n().get("cli.draw.aborted", session));
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the proof file (JSON) and, for large populations or with --lists-beside, the lists.")
    static final class ProofExport extends OnSession {
        @Option(names = "--out", required = true, paramLabel = "PROOF.json")
        Path target;
        @Option(names = "--lists-beside", description = "Write the lists as files beside the proof, not inline.")
        boolean beside;

        ProofExport(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) throws IOException {
            ProofBundle bundle = draw.proof(session);
            for (Path p : ProofJson.write(ProofJson.mapper(), bundle, target, beside)) {
                out().println(i18n().get("cli.draw.written", p));
                draw.recordExport(session, "proof", p.getFileName().toString(),
                        org.sortes.draw.Sha256.hex(Files.readAllBytes(p)));
            }
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Recompute digests, commitment, seed, targets and teams of a proof. Exit 0 VALID,"
                    + " 1 INVALID, 2 unreadable. Needs no workspace.")
    static final class Verify implements Callable<Integer> {
        private final SortesCli root;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "PROOF")
        Path proof;
        @Parameters(index = "1..*", paramLabel = "LISTS", description = "List files, when not beside the proof.")
        List<Path> lists = List.of();

        Verify(SortesCli root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try {
                Verifier.Verdict v = ProofVerification.verify(ProofJson.mapper(), proof, lists);
                if (v.valid()) {
                    spec.commandLine().getOut().println("VALID");
                    return 0;
                }
                // VALID / INVALID stay as they are for scripts; the difference is said in the user's language
                spec.commandLine().getOut().println("INVALID: " + root.i18n().get("verify." + v.code(), v.args().toArray()));
                return 1;
            } catch (ProofJson.UnreadableProofException e) {
                spec.commandLine().getErr().println("UNREADABLE: " + root.i18n().explain(e));
                return 2;
            }
        }
    }

}
