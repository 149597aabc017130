package org.sortes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.i18n.I18n;
import org.sortes.session.Digest;
import org.sortes.session.DrawSession;
import org.sortes.session.DrawnTarget;
import org.sortes.testutil.TestWorkspace;

/**
 * The README's scripted session, command by command, in Chinese: every line a command prints is the
 * workspace's or the file's own fact (a digest the file has, a count the session holds), so that a line
 * left out or a value printed wrong is seen. `CliTest` checks the exit codes and the refusals.
 */
class CliOutputTest {
    private static final I18n ZH = new I18n(I18n.CHINESE);

    @TempDir
    Path dir;

    private record Result(int code, List<String> out, String err) {
    }

    /** A command that must succeed. */
    private Result run(String... args) {
        Result r = any(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r;
    }

    /** A command in Chinese, the settings naming 王抽签 the operator, whatever its exit code. */
    private Result any(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SortesCli.run(args, (file, operator) -> WorkspaceServices.open(file, TestWorkspace.CLOCK,
                () -> operator, ZH), dir.resolve("default.db"), "王抽签", ZH, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(code, out.toString().lines().toList(), err.toString());
    }

    private String db() {
        return dir.resolve("demo.sortes.db").toString();
    }

    private Result on(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static String sha(Path file) throws Exception {
        return Digest.group(org.sortes.draw.Sha256.hex(Files.readAllBytes(file)));
    }

    private DrawSession session() {
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(db()), TestWorkspace.CLOCK, () -> "check", ZH)) {
            return services.draw().session(1);
        }
    }

    private static void assertLines(List<String> expected, Result r, String what) {
        assertEquals(expected, r.out(), what);
    }

    @Test
    void theScriptedSession_printsTheWorkspacesAndTheFilesOwnFacts() throws Exception {
        Result demo = on("demo");
        List<String> registers = new ArrayList<>();
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(db()), TestWorkspace.CLOCK, () -> "check", ZH)) {
            List<org.sortes.directory.DirectoryVersion> versions = new ArrayList<>();
            for (org.sortes.directory.Register r : org.sortes.directory.Register.values()) {
                versions.addAll(services.directory().versions(r));
            }
            versions.sort(java.util.Comparator.comparingLong(org.sortes.directory.DirectoryVersion::id));
            for (var v : versions) {
                registers.add(ZH.get("cli.demo.created", ZH.get("register." + v.register().table()), v.added(), v.id()));
            }
        }
        registers.add(ZH.get("cli.workspace", db()));
        assertLines(registers, demo, "demo");

        Result created = on("plan", "create", "--file", Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString());
        DrawSession s = session();
        assertLines(List.of(ZH.get("cli.draw.created", 1, s.name()), ZH.get("cli.draw.planDigest", s.planDigest().grouped())),
                created, "plan create");

        Result frozen = on("freeze", "-s", "1");
        s = session();
        DrawSession.Frozen f = s.frozen();
        String counted = ZH.get("cli.draw.frozen", f.candidates(), f.pool(), 0);
        assertTrue(frozen.out().get(0).startsWith(counted.substring(0, counted.indexOf("其中"))), frozen.out().get(0));
        for (var why : f.excluded().entrySet()) {
            assertEquals(why.getValue() > 0, frozen.out().contains("  " + ZH.get("exclusion." + why.getKey()) + ": "
                    + why.getValue()), why.toString());
        }
        List<String> tail = frozen.out().subList(frozen.out().size() - 3, frozen.out().size());
        assertEquals(List.of(ZH.get("cli.digest.plan", s.planDigest().grouped()),
                ZH.get("cli.digest.candidates", f.candidatesDigest().grouped()),
                ZH.get("cli.digest.inspectors", f.inspectorsDigest().grouped())), tail, "the three digests");

