package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.cli.SortesCli;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.testutil.TestWorkspace;

/**
 * The audit log said in words: a workspace's whole life (demo, import, edits, two sessions, one locked
 * with every document and result, one aborted, a void, backups, a setting) and every member of every
 * event has its label in both languages, every code its words; no JSON member name reaches the Chinese list.
 */
class AuditWordsTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);
    static final I18n ENGLISH = new I18n(Locale.ENGLISH);

    @TempDir
    Path dir;

    private String run(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SortesCli.run(all.toArray(String[]::new), (file, operator) -> WorkspaceServices.open(file,
                TestWorkspace.CLOCK, () -> operator, CHINESE), dir.resolve("default.db"), "王抽签", CHINESE,
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    @Test
    void everyMemberOfAWorkspacesLife_isSaidInWords() throws Exception {
        Path db = dir.resolve("w.db");
        Path plan = Path.of("assets/demo/plan-demo.json").toAbsolutePath();
        run(db, "demo");
        // the demo sample less its two rows with errors (a 30 February, a risk class E), which refuse the file
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("assets/demo/subjects-2026Q4-sample.csv"),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.remove(41);
        lines.remove(17);
        Path csv = Files.write(dir.resolve("subjects.csv"), lines, java.nio.charset.StandardCharsets.ISO_8859_1); // bytes kept
        run(db, "import", "subjects", csv.toString());
        run(db, "plan", "create", "--file", plan.toString());
        run(db, "freeze", "-s", "1");
        run(db, "commit", "-s", "1", "--secret-out", dir.resolve("s1.txt").toString());
        run(db, "notice", "-s", "1", "--out", dir.resolve("n.pdf").toString());
        run(db, "entropy", "add", "-s", "1", "--name", "张公证", "--role", "notary", "--digits", "3141592653");
        run(db, "entropy", "add", "-s", "1", "--name", "李代表", "--role", "npc_deputy", "--digits", "2718281828");
        run(db, "beacon", "-s", "1", "--value", "517");
        run(db, "reveal", "-s", "1", "--secret-file", dir.resolve("s1.txt").toString());
        run(db, "draw", "-s", "1");
        run(db, "lock", "-s", "1");
        run(db, "proof", "export", "-s", "1", "--out", dir.resolve("p.json").toString());
        run(db, "result", "record", "-s", "1", "--target", "3", "--outcome", "no_problem", "--date", "2026-11-26");
        run(db, "result", "record", "-s", "1", "--target", "3", "--outcome", "ordered_to_correct", "--date",
                "2026-11-26", "--correct", "复核后更正");
        run(db, "result", "export", "-s", "1", "--out", dir.resolve("r.csv").toString());
        run(db, "backup", "--out", dir.resolve("copy.db").toString());
        run(db, "void", "-s", "1", "--reason", "方案有误");
        run(db, "plan", "create", "--file", plan.toString());
        run(db, "freeze", "-s", "2");
        run(db, "abort", "-s", "2", "--reason", "停电");
        try (WorkspaceServices s = WorkspaceServices.open(db, TestWorkspace.CLOCK, () -> "王抽签", CHINESE)) {
            String[] item = new String[Register.ITEMS.fields().size()];
            item[0] = "SJ-009";
            item[1] = "测试事项";
            item[3] = "《测试条例》";
            item[4] = "甘肃省市场监督管理局";
            s.directory().save(Register.ITEMS, item, true);
            item[1] = "测试事项（改）";
            s.directory().save(Register.ITEMS, item, false);
            s.directory().retire(Register.ITEMS, "SJ-009");
            s.integrity().recordSetting("operator", "王抽签");
            s.documents().recordSlipPrint(1, "办公室打印机");

            List<AuditEntry> events = s.integrity().events(AuditQuery.all());
            Set<String> types = new TreeSet<>();
            Set<String> missing = new TreeSet<>();
            ObjectMapper json = new ObjectMapper();
            for (AuditEntry e : events) {
                types.add(e.type());
                JsonNode payload = json.readTree(e.payload());
                for (Iterator<String> it = payload.fieldNames(); it.hasNext();) {
                    String key = it.next();
                    for (I18n i18n : List.of(CHINESE, ENGLISH)) {
                        if (!i18n.has("audit.key." + key) && !key.equals("plan")) {
                            missing.add(i18n.locale() + " audit.key." + key);
                        }
                    }
                    String value = payload.get(key).asText();
                    if (List.of("what", "trigger").contains(key) || (key.equals("key") && e.type().equals("settings"))) {
                        for (I18n i18n : List.of(CHINESE, ENGLISH)) {
                            if (!i18n.has("audit.value." + key + "." + value)) {
                                missing.add(i18n.locale() + " audit.value." + key + "." + value);
                            }
                        }
                    }
                }
                String said = AuditWords.details(e, CHINESE);
                assertFalse(said.contains("\"") || said.contains("{"), "no JSON in the words: " + said);
            }
            assertTrue(missing.isEmpty(), "members or codes without words: " + missing);
            assertTrue(types.containsAll(List.of("demo", "import", "record.add", "record.edit", "record.retire",
                    "plan.create", "freeze", "commit", "document", "entropy", "beacon", "reveal", "draw", "lock",
                    "export", "result", "backup", "void", "abort", "settings", "print")), "a whole life: " + types);

            AuditEntry entropy = events.stream().filter(e -> e.type().equals("entropy")).findFirst().orElseThrow();
            assertEquals("数字：3141592653；观察员：张公证；身份：公证员", AuditWords.details(entropy, CHINESE),
                    "no \"null\" for an organisation not given");
            AuditEntry backup = events.stream().filter(e -> e.type().equals("backup")).findFirst().orElseThrow();
            assertTrue(AuditWords.details(backup, CHINESE).endsWith("方式：锁定后自动备份"), AuditWords.details(backup, CHINESE));
            AuditEntry printed = events.get(events.size() - 1);
            assertEquals("页数：1；打印机：办公室打印机；内容：密钥封存单", AuditWords.details(printed, CHINESE));
            AuditEntry abort = events.stream().filter(e -> e.type().equals("abort")).findFirst().orElseThrow();
            assertEquals("理由：停电；所处阶段：已冻结", AuditWords.details(abort, CHINESE));
            assertEquals("设置项：操作人；值：王抽签", AuditWords.details(
                    events.stream().filter(e -> e.type().equals("settings")).findFirst().orElseThrow(), CHINESE));
            String added = AuditWords.details(events.stream().filter(e -> e.type().equals("record.add")).findFirst()
                    .orElseThrow(), CHINESE);
            assertTrue(added.startsWith("记录编号：SJ-009；名录：随机抽查事项清单；各字段：SJ-009、测试事项、、《测试条例》、"), added);
            String imported = AuditWords.details(events.stream().filter(e -> e.type().equals("import")).findFirst()
                    .orElseThrow(), CHINESE);
            assertTrue(imported.contains("名录：市场主体名录库"), imported);
            String created = AuditWords.details(events.stream().filter(e -> e.type().equals("plan.create")).findFirst()
                    .orElseThrow(), CHINESE);
            assertTrue(created.endsWith("演练：否") && !created.contains("{"), "the plan's text left out: " + created);
            String first = AuditWords.details(events.stream().filter(e -> e.type().equals("result")).findFirst()
                    .orElseThrow(), CHINESE);
            assertFalse(first.contains("说明") || first.contains("更正的记录"), "nothing said for what is null: " + first);
            assertTrue(first.contains("检查结果：未发现问题"), first);
            AuditEntry freeze = events.stream().filter(e -> e.type().equals("freeze")).findFirst().orElseThrow();
            assertTrue(AuditWords.details(freeze, CHINESE).contains("未列入候选：已停用 23、登记状态排除（注销、吊销等） 266"),
                    AuditWords.details(freeze, CHINESE));
            assertTrue(AuditWords.details(freeze, CHINESE).contains("各层候选数：17、123、"), AuditWords.details(freeze, CHINESE));
            assertTrue(AuditWords.details(freeze, ENGLISH).startsWith("candidates: "), AuditWords.details(freeze, ENGLISH));
        }

        // a backup recorded by an earlier version, with its reason in English words
        AuditEntry earlier = new AuditEntry(1, "2026-11-26T08:00:00Z", "王抽签", "backup", null,
                "{\"file\":\"/tmp/w.db\",\"reason\":\"automatic, after lock\"}", "0".repeat(64));
        assertEquals("文件：/tmp/w.db；理由：锁定后自动备份", AuditWords.details(earlier, CHINESE));
        AuditEntry voided = new AuditEntry(2, "2026-11-26T08:00:00Z", "王抽签", "void", 1L,
                "{\"reason\":\"by command\"}", "0".repeat(64));
        assertEquals("理由：by command", AuditWords.details(voided, CHINESE), "an officer's own words are kept as typed");

        // the command line's list says the same words
        String list = run(db, "audit", "list", "-s", "1");
        assertTrue(list.contains("录入随机数字") && list.contains("数字：3141592653；观察员：张公证；身份：公证员"), list);
        assertFalse(list.contains("\"observer\""), list);
    }
}
