package org.sortes.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sortes.progress.Progress;
import org.sortes.session.Digest;
import org.sortes.session.DrawService;
import org.sortes.session.DrawSession;
import org.sortes.session.DrawnTarget;
import org.sortes.session.FreezeReport;
import org.sortes.session.Observer;
import org.sortes.session.ObserverRole;
import org.sortes.session.ProofVerification;
import org.sortes.session.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The stages of a draw session as commands, so that a whole session can be scripted. */
final class DrawCommands {
    private DrawCommands() {
    }

    static void register(Commands cmd, SortesCli root) {
        cmd.add("plan", () -> Commands.group(new PlanGroup(), new PlanCreate(root)));
        cmd.add("session", () -> Commands.group(new SessionGroup(), new SessionList(root), new SessionShow(root)));
        cmd.add("freeze", () -> new Freeze(root));
        cmd.add("commit", () -> new Commit(root));
        cmd.add("entropy", () -> Commands.group(new EntropyGroup(), new EntropyAdd(root)));
        cmd.add("beacon", () -> new Beacon(root));
        cmd.add("reveal", () -> new Reveal(root));
        cmd.add("draw", () -> new Draw(root));
        cmd.add("decide", () -> new Decide(root));
        cmd.add("lock", () -> new Lock(root));
        cmd.add("abort", () -> new Abort(root));
        cmd.add("void", () -> new Void(root));
        cmd.add("register", () -> Commands.group(new RegisterGroup(), new RegisterExport(root)));
        cmd.add("proof", () -> Commands.group(new ProofGroup(), new ProofExport(root)));
        cmd.add("verify", () -> new Verify(root));
        cmd.add("notice", () -> new NoticeCommand(root));
        cmd.add("minutes", () -> new MinutesCommand(root));
        cmd.add("letters", () -> new LettersCommand(root));
        cmd.add("announce", () -> new AnnounceCommand(root));
        ResultCommands.register(cmd, root);
    }

    /** A stage's time as stored and printed before: ISO 8601 with the local offset. */
    static String shown(java.time.Instant at) {
        return at == null ? "—" : java.time.OffsetDateTime.ofInstant(at, java.time.ZoneId.systemDefault()).toString();
    }

    /** Base of the commands that act on one session. */
    abstract static class OnSession extends WorkspaceCommand {
        @Mixin
        SessionOption sessionOption;
        long session;

        OnSession(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) throws Exception {
            session = sessionOption.id;
            return run(services.draw());
        }

        abstract Integer run(DrawService draw) throws Exception;
    }

    @Command(name = "plan", description = "Draw plans.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class PlanGroup {
    }

    @Command(name = "session", description = "Draw sessions.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class SessionGroup {
    }

    @Command(name = "entropy", description = "Observers' entropy.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class EntropyGroup {
    }