        Path secretFile = dir.resolve("secret-1.txt");
        Result commit = on("commit", "-s", "1", "--secret-out", secretFile.toString());
        s = session();
        assertLines(List.of(ZH.get("cli.draw.committed", secretFile), ZH.get("cli.digest.commitment", s.commitment().grouped())),
                commit, "commit");
        String secret = Files.readString(secretFile).strip();
        assertFalse(String.join("\n", commit.out()).contains(secret), "the secret is never printed");

        Path notice = dir.resolve("notice-1.pdf");
        Result noticed = on("notice", "-s", "1", "--out", notice.toString());
        assertEquals(ZH.get("cli.notice.sha256", sha(notice)), noticed.out().get(1));
        assertTrue(noticed.out().get(0).contains(notice.toString()), noticed.out().get(0));

        assertLines(List.of(ZH.get("cli.draw.entropyAdded", "张公证", 10)),
                on("entropy", "add", "-s", "1", "--name", "张公证", "--role", "notary", "--digits", "3 1 4 1 5 9 2 6 5 3"),
                "entropy add");
        assertLines(List.of(ZH.get("cli.draw.entropyAdded", "李代表", 10)),
                on("entropy", "add", "-s", "1", "--name", "李代表", "--role", "npc_deputy", "--digits", "2718281828"),
                "entropy add");
        assertLines(List.of(ZH.get("cli.draw.beacon", "517", s.declared().source())), on("beacon", "-s", "1", "--value", "517"),
                "beacon");
        assertLines(List.of(ZH.get("cli.draw.revealed")), on("reveal", "-s", "1", "--secret-file", secretFile.toString()),
                "reveal");

