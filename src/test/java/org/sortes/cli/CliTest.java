package org.sortes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.i18n.I18n;
import org.sortes.testutil.Csv;
import org.sortes.testutil.TestWorkspace;

class CliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        return run(new I18n(Locale.ENGLISH), args);
    }

    private Result run(I18n i18n, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SortesCli.run(args, (file, operator) -> org.sortes.app.WorkspaceServices.open(file, TestWorkspace.CLOCK,
                () -> operator, i18n), dir.resolve("default.db"), "cli", i18n, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void demoThenStats_countsPrinted() {
        Path db = dir.resolve("w.db");
        Result demo = run("--db", db.toString(), "demo");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("Market subjects: 3,000 added"), demo.out());
        Result stats = run("--db", db.toString(), "stats");
        assertEquals(0, stats.code());
        assertTrue(stats.out().contains("Inspectors: 96 active records"), stats.out());
        assertEquals(1, run("--db", db.toString(), "demo").code());
    }

    @Test
    void importDryRun_printsCountsAndWritesNothing() throws Exception {
        Path file = Csv.write(dir, "s.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲"), Csv.subject(2, "乙"));
        Result r = run("--db", dir.resolve("w.db").toString(), "import", "subjects", file.toString(), "--dry-run");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("new 2, changed 0, unchanged 0, retired 0"), r.out());
        assertTrue(r.out().contains("nothing was written"), r.out());
        Result stats = run("--db", dir.resolve("w.db").toString(), "stats");
        assertTrue(stats.out().contains("Market subjects: 0 active records"), stats.out());
        Result real = run("--db", dir.resolve("w.db").toString(), "import", "subjects", file.toString());
        assertEquals(0, real.code());
        assertTrue(real.out().contains("wrote version #1"), real.out());
    }

    @Test
    void importWithErrors_exit1_problemsNamedAndSavedAsCsv() throws Exception {
        Path file = Csv.write(dir, "s.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲"),
                Csv.subject(2, "=HYPERLINK(\"x\")").replace(",B,", ",Z,"));
        Path problems = dir.resolve("problems.csv");
        Result r = run("--db", dir.resolve("w.db").toString(), "import", "subjects", file.toString(),
                "--problems", problems.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("s.csv row 3 column \"信用风险等级\": unknown risk class \"Z\""), r.out());
        String saved = Files.readString(problems, StandardCharsets.UTF_8);
        assertTrue(saved.contains("unknown risk class"), saved);
    }

    @Test
    void badUsage_exit2() {
        assertEquals(2, run("import", "animals", "x.csv").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("import", "subjects", "x.csv", "--encoding", "klingon").code());
    }

    @Test
    void restoreOfARefusedBackup_ontoANewPath_leavesNoWorkspaceThere_ontoAnExistingOne_changesNothing() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.write(junk, "not a workspace at all".repeat(50).getBytes(StandardCharsets.UTF_8));
        Path fresh = dir.resolve("new-machine.db");
        Result r = run("--db", fresh.toString(), "restore", "--from", junk.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("junk.db"), r.out() + r.err());
        try (var left = Files.list(dir)) {
            assertEquals(java.util.List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("new-machine")).toList(), "no empty workspace made for the refused backup");
        }
        Path db = dir.resolve("w.db");
        assertEquals(0, run("--db", db.toString(), "demo").code());
        assertEquals(1, run("--db", db.toString(), "restore", "--from", junk.toString()).code());
        assertTrue(Files.exists(db), "an existing workspace is kept");
        assertTrue(run("--db", db.toString(), "stats").out().contains("Market subjects: 3,000 active records"));
    }

    @Test
    void anOperatorNameThatCannotBePrinted_isRefused_beforeAnythingIsRecorded() throws Exception {
        Path db = dir.resolve("w.db");
        assertEquals(0, run("--db", db.toString(), "demo").code());
        String plan = Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString();
        for (String operator : new String[] {"  ", "王".repeat(51), "王\n抽签"}) {
            Result r = run("--db", db.toString(), "--operator", operator, "plan", "create", "--file", plan);
            assertEquals(1, r.code(), operator);
            assertTrue((r.out() + r.err()).contains("operator (draw officer) name"), r.out() + r.err());
        }
        Result none = run("--db", db.toString(), "session", "list");
        assertFalse(none.out().contains("#1"), "no session was created: " + none.out());
        Result ok = run("--db", db.toString(), "--operator", " 王抽签 ", "plan", "create", "--file", plan);
        assertEquals(0, ok.code(), ok.out() + ok.err());
    }

    @Test
    void aCommandLineThatCannotBeParsed_isSaidInTheUsersLanguage_notInPicocliEnglish() {
        I18n chinese = new I18n(I18n.CHINESE);
        Result value = run(chinese, "minutes", "-s", "abc", "--out", "m.pdf");
        assertEquals(2, value.code());
        assertEquals("--session 的值“abc”不对（如场次编号须为数字）\n用法见：sortes minutes --help\n", value.err());
        Result missing = run(chinese, "minutes");
        assertEquals("缺少必需的选项或参数：--session、--out\n用法见：sortes minutes --help\n", missing.err());
        Result unknown = run(chinese, "minutse", "-s", "1");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("无法识别：minutse -s 1\n是否想输入：minutes"), unknown.err());
        Result twice = run(chinese, "minutes", "-s", "1", "-s", "2", "--out", "m.pdf");
        assertTrue(twice.err().startsWith("--session 只能给出一次"), twice.err());
        Result secret = run(chinese, "reveal", "-s", "1");
        assertTrue(secret.err().startsWith("请给出 --secret-file 或 --secret 二者之一"), secret.err());
        for (Result r : List.of(value, missing, unknown, twice, secret)) {
            assertFalse(r.err().matches("(?s).*(Invalid|Missing|Unknown|Did you mean|should be).*"), r.err());
        }
    }

    @Test
    void importMissingFile_exit1WithMessage() {
        Result r = run("--db", dir.resolve("w.db").toString(), "import", "items", dir.resolve("nope.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("file not found"), r.out());
    }

    @Test
    void help_onEveryCommand_exit0() {
        for (String[] args : new String[][] {{"--help"}, {"demo", "--help"}, {"import", "--help"}, {"stats", "--help"},
                {"plan", "--help"}, {"session", "--help"}, {"entropy", "--help"}, {"proof", "--help"},
                {"register", "--help"}, {"audit", "--help"}, {"result", "--help"}, {"plan", "create", "--help"}}) {
            Result r = run(args);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.out());
            assertTrue(r.out().startsWith("Usage:"), String.join(" ", args) + ": " + r.out());
        }
    }

    @Test
    void scriptedSession_demoToValidVerify_exitCodes() throws Exception {
        String db = dir.resolve("s.db").toString();
        assertEquals(0, run("--db", db, "demo").code());
        Result plan = run("--db", db, "plan", "create", "--file", "assets/demo/plan-demo.json");
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("#1"), plan.out());
        assertEquals(0, run("--db", db, "--operator", "王抽签员", "freeze", "-s", "1").code());
        Result events = run("--db", db, "audit", "list", "-s", "1");
        assertTrue(events.out().contains("Lists frozen") && events.out().contains("王抽签员"), events.out());
        Path secret = dir.resolve("secret.txt");
        Result commit = run("--db", db, "commit", "-s", "1", "--secret-out", secret.toString());
        assertEquals(0, commit.code(), commit.err());
        assertTrue(!commit.out().contains(Files.readString(secret).strip()), "the secret is never printed");
        assertEquals(1, run("--db", db, "commit", "-s", "1", "--secret-out", dir.resolve("again.txt").toString()).code());
        Path notice = dir.resolve("notice-1.pdf");
        Result noticed = run("--db", db, "notice", "-s", "1", "--out", notice.toString());
        assertEquals(0, noticed.code(), noticed.err());
        assertTrue(noticed.out().contains("never the secret") && Files.size(notice) > 10_000, noticed.out());
        assertEquals(0, run("--db", db, "entropy", "add", "-s", "1", "--name", "Notary", "--role", "notary",
                "--digits", "31415926535897932384").code());
        String secretHex = Files.readString(secret).strip();
        Result shown = run("--db", db, "session", "show", "-s", "1");
        assertTrue(shown.out().contains("observer 1: Notary (notary) entered 31415926535897932384"), shown.out());
        assertFalse(shown.out().replace(" ", "").contains(secretHex), "no secret before the reveal");
        Result early = run("--db", db, "reveal", "-s", "1", "--secret-file", secret.toString());
        assertEquals(1, early.code());
        assertTrue(early.err().contains("enter its value before the reveal"), early.err());
        Result beacon = run("--db", db, "beacon", "-s", "1", "--value", " 5 1 7 ");
        assertEquals(0, beacon.code(), beacon.err());
        assertTrue(beacon.out().contains("5 1 7") && beacon.out().contains("中国福利彩票福彩3D"), beacon.out());
        Result wrong = run("--db", db, "reveal", "-s", "1", "--secret", "0".repeat(64));
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("does not match the commitment"), wrong.err());
        assertEquals(0, run("--db", db, "reveal", "-s", "1", "--secret-file", secret.toString()).code());
        Result drawn = run("--db", db, "draw", "-s", "1");
        assertEquals(0, drawn.code(), drawn.err());
        assertTrue(drawn.out().contains("30 targets drawn, 0 of them without a full team"), drawn.out());
        Result lock = run("--db", db, "lock", "-s", "1");
        assertEquals(0, lock.code());
        assertTrue(lock.out().contains("Audit chain head at lock"), lock.out());
        Result after = run("--db", db, "session", "show", "-s", "1");
        assertTrue(after.out().contains("[locked]") && after.out().contains("30 targets, 0 could not be staffed"),
                after.out());
        assertTrue(after.out().replace(" ", "").contains(secretHex), "the secret is public after the reveal");
        assertEquals(0, run("--db", db, "audit", "verify").code());
        assertEquals(0, run("--db", db, "check").code());
        Path minutes = dir.resolve("minutes-1.pdf");
        Result written = run("--db", db, "minutes", "-s", "1", "--out", minutes.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("30 targets; the proof and lists are attached"), written.out());
        Result fromPdf = run("verify", minutes.toString());
        assertEquals(0, fromPdf.code(), fromPdf.err());
        assertEquals("VALID", fromPdf.out().strip());
        assertTrue(run("--db", db, "audit", "list", "-s", "1").out().contains("Document written"));
        Result entered = run("--db", db, "result", "record", "-s", "1", "--target", "2", "--outcome", "no_problem",
                "--date", "2026-11-26");
        assertEquals(0, entered.code(), entered.err());
        assertTrue(entered.out().contains("result of target 2"), entered.out());
        Result twice = run("--db", db, "result", "record", "-s", "1", "--target", "2", "--outcome", "other",
                "--note", "x", "--date", "2026-11-26");
        assertEquals(1, twice.code());
        assertTrue(twice.err().contains("a correction needs a reason"), twice.err());
        assertEquals(0, run("--db", db, "result", "record", "-s", "1", "--target", "2", "--outcome", "other",
                "--note", "x", "--date", "2026-11-26", "--correct", "typo").code());
        Result listed = run("--db", db, "result", "list", "-s", "1", "--history");
        assertTrue(listed.out().contains("correction (reason: typo) of entry #1")
                && listed.out().contains("results entered for 1 targets, 29 still missing"), listed.out());
        Path published = dir.resolve("results.csv");
        Result export = run("--db", db, "result", "export", "-s", "1", "--out", published.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(2, Files.readAllLines(published).size());
        assertEquals(2, run("--db", db, "result", "record", "-s", "1", "--target", "2", "--outcome", "other",
                "--date", "not-a-date").code());
        Files.write(minutes, java.util.Arrays.copyOf(Files.readAllBytes(minutes), 2000));
        Result cut = run("verify", minutes.toString());
        assertEquals(2, cut.code(), cut.out());
        assertTrue(cut.err().startsWith("UNREADABLE: minutes-1.pdf"), cut.err());
        Path proof = dir.resolve("proof.json");
        assertEquals(0, run("--db", db, "proof", "export", "-s", "1", "--out", proof.toString()).code());
        Result verify = run("verify", proof.toString());
        assertEquals(0, verify.code(), verify.err());
        assertEquals("VALID", verify.out().strip());
        Files.writeString(proof, Files.readString(proof).replace("\"digits\" : \"3", "\"digits\" : \"4"));
        Result bad = run("verify", proof.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().startsWith("INVALID: seed"), bad.out());
        Files.writeString(proof, "{ not json");
        assertEquals(2, run("verify", proof.toString()).code());
        assertEquals(2, run("verify", dir.resolve("missing.json").toString()).code());
    }

    /** As the launcher runs it: the default operator is the computer's login name, nobody named. */
    private Result runAsLogin(I18n i18n, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SortesCli.run(args, (file, operator) -> org.sortes.app.WorkspaceServices.open(file, TestWorkspace.CLOCK,
                () -> operator, i18n), dir.resolve("default.db"), "root", false, i18n, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aSessionCreatedUnderTheLoginName_isSaidToPrintIt_andNamedWithOperatorItIsNot() throws Exception {
        Path db = dir.resolve("w.db");
        I18n chinese = new I18n(I18n.CHINESE);
        String plan = Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString();
        Result demo = runAsLogin(chinese, "--db", db.toString(), "demo");
        assertEquals(0, demo.code());
        assertTrue(demo.err().isBlank(), "registers have no officer: " + demo.err());
        Result login = runAsLogin(chinese, "--db", db.toString(), "plan", "create", "--file", plan);
        assertEquals(0, login.code(), "a script written before the officer was asked for goes on");
        assertTrue(login.err().contains("抽签人员记为计算机登录名“root”") && login.err().contains("--operator"), login.err());
        // named before the command or after it: created under that name, and nothing to say
        Result before = runAsLogin(chinese, "--db", db.toString(), "--operator", "王抽签", "plan", "create", "--file", plan);
        Result after = runAsLogin(chinese, "--db", db.toString(), "plan", "create", "--rehearsal", "--operator", "李抽签",
                "--file", plan);
        assertEquals(0, before.code());
        assertEquals(0, after.code());
        assertTrue(before.err().isBlank() && after.err().isBlank(), before.err() + after.err());
        try (var services = org.sortes.app.WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "check", chinese)) {
            assertEquals("root", services.draw().session(1).operator());
            assertEquals("王抽签", services.draw().session(2).operator());
            assertEquals("李抽签", services.draw().session(3).operator());
        }
        // the settings' operator (the launcher passes it as named)
        Result settings = run(chinese, "--db", db.toString(), "plan", "create", "--file", plan);
        assertEquals(0, settings.code());
        assertTrue(settings.err().isBlank(), settings.err());
    }

    @Test
    void drawStageRefusals_speakTheUsersLanguage() throws Exception {
        Path db = dir.resolve("w.db");
        I18n chinese = new I18n(I18n.CHINESE);
        assertEquals(0, run(chinese, "--db", db.toString(), "demo").code());
        assertEquals(0, run(chinese, "--db", db.toString(), "plan", "create", "--file",
                Path.of("assets/demo/plan-demo.json").toAbsolutePath().toString()).code());
        Result early = run(chinese, "--db", db.toString(), "draw", "-s", "1");
        assertEquals(1, early.code());
        assertTrue(early.err().contains("场次 #1 处于“已建方案”阶段，这一步需要“已揭示”阶段"), early.err());
        Result noSession = run(chinese, "--db", db.toString(), "freeze", "-s", "9");
        assertEquals(1, noSession.code());
        assertTrue(noSession.err().contains("没有编号为 #9 的抽签场次"), noSession.err());
        Result badDigits = run("--db", db.toString(), "entropy", "add", "-s", "1", "--name", "x", "--role", "notary",
                "--digits", "12a");
        assertTrue(badDigits.err().contains("digits must be 0-9 only (e.g. dice rolls): 12a"), badDigits.err());
        Result tooEarly = run("--db", db.toString(), "entropy", "add", "-s", "1", "--name", "x", "--role", "notary",
                "--digits", "123");
        assertTrue(tooEarly.err().contains("session #1 is planned; this step needs it committed"), tooEarly.err());
    }
}