    @Command(name = "proof", description = "Proof files.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class ProofGroup {
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a draw session from a plan file (JSON; see docs/protocol.md).")
    static final class PlanCreate extends WorkspaceCommand {
        @Option(names = "--file", required = true, paramLabel = "PLAN.json")
        Path file;
        @Option(names = "--rehearsal", description = "A rehearsal (演练): marked everywhere, never counted, never live.")
        boolean rehearsal;

        PlanCreate(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(Services services) throws IOException {
            String json = org.sortes.session.PlanJson.readFile(file);
            long id = rehearsal ? services.draw().createRehearsal(json) : services.draw().createPlan(json);
            DrawSession created = services.draw().session(id);
            out().println(i18n().get("cli.draw.created", id, created.name()));
            out().println(i18n().get("cli.draw.planDigest", created.planDigest().grouped()));
            root.warnIfOfficerUnnamed(spec.commandLine().getErr());
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
            for (DrawSession r : services.draw().sessions()) {
                out().printf("#%d  %-6s  %s  %s%n", r.id(), i18n().get(r.state().messageKey()), shown(r.createdAt()),
                        (r.rehearsal() ? i18n().get("session.rehearsalMark") + " " : "") + r.name());
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
            DrawSession r = draw.session(session);
            PrintWriter out = out();
            out.println("#" + r.id() + " " + (r.rehearsal() ? i18n().get("session.rehearsalMark") + " " : "") + r.name()
                    + " [" + i18n().get(r.state().messageKey()) + "]");
            out.println(i18n().get("cli.show.created", shown(r.createdAt()), r.operator()));
            out.println(i18n().get("cli.digest.plan", r.planDigest().grouped()));
            r.frozenStage().ifPresent(f -> {
                out.println(i18n().get("cli.digest.candidatesCounted", f.candidatesDigest().grouped(), f.candidates()));
                out.println(i18n().get("cli.digest.inspectorsCounted", f.inspectorsDigest().grouped(), f.pool()));
                out.println(i18n().get("cli.show.frozen", shown(f.at())));
            });
            if (r.hasCommitment()) {
                out.println(i18n().get("cli.digest.commitment", r.commitment().grouped()));
                out.println(i18n().get("cli.show.committed", shown(r.committedAt())));
            }
            for (Observer o : draw.observers(session)) {
                out.println(i18n().get("cli.show.observer", o.seq(), o.name(), i18n().get(o.role().messageKey()),
                        o.digits(), shown(o.enteredAt())));
            }
            r.beaconValue().ifPresent(b -> out.println(i18n().get("cli.draw.beacon", b.value(), b.source())));
            r.revealStage().ifPresent(reveal -> {
                // after the reveal the secret is public: it is in the proof, and anyone may recompute
                out.println(i18n().get("cli.digest.secret", reveal.secret().grouped()));
                out.println(i18n().get("cli.show.revealed", shown(reveal.at())));
            });
            if (r.drawnAt() != null) {
                List<DrawnTarget> targets = draw.targets(session);
                long unstaffed = targets.stream().filter(t -> !t.staffed()).count();
                out.println(i18n().get("cli.show.drawn", shown(r.drawnAt()), targets.size(), unstaffed));
                for (DrawnTarget t : targets) {
                    if (!t.staffed()) {
                        out.println("  " + i18n().get("cli.show.decision", t.rank(), t.subjectId(),
                                t.decisionMade().orElse(i18n().get("cli.show.undecided"))));
                    }
                }
            }
            if (r.lockedAt() != null) {
                out.println(i18n().get("cli.show.locked", shown(r.lockedAt())));
                out.println(i18n().get("cli.draw.auditHead", r.auditHead().grouped()));
            }
            if (r.abortReason() != null) {
                out.println(i18n().get("cli.show.aborted", shown(r.abortedAt()), r.abortReason()));
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
                    out.println("  " + i18n().get("exclusion." + why) + ": " + n);
                }
            });
            for (int s = 0; s < f.strata().size(); s++) {
                out.println(i18n().get("cli.draw.stratum", s, f.strata().get(s), f.stratumSizes().get(s),
                        f.sampleSizes().get(s)));
            }
            out.println(i18n().get("cli.digest.plan", f.planDigest().grouped()));
            out.println(i18n().get("cli.digest.candidates", f.candidatesDigest().grouped()));
            out.println(i18n().get("cli.digest.inspectors", f.inspectorsDigest().grouped()));
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
            Digest commitment = draw.commit(session, secretOut);
            out().println(i18n().get("cli.draw.committed", secretOut));
            out().println(i18n().get("cli.digest.commitment", commitment.grouped()));
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
        @Option(names = "--organisation", paramLabel = "ORG", description = "Where the observer comes from, e.g. 兰州市公证处.")
        String organisation;
        @Option(names = "--method", paramLabel = "HOW", description = "How the digits were produced, e.g. 当众掷十面骰子.")
        String method;

        EntropyAdd(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            ObserverRole parsed = ObserverRole.parse(role).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), i18n().get("draw.error.role", ObserverRole.codes())));
            draw.addObserver(session, name, parsed, organisation, method, digits);
            out().println(i18n().get("cli.draw.entropyAdded", name, digits.replaceAll("[\\s,，]", "").length()));
            return 0;
        }
    }

    @Command(name = "beacon", mixinStandardHelpOptions = true,
            description = "Enter the value of the beacon the plan declared (printable ASCII), once it is published.")
    static final class Beacon extends OnSession {
        @Option(names = "--value", required = true)
        String value;

        Beacon(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.setBeacon(session, value);
            DrawSession s = draw.session(session);
            out().println(i18n().get("cli.draw.beacon", s.beaconValue().map(b -> b.value()).orElse(""),
                    s.beaconValue().map(b -> b.source()).orElse("")));
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
                throw new CommandLine.ParameterException(spec.commandLine(), i18n().get("cli.reveal.oneSecret"));
            }
            String s = secretFile != null ? org.sortes.session.SecretSlip.read(secretFile) : secret;
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
            List<DrawnTarget> targets = draw.draw(session);
            PrintWriter out = out();
            out.println("seedHash " + draw.session(session).seedHash().grouped());
            for (DrawnTarget t : targets) {
                String team = t.staffed()
                        ? String.join("、", t.team().stream().map(m -> m.name() + "(" + m.certificateNo() + ")").toList())
                        : i18n().get("cli.draw.unstaffed", t.shortfall().department(), t.shortfall().eligible(),
                                t.shortfall().needed());
                out.printf("%3d  %s  %s  %s%n", t.rank(), t.subjectId(), t.ticket().substring(0, 14), team);
            }
            long unstaffed = targets.stream().filter(t -> !t.staffed()).count();
            out.println(i18n().get("cli.draw.summary", targets.size(), unstaffed));
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
            Digest head = draw.lock(session);
            out().println(i18n().get("cli.draw.locked", session));
            out().println(i18n().get("cli.draw.auditHead", head.grouped()));
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

    @Command(name = "void", mixinStandardHelpOptions = true,
            description = "Void (作废) a locked session with a reason; its result stays on record and later notices and"
                    + " minutes name it.")
    static final class Void extends OnSession {
        @Option(names = "--reason", required = true)
        String reason;

        Void(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            draw.voidSession(session, reason);
            out().println(i18n().get("cli.draw.voided", session));
            return 0;
        }
    }

    @Command(name = "register", description = "The canonical subjects register a session froze.", mixinStandardHelpOptions = true,
            subcommands = CommandLine.HelpCommand.class)
    static final class RegisterGroup {
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the canonical subjects register a session froze, for `verify PROOF --register FILE`.")
    static final class RegisterExport extends OnSession {
        @Option(names = "--out", required = true, paramLabel = "REGISTER.tsv")
        Path target;

        RegisterExport(SortesCli root) {
            super(root);
        }

        @Override
        Integer run(DrawService draw) {
            DrawService.Exported e = draw.exportRegister(session, target, Progress.NONE);
            out().println(i18n().get("cli.draw.written", e.file()));
            out().println(i18n().get("cli.draw.registerDigest", e.sha256().grouped()));
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
            for (DrawService.Exported e : draw.exportProof(session, target, beside, Progress.NONE)) {
                out().println(i18n().get("cli.draw.written", e.file()));
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
        @Parameters(index = "0", paramLabel = "PROOF", descriptionKey = "verify.proof",
                description = "The proof file (JSON), or minutes (PDF) carrying it.")
        Path proof;
        @Parameters(index = "1..*", paramLabel = "LISTS", descriptionKey = "verify.lists",
                description = "List files, when not beside the proof.")
        List<Path> lists = List.of();
        @Option(names = "--register", paramLabel = "REGISTER.tsv",
                description = "The canonical subjects register (from `register export`): recompute the whole freeze.")
        Path register;

        Verify(SortesCli root) {
            this.root = root;
        }

        @Override
        public Integer call() {
            try {
                ProofVerification.Result v = register == null ? ProofVerification.check(proof, lists)
                        : ProofVerification.checkWithRegister(proof, lists, register);
                if (v.valid()) {
                    spec.commandLine().getOut().println("VALID");
                    return 0;
                }
                // VALID / INVALID stay as they are for scripts; the difference is said in the user's language
                spec.commandLine().getOut().println("INVALID: " + root.i18n().get(v.messageKey(), v.args().toArray()));
                return 1;
            } catch (org.sortes.session.ProofJson.UnreadableProofException e) {
                spec.commandLine().getErr().println("UNREADABLE: " + root.i18n().explain(e));
                return 2;
            }
        }
    }

}