        Result drawn = on("draw", "-s", "1");
        s = session();
        List<DrawnTarget> targets;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(db()), TestWorkspace.CLOCK, () -> "check", ZH)) {
            targets = services.draw().targets(1);
        }
        assertEquals("seedHash " + s.seedHash().grouped(), drawn.out().get(0));
        assertEquals(targets.size() + 2, drawn.out().size(), "the seed, a line per target, the summary");
        for (int i = 0; i < targets.size(); i++) {
            DrawnTarget t = targets.get(i);
            String line = drawn.out().get(i + 1);
            assertTrue(line.startsWith(String.format("%3d  %s  %s  ", t.rank(), t.subjectId(), t.ticket().substring(0, 14))),
                    line);
            for (DrawnTarget.TeamMember m : t.team()) {
                assertTrue(line.contains(m.name() + "(" + m.certificateNo() + ")"), line);
            }
        }
        assertEquals(ZH.get("cli.draw.summary", targets.size(), targets.stream().filter(t -> !t.staffed()).count()),
                drawn.out().get(drawn.out().size() - 1));
        // the freeze's line per stratum: its name, candidates and how many it draws (as many as were drawn)
        var strata = org.sortes.session.ProofJson.mapper().readTree(s.planJson()).get("strata");
        for (int i = 0; i < f.stratumSizes().size(); i++) {
            int stratum = i;
            assertTrue(frozen.out().contains(ZH.get("cli.draw.stratum", i, strata.get(i).get("name").asText(),
                    f.stratumSizes().get(i), targets.stream().filter(t -> t.stratum() == stratum).count())),
                    "stratum " + i + ": " + frozen.out());
        }

        Result locked = on("lock", "-s", "1");
        s = session();
        assertLines(List.of(ZH.get("cli.draw.locked", 1), ZH.get("cli.draw.auditHead", s.auditHead().grouped())), locked,
                "lock");

        Path proof = dir.resolve("proof-1.json");
        assertLines(List.of(ZH.get("cli.draw.written", proof)), on("proof", "export", "-s", "1", "--out", proof.toString()),
                "proof export");
        assertLines(List.of("VALID"), run("verify", proof.toString()), "verify");

        Path minutes = dir.resolve("minutes-1.pdf");
        Result written = on("minutes", "-s", "1", "--out", minutes.toString());
        assertEquals(3, written.out().size(), written.out().toString());
        assertTrue(written.out().get(0).contains(minutes.toString()) && written.out().get(0).contains("30"), written.out().get(0));
        assertEquals(ZH.get("cli.minutes.sha256", sha(minutes)), written.out().get(1));
        assertEquals(ZH.get("cli.minutes.verify", minutes), written.out().get(2));
        assertLines(List.of("VALID"), run("verify", minutes.toString()), "verify the minutes");

        Path letters = dir.resolve("letters-1.pdf");
        Result lettersWritten = on("letters", "-s", "1", "--out", letters.toString());
        assertEquals(ZH.get("cli.letters.written", letters, 30, 30), lettersWritten.out().get(0));
        assertEquals(ZH.get("cli.letters.sha256", sha(letters)), lettersWritten.out().get(1));

        Path folder = dir.resolve("公示");
        Result announced = on("announce", "-s", "1", "--out-dir", folder.toString());
        List<String> expected = new ArrayList<>();
        for (String name : List.of("抽取结果公示-场次1.pdf", "抽取结果公示-场次1.csv", "抽取结果公示-场次1.json")) {
            expected.add(ZH.get("cli.announce.written", folder.resolve(name), sha(folder.resolve(name))));
        }
        assertLines(expected, announced, "announce");

        Path register = dir.resolve("register-1.tsv");
        Result exported = on("register", "export", "-s", "1", "--out", register.toString());
        assertLines(List.of(ZH.get("cli.draw.written", register), ZH.get("cli.draw.registerDigest", sha(register))),
                exported, "register export");
        assertEquals(sha(register).replace(" ", ""), s.frozen().registerDigest().hex(), "the register frozen is the file");

        // every stage of the session, each with its time and its facts, in the order they happened
        Result shown = on("session", "show", "-s", "1");
        String at = DrawCommands.shown(TestWorkspace.CLOCK.instant());
        assertLines(List.of("#1 " + s.name() + " [" + ZH.get(s.state().messageKey()) + "]",
                ZH.get("cli.show.created", at, "王抽签"),
                ZH.get("cli.digest.plan", s.planDigest().grouped()),
                ZH.get("cli.digest.candidatesCounted", f.candidatesDigest().grouped(), f.candidates()),
                ZH.get("cli.digest.inspectorsCounted", f.inspectorsDigest().grouped(), f.pool()),
                ZH.get("cli.show.frozen", at),
                ZH.get("cli.digest.commitment", s.commitment().grouped()),
                ZH.get("cli.show.committed", at),
                ZH.get("cli.show.observer", 1, "张公证", ZH.get("role.notary"), "3141592653", at),
                ZH.get("cli.show.observer", 2, "李代表", ZH.get("role.npc_deputy"), "2718281828", at),
                ZH.get("cli.draw.beacon", "517", s.beacon().source()),
                ZH.get("cli.digest.secret", new Digest(secret).grouped()),
                ZH.get("cli.show.revealed", at),
                ZH.get("cli.show.drawn", at, targets.size(), 0),
                ZH.get("cli.show.locked", at),
                ZH.get("cli.draw.auditHead", s.auditHead().grouped())), shown, "session show");
    }

    @Test
    void anImportWithErrors_theLogsCheck_aBackupAndItsRestore_printTheirFacts() throws Exception {
        on("demo");
        // the README's GBK file with two errors: what it is, what it would change, every problem, nothing written
        Path csv = Path.of("assets/demo/subjects-2026Q4-sample.csv").toAbsolutePath();
        Path problems = dir.resolve("problems.csv");
        Result refused = any("--db", db(), "import", "subjects", csv.toString(), "--problems", problems.toString());
        assertEquals(1, refused.code(), refused.err());
        List<String> out = refused.out();
        String sha = org.sortes.draw.Sha256.hex(Files.readAllBytes(csv));
        assertTrue(out.get(0).startsWith("文件 subjects-2026Q4-sample.csv（编码 GB18030，SHA-256 " + sha + "）："), out.get(0));
        assertTrue(out.get(1).startsWith("新增 ") && out.get(1).contains("停用"), out.get(1));
        assertEquals(ZH.get("import.problemCounts", 2, 2), out.get(2));
        List<String> said = out.subList(3, 7);
        assertEquals(2, said.stream().filter(l -> l.startsWith("  错误  subjects-2026Q4-sample.csv 第 ")).count(), said.toString());
        assertEquals(2, said.stream().filter(l -> l.startsWith("  警告  subjects-2026Q4-sample.csv 第 ")).count(), said.toString());
        assertTrue(said.get(1).contains("第 18 行“成立日期”列") && said.get(1).contains("2019-02-30"), said.get(1));
        assertEquals(List.of(ZH.get("cli.import.problemsWritten", problems), ZH.get("cli.import.notWritten")),
                out.subList(7, out.size()));
        assertEquals(5, Files.readAllLines(problems, java.nio.charset.StandardCharsets.UTF_8).size(),
                "a header and the four problems");

        // more problems than a terminal should scroll through: the first fifty, then how many more, and where
        List<String> sample = java.util.Arrays.asList(new String(Files.readAllBytes(csv), java.nio.charset.Charset.forName("GB18030"))
                .split("\r?\n"));
        int dateColumn = java.util.Arrays.asList(sample.get(0).split(",", -1)).indexOf("成立日期");
        List<String> bad = new ArrayList<>(List.of(sample.get(0)));
        for (String row : sample.subList(1, 61)) {
            String[] cells = row.split(",", -1);
            cells[dateColumn] = "2019-02-30";
            bad.add(String.join(",", cells));
        }
        Path many = Files.write(dir.resolve("many-errors.csv"), bad, java.nio.charset.StandardCharsets.UTF_8);
        Result tooMany = any("--db", db(), "import", "subjects", many.toString());
        assertEquals(1, tooMany.code());
        // sixty dates, the sample's own bad risk class on its row 42, and the unknown column
        int problemCount = 62;
        assertTrue(tooMany.out().contains(ZH.get("import.problemCounts", 61, 1)), tooMany.out().toString());
        assertEquals(ImportCommand.PRINTED, tooMany.out().stream().filter(l -> l.startsWith("  错误  ")
                || l.startsWith("  警告  ")).count());
        assertEquals(List.of(ZH.get("cli.import.moreProblems", problemCount - ImportCommand.PRINTED),
                ZH.get("cli.import.notWritten")),
                tooMany.out().subList(tooMany.out().size() - 2, tooMany.out().size()));
        // a demo into a workspace that has registers already: refused in words, nothing written
        Result again = any("--db", db(), "demo");
        assertEquals(1, again.code());
        assertEquals("工作区已有数据，演示数据只能写入空工作区。", again.err().strip());

        // the audit log: its length and head are those of the export that follows (which records itself after)
        Result verified = on("audit", "verify");
        Path log = dir.resolve("audit.jsonl");
        Result exported = on("audit", "export", "--out", log.toString());
        List<String> events = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
        assertLines(List.of(ZH.get("cli.audit.exported", events.size(), log)), exported, "audit export");
        String head = org.sortes.session.ProofJson.mapper().readTree(events.get(events.size() - 1)).get("hash").asText();
        assertLines(List.of(ZH.get("cli.audit.intact", events.size(), Digest.group(head))), verified, "audit verify");
        Result checked = on("check");
        assertEquals(ZH.get("cli.check.ok"), checked.out().get(0));
        assertTrue(checked.out().get(1).startsWith(ZH.get("cli.audit.intact", events.size() + 1, "").substring(0, 12)),
                checked.out().toString());
        assertEquals(2, checked.out().size(), checked.out().toString());

        Path backup = dir.resolve("backup.sortes.db");
        assertLines(List.of(ZH.get("cli.backup.done", backup)), on("backup", "--out", backup.toString()), "backup");
        Path restored = dir.resolve("restored.sortes.db");
        assertLines(List.of(ZH.get("cli.restore.done", backup)),
                run("--db", restored.toString(), "restore", "--from", backup.toString()), "restore");
        // the registers as the demo made them: the subjects, inspectors, items and departments it says it added
        Result stats = on("stats");
        assertEquals(ZH.get("cli.workspace", db()), stats.out().get(0));
        List<String> counts = stats.out().subList(1, stats.out().size());
        assertEquals(org.sortes.directory.Register.values().length, counts.size(), counts.toString());
        assertTrue(counts.get(0).startsWith(ZH.get("register.subjects") + "：3,000 条有效记录，1 个版本，当前版本 #"),
                counts.toString());
        assertTrue(counts.stream().anyMatch(l -> l.startsWith(ZH.get("register.inspectors") + "：96 条有效记录")), counts.toString());
        assertEquals(stats.out(), run("--db", restored.toString(), "stats").out().stream()
                .map(l -> l.replace(restored.toString(), db())).toList(), "the restored workspace holds the registers");
    }

    /** The README's steps to a locked session (#1 in a new demo workspace); the secret's file. */
    private Path lockedSession() {
        on("demo");
        on("plan", "create", "--file", Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString());
        on("freeze", "-s", "1");
        Path secret = dir.resolve("secret-1.txt");
        on("commit", "-s", "1", "--secret-out", secret.toString());
        on("entropy", "add", "-s", "1", "--name", "张公证", "--role", "notary", "--digits", "3141592653");
        on("entropy", "add", "-s", "1", "--name", "李代表", "--role", "npc_deputy", "--digits", "2718281828");
        on("beacon", "-s", "1", "--value", "517");
        on("reveal", "-s", "1", "--secret-file", secret.toString());
        on("draw", "-s", "1");
        on("lock", "-s", "1");
        return secret;
    }

    @Test
    void results_recordedListedAndExported_aVoidAndAnAbort_sayWhatWasDone() throws Exception {
        lockedSession();
        List<DrawnTarget> targets;
        try (WorkspaceServices services = WorkspaceServices.open(Path.of(db()), TestWorkspace.CLOCK, () -> "check", ZH)) {
            targets = services.draw().targets(1);
        }
        String first = targets.get(0).subjectId();
        String noProblem = ZH.get("outcome.no_problem");
        assertLines(List.of(ZH.get("cli.result.recorded", 1, first, noProblem)),
                on("result", "record", "-s", "1", "--target", "1", "--outcome", "no_problem", "--date", "2026-11-26"),
                "result record");
        assertLines(List.of(ZH.get("cli.result.corrected", 1, first, ZH.get("outcome.ordered_to_correct"), 1)),
                on("result", "record", "-s", "1", "--target", "1", "--outcome", "ordered_to_correct", "--date", "2026-11-26",
                        "--correct", "复查发现问题"), "result corrected");
        assertLines(List.of(ZH.get("cli.result.line", 1, first, "2026-11-26", ZH.get("outcome.ordered_to_correct"), ""),
                ZH.get("cli.result.correction", "复查发现问题", 1), ZH.get("cli.result.summary", 1, targets.size() - 1)),
                on("result", "list", "-s", "1"), "result list");
        Path csv = dir.resolve("results.csv");
        Result exported = on("result", "export", "-s", "1", "--out", csv.toString());
        assertLines(List.of(ZH.get("cli.result.exported", csv, 1, targets.size() - 1)), exported, "result export");
        assertTrue(Files.readString(csv).contains(first), "the exported row");

        assertLines(List.of(ZH.get("cli.draw.voided", 1)), on("void", "-s", "1", "--reason", "抽查事项有误"), "void");

        on("plan", "create", "--file", Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString());
        on("freeze", "-s", "2");
        on("commit", "-s", "2", "--secret-out", dir.resolve("secret-2.txt").toString());
        assertLines(List.of(ZH.get("cli.draw.aborted", 2)), on("abort", "-s", "2", "--reason", "停电"), "abort");
        Result shown = on("session", "show", "-s", "2");
        assertEquals(ZH.get("cli.show.aborted", DrawCommands.shown(TestWorkspace.CLOCK.instant()), "停电"),
                shown.out().get(shown.out().size() - 1));
    }
}
