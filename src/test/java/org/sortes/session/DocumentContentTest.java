package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.directory.Register;
import org.sortes.progress.Progress;
import org.sortes.testutil.Sessions;

/**
 * What each document says, fact by fact and in the order it is read: the notice, the minutes, the
 * letters and the announcement of the demo session (30 targets, two observers), each fact taken from
 * the session, not from the document. A heading, a labelled line, a table row or a page's footer left
 * out or moved fails here; `MinutesTest` checks the documents' other properties.
 */
class DocumentContentTest {
    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static long id;
    static String secret;
    static DrawSession session;
    static List<DrawnTarget> targets;
    static JsonNode plan;

    @BeforeAll
    static void lockedSession() throws Exception {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
        var committed = Sessions.committed(services.draw(), Sessions.demoPlan());
        id = committed.id();
        secret = committed.secret();
        services.draw().addObserver(id, "李代表", ObserverRole.NPC_DEPUTY, "市人大", "当众掷十面骰子", "2718281828");
        services.draw().reveal(id, secret);
        services.draw().draw(id);
        services.draw().lock(id);
        session = services.draw().session(id);
        targets = services.draw().targets(id);
        plan = ProofJson.mapper().readTree(session.planJson());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    /** Each page's text without white space: digests are printed in groups of four, long values wrap. */
    static List<String> pages(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(doc.getPage(i)).replaceAll("[\\s\\u3000]+", ""));
            }
        }
        return pages;
    }

    /** Every part in text, each after the one before it. */
    static void assertInOrder(String text, List<String> parts, String what) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            if (found < 0) {
                int anywhere = text.indexOf(part);
                fail(what + ": \"" + part + "\" " + (anywhere < 0 ? "is missing" : "is out of order (found before "
                        + "what precedes it)") + "; the text after the last part found: "
                        + text.substring(at, Math.min(text.length(), at + 160)));
            }
            at = found + part.length();
        }
    }

    private static String name(String subjectId) {
        return services.directory().find(Register.SUBJECTS, subjectId).orElseThrow().get("name");
    }

    private static String planName() {
        return plan.get("name").asText();
    }

    /** The facts both the notice and the minutes print first: authority, title, the plan's arrangements. */
    private static List<String> head(String title) {
        String date = plan.get("sessionDate").asText();
        String beacon = plan.get("beacon").get("source").asText();
        return List.of("甘肃省市场监督管理局", title, "场次#" + id + planName(), "抽查方案" + planName(),
                "抽签日期" + date, "抽签人员王抽签",
                "抽查事项SJ-002食品经营者监督检查（甘肃省市场监督管理局）SJ-003企业公示信息抽查（甘肃省市场监督管理局）",
                "检查部门甘肃省市场监督管理局", "检查组每个对象每部门2人，共2人；先抽中者为组长", "公共信标来源：" + beacon);
    }

    /** The frozen registers: versions, candidates, what was left out, the pool. */
    private static List<String> frozen() {
        DrawSession.Frozen f = session.frozen();
        return List.of("市场主体名录第" + f.subjectsVersion() + "版；候选主体" + f.candidates() + "户", "未列入候选",
                "执法检查人员名录第" + f.inspectorsVersion() + "版；人员库" + f.pool() + "人");
    }

    /** A row per stratum: its name, count, candidates, targets drawn and each subject's chance. */
    private static List<String> strata() {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < plan.get("strata").size(); s++) {
            int size = session.frozen().stratumSizes().get(s);
            int stratum = s;
            long drawn = targets.stream().filter(t -> t.stratum() == stratum).count();
            rows.add((s + 1) + plan.get("strata").get(s).get("name").asText() + "固定"
                    + plan.get("strata").get(s).get("count").asInt() + "户" + size + drawn
                    + (size == 0 ? "无候选主体，不抽取" : drawn + "/" + size + "（"));
        }
        return rows;
    }

    private static List<String> digests() {
        return List.of("方案摘要" + session.planDigest().hex(), "候选名单摘要" + session.frozen().candidatesDigest().hex(),
                "人员名单摘要" + session.frozen().inspectorsDigest().hex(),
                "主体名录摘要" + session.frozen().registerDigest().hex());
    }

    private static void assertEveryPageFooter(List<String> pages, String footer, String what) {
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains(footer), what + ": page " + (i + 1) + " lacks its footer " + footer);
            assertTrue(pages.get(i).contains("第" + (i + 1) + "页/共" + pages.size() + "页"),
                    what + ": page " + (i + 1) + " lacks its number");
        }
    }

    @Test
    void theNotice_saysTheArrangements_theFrozenLists_theDigestsAndCommitment_howToCheck_andIsSigned() throws Exception {
        Path notice = dir.resolve("notice.pdf");
        services.documents().notice(id, notice);
        List<String> pages = pages(notice);
        List<String> parts = new ArrayList<>(head("“双随机、一公开”随机抽查抽签公告"));
        parts.add("二、抽查范围与数量（名单已冻结）");
        parts.addAll(frozen());
        parts.addAll(strata());
        parts.add("此前中止或作废的相关场次：");
        parts.add("三、名单摘要与承诺值");
        parts.addAll(digests());
        parts.add("承诺值" + session.commitment().hex());
        parts.add("承诺时间");
        parts.add("四、抽签如何进行、如何核对");
        parts.add("五、签字");
        parts.add("抽签人员：王抽签");
        parts.add("公证员（密钥保管）：");
        parts.add("（单位盖章）");
        parts.add("本公告生成于");
        assertInOrder(String.join("", pages), parts, "the notice");
        assertTrue(pages.get(0).startsWith("甘肃省市场监督管理局“双随机、一公开”随机抽查抽签公告"), pages.get(0));
        assertEveryPageFooter(pages, "场次#" + id + "·承诺" + session.commitment().hex().substring(0, 16), "the notice");
        assertTrue(String.join("", pages).indexOf(secret) < 0, "never the secret");
    }

    @Test
    void theMinutes_sayEveryStageInOrder_theObserversRows_theTargetsByRank_theAttachments_andTheSignatures()
            throws Exception {
        Path minutes = dir.resolve("minutes.pdf");
        DocumentService.Written written = services.documents().minutes(id, minutes, Progress.NONE);
        List<String> pages = pages(minutes);
        List<String> parts = new ArrayList<>();
        parts.add("“双随机、一公开”随机抽查现场抽取记录");
        parts.add("一、基本信息");
        parts.addAll(head("").subList(3, 10));
        parts.addAll(List.of("回避规则", "各阶段完成时间建立方案", "冻结名单", "公布承诺", "揭示密钥", "抽取", "锁定"));
        parts.add("二、冻结的名单");
        parts.addAll(frozen());
        parts.addAll(digests());
        parts.add("此前中止或作废的相关场次：");
        parts.add("三、分层与抽取数量");
        parts.addAll(strata());
        parts.add("四、承诺、现场随机数与揭示");
        parts.add("承诺值（抽取前公布）" + session.commitment().hex());
        parts.add("观察员当场录入的随机数字：");
        parts.add("1张公证公证员" + Sessions.DIGITS);
        parts.add("2李代表（市人大）人大代表2718281828");
        parts.add("公共信标" + session.beacon().value() + "（来源：" + session.beacon().source() + "）");
        parts.add("揭示的密钥" + secret);
        parts.add("协议版本" + session.protocol());
        parts.add("种子摘要" + org.sortes.draw.Sha256.hex(session.seed()));
        parts.add("五、抽取结果");
        parts.add("共抽取检查对象" + targets.size() + "户");
        for (DrawnTarget t : targets) {
            parts.add(t.rank() + t.subjectId());
            parts.add("签号" + t.ticket());
        }
        parts.add("六、审计与验证");
        parts.add("锁定时审计链头" + session.auditHead().hex());
        parts.add("本记录生成时间");
        parts.add("sortes-session-" + id + "-proof.json");
        parts.add("sortes-session-" + id + "-proof.candidates.tsv" + session.frozen().candidatesDigest().hex());
        parts.add("sortes-session-" + id + "-proof.inspectors.tsv" + session.frozen().inspectorsDigest().hex());
        parts.add("七、签字");
        parts.add("抽签人员：王抽签");
        parts.add("公证员：张公证");
        parts.add("人大代表：李代表");
        assertInOrder(String.join("", pages), parts, "the minutes");
        String proofSha = services.draw().proofDigest(id).hex();
        assertEveryPageFooter(pages, "场次#" + id + "·证明文件SHA-256" + proofSha, "the minutes");
        assertEquals(written.pages(), pages.size());
    }

    @Test
    void eachLetter_namesItsSubject_theBasis_theItems_theTeamLeaderFirst_theContact_theCheck_andTheSeal()
            throws Exception {
        Path letters = dir.resolve("letters.pdf");
        services.documents().letters(id, letters, Progress.NONE);
        List<String> pages = pages(letters);
        List<DrawnTarget> staffed = targets.stream().filter(DrawnTarget::staffed).toList();
        assertEquals(staffed.size(), pages.size());
        String proofSha = services.draw().proofDigest(id).hex();
        for (int i = 0; i < staffed.size(); i++) {
            DrawnTarget t = staffed.get(i);
            String subject = name(t.subjectId());
            List<String> parts = new ArrayList<>(List.of("甘肃省市场监督管理局", "随机抽查检查通知书",
                    "场次#" + id + "第" + t.rank() + "号", subject + "：", "根据《中华人民共和国食品安全法》",
                    "于" + plan.get("sessionDate").asText() + "公开抽签（" + planName() + "，场次#" + id + "），贵单位被随机抽取为检查对象",
                    "被检查单位" + subject, t.subjectId(), "住所", "检查事项SJ-002食品经营者监督检查（甘肃省市场监督管理局）",
                    "SJ-003企业公示信息抽查（甘肃省市场监督管理局）", "检查人员（组长在前）"));
            for (DrawnTarget.TeamMember m : t.team()) {
                parts.add(m.name() + "执法证号" + m.certificateNo() + "（" + m.department() + "）");
            }
            parts.addAll(List.of("联系方式甘肃省市场监督管理局：联系人执法稽查局，电话0931-8100001",
                    "检查人员应出示执法证件。抽签结果可核验：场次#" + id + "，证明文件SHA-256" + proofSha, "（单位盖章）", "日期：",
                    "场次#" + id + "·证明文件SHA-256" + proofSha, "第" + (i + 1) + "页/共" + pages.size() + "页"));
            assertInOrder(pages.get(i), parts, "letter " + (i + 1));
        }
    }

    @Test
    void theAnnouncement_saysTheSessionItemsAndDepartment_thenEveryTargetByRank_withItsTeam() throws Exception {
        List<DocumentService.Written> written = services.documents().announce(id, dir.resolve("announcement"));
        List<String> pages = pages(written.get(0).file());
        List<String> parts = new ArrayList<>(List.of("甘肃省市场监督管理局", "“双随机、一公开”随机抽查抽取结果公示",
                "场次#" + id + planName(), "抽签日期" + plan.get("sessionDate").asText(), "检查实施机关甘肃省市场监督管理局",
                "抽查事项SJ-002食品经营者监督检查SJ-003企业公示信息抽查", "抽取对象" + targets.size() + "户",
                "名次统一社会信用代码/注册号市场主体名称分层检查人员"));
        for (DrawnTarget t : targets) {
            // a long name wraps in its cell: its rest is read after the row's first line (the stratum, the leader)
            String name = name(t.subjectId());
            parts.add(t.rank() + t.subjectId() + name.substring(0, Math.min(name.length(), 8)));
            t.team().forEach(m -> parts.add(m.name() + m.certificateNo()));
        }
        assertInOrder(String.join("", pages), parts, "the announcement");
        assertEveryPageFooter(pages, "场次#" + id + "·证明文件SHA-256" + services.draw().proofDigest(id).hex(),
                "the announcement");
    }
}
