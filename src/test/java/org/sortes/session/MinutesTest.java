package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.documents.PdfAttachments;
import org.sortes.draw.Protocol;
import org.sortes.draw.Sha256;
import org.sortes.progress.Progress;

/** The minutes of a locked session: what they say, what they carry, and that they are checkable. */
class MinutesTest {
    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static long locked;
    static long drawnOnly;
    static String secret;
    static Path minutes;
    static DocumentService.Written written;

    @BeforeAll
    static void lockedSessionWithMinutes() throws Exception {
        services = org.sortes.testutil.Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
        DrawService draw = services.draw();
        String plan = org.sortes.testutil.Sessions.demoPlan();
        var first = org.sortes.testutil.Sessions.committed(draw, plan);
        locked = first.id();
        secret = first.secret();
        draw.addObserver(locked, "李代表", org.sortes.session.ObserverRole.NPC_DEPUTY, "市人大", "当众掷十面骰子",
                "2718281828");
        draw.reveal(locked, secret);
        draw.draw(locked);
        draw.lock(locked);
        var second = org.sortes.testutil.Sessions.committed(draw, plan);
        drawnOnly = second.id();
        draw.reveal(drawnOnly, second.secret());
        draw.draw(drawnOnly);
        minutes = dir.resolve("out/minutes.pdf");
        written = services.documents().minutes(locked, minutes, Progress.NONE);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static List<AuditEntry> events(long session) {
        return services.integrity().events(new org.sortes.session.AuditQuery(session, null, null, null, null));
    }

    static String text(Path pdf) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(i)));
            }
        }
        // digests are printed in groups of four and long values wrap: compare without white space
        return sb.toString().replaceAll("[\\s\\u3000]+", "");
    }

    @Test
    void warmUp_onlyForASessionWithMinutes_once_andLeavesNoTrace() throws Exception {
        assertFalse(services.documents().warmUp(drawnOnly), "a drawn session's minutes cannot be written yet");
        List<AuditEntry> before = services.integrity().events(new org.sortes.session.AuditQuery(null, null, null, null, null));
        List<Path> files;
        try (var walk = java.nio.file.Files.walk(dir)) {
            files = walk.sorted().toList();
        }
        assertTrue(services.documents().warmUp(locked), "the notice set into nothing");
        assertFalse(services.documents().warmUp(locked), "once for the workspace");
        assertEquals(before.size(),
                services.integrity().events(new org.sortes.session.AuditQuery(null, null, null, null, null)).size(),
                "no audit event: nothing was written");
        try (var walk = java.nio.file.Files.walk(dir)) {
            assertEquals(files, walk.sorted().toList(), "no file written or left behind");
        }
    }

    @Test
    void minutes_lockedSession_sayEverythingNeededToCheck() throws Exception {
        String text = text(minutes);
        org.sortes.session.DrawSession row = services.draw().session(locked);
        assertTrue(text.contains("锁定时审计链头" + row.auditHead().hex()), "chain head at lock");
        AuditEntry lock = events(locked).stream().filter(e -> e.type().equals("lock")).findFirst().orElseThrow();
        assertEquals(lock.hash(), row.auditHead().hex(), "the printed head is the lock event's hash in the chain");
        assertTrue(text.contains(row.commitment().hex()), "commitment");
        assertTrue(text.contains("揭示的密钥" + secret), "secret");
        assertTrue(text.contains(row.frozen().candidatesDigest().hex()) && text.contains(row.frozen().inspectorsDigest().hex())
                && text.contains(row.planDigest().hex()), "digests");
        assertTrue(text.contains(Protocol.VERSION), "protocol version");
        // every reason that kept subjects out, named and counted as stored at the freeze; reasons with none are left out
        java.util.Map<String, Integer> excluded = row.frozen().excluded();
        assertTrue(excluded.values().stream().anyMatch(n -> n > 0) && excluded.containsValue(0), excluded.toString());
        org.sortes.i18n.I18n official = org.sortes.i18n.I18n.forLanguage("zh");
        excluded.forEach((why, n) -> assertEquals(n > 0, text.contains(official.get("exclusion." + why) + n),
                why + " " + n));
        assertTrue(text.contains("张公证公证员" + org.sortes.testutil.Sessions.DIGITS), "notary's digits");
        int deputy = text.indexOf("李代表（市人大）");
        assertTrue(deputy >= 0 && text.indexOf("2718281828", deputy) > deputy
                && text.indexOf("（当众掷十面骰子）", deputy) > deputy, "deputy, organisation, digits and method: "
                + (deputy < 0 ? "" : text.substring(deputy, Math.min(text.length(), deputy + 80))));
        assertTrue(text.contains("517（来源：中国福利彩票福彩3D）"), "beacon");
        assertTrue(text.contains("抽签人员王抽签"), "officer");
        List<org.sortes.session.DrawnTarget> targets = services.draw().draw(locked);
        assertEquals(30, targets.size());
        for (org.sortes.session.DrawnTarget t : targets) {
            int at = text.indexOf(t.subjectId());
            assertTrue(text.contains(t.rank() + t.subjectId()), "target " + t.subjectId() + " in its row, after its rank: "
                    + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40)));
            assertTrue(text.contains("签号" + t.ticket()), "ticket of " + t.subjectId());
            for (org.sortes.session.DrawnTarget.TeamMember m : t.team()) {
                assertTrue(text.contains(m.name() + m.certificateNo()), "member " + m.certificateNo());
            }
        }
        assertTrue(text.contains("兰州"), "subjects' names from the frozen directory");
        assertEquals(30, written.targets());
        assertEquals("第1页/共" + written.pages() + "页", text.substring(text.lastIndexOf("第1页/共"),
                text.lastIndexOf("第1页/共") + ("第1页/共" + written.pages() + "页").length()), "page total filled in");
    }

    /** A joint check of two departments; teams of perDepartment from each; every unstaffed target decided. */
    static long jointSession(int perDepartment) throws Exception {
        DrawService draw = services.draw();
        com.fasterxml.jackson.databind.node.ObjectNode plan = (com.fasterxml.jackson.databind.node.ObjectNode)
                ProofJson.mapper().readTree(Files.readString(DrawSessionTest.DEMO_PLAN));
        plan.putArray("items").add("SJ-003").add("HJ-001");
        plan.put("membersPerDepartment", perDepartment);
        plan.putArray("strata").addObject().put("name", "全部").put("count", 3).putObject("rule");
        var c = org.sortes.testutil.Sessions.committed(draw, plan.toString());
        long id = c.id();
        draw.reveal(id, c.secret());
        for (org.sortes.session.DrawnTarget t : draw.draw(id)) {
            if (!t.staffed()) {
                draw.decide(id, t.rank(), "由生态环境厅另行指派，报局领导批准");
            }
        }
        draw.lock(id);
        return id;
    }

    @Test
    void jointCheck_membersUnderTheirDepartments_unstaffedWithTheDecision(@TempDir Path out) throws Exception {
        long joint = jointSession(1);
        Path pdf = out.resolve("joint.pdf");
        services.documents().minutes(joint, pdf, Progress.NONE);
        String text = text(pdf);
        assertTrue(text.contains("【甘肃省市场监督管理局】") && text.contains("【甘肃省生态环境厅】"), "grouped by department");
        assertTrue(text.contains("联合检查"), "a joint check says so");

        long unstaffed = jointSession(50); // more than either department has
        Path unstaffedPdf = out.resolve("unstaffed.pdf");
        services.documents().minutes(unstaffed, unstaffedPdf, Progress.NONE);
        String shortText = text(unstaffedPdf);
        assertTrue(shortText.contains("未配齐检查组（"), shortText);
        assertTrue(shortText.contains("处理决定：由生态环境厅另行指派，报局领导批准"), "the officer's decision");
        assertTrue(shortText.contains("未能配齐检查组3户"), "the count of unstaffed targets");
        assertTrue(ProofVerification.verify(ProofJson.mapper(), unstaffedPdf, List.of()).valid());
    }

    @Test
    void minutes_carryTheProof_verifyValid_andPrintTheAttachmentsDigests(@TempDir Path out) throws Exception {
        assertTrue(ProofVerification.verify(ProofJson.mapper(), minutes, List.of()).valid());
        List<Path> files = PdfAttachments.extract(minutes, out);
        assertEquals(List.of("sortes-session-" + locked + "-proof.candidates.tsv",
                "sortes-session-" + locked + "-proof.inspectors.tsv", "sortes-session-" + locked + "-proof.json"),
                files.stream().map(f -> f.getFileName().toString()).sorted().toList());
        String text = text(minutes);
        for (Path f : files) {
            assertTrue(text.contains(Sha256.hex(Files.readAllBytes(f))), "digest of " + f.getFileName());
        }
        // each attachment says what it is, for a reader who opens the PDF's attachment pane
        java.util.Map<String, String> described = new java.util.TreeMap<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(minutes.toFile()))) {
            doc.getCatalog().getNameTree(com.itextpdf.kernel.pdf.PdfName.EmbeddedFiles).getNames().forEach((name, spec) ->
                    described.put(name.toUnicodeString(), ((com.itextpdf.kernel.pdf.PdfDictionary) spec)
                            .getAsString(com.itextpdf.kernel.pdf.PdfName.Desc).toUnicodeString()));
        }
        assertEquals(java.util.Map.of("sortes-session-" + locked + "-proof.candidates.tsv", "候选名单（冻结）",
                "sortes-session-" + locked + "-proof.inspectors.tsv", "检查人员名单（冻结）",
                "sortes-session-" + locked + "-proof.json", "抽取证明文件"), described);
        // the attachments are the proof export itself: the JSON verifies on its own too
        Path proof = files.stream().filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        assertTrue(ProofVerification.verify(ProofJson.mapper(), proof, List.of()).valid());
    }

    @Test
    void minutes_recordedInTheAuditLog_chainStillValid() throws Exception {
        List<AuditEntry> docs = events(locked).stream()
                .filter(e -> e.type().equals("document")).toList();
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).payload().contains(Sha256.hex(Files.readAllBytes(minutes))), docs.get(0).payload());
        assertTrue(docs.get(0).payload().contains("\"what\":\"minutes\""));
        assertTrue(services.integrity().verifyChain().intact());
    }

    @Test
    void minutes_arePdfA3b() throws Exception {
        assertPdfA3b(minutes);
    }

    static void assertPdfA3b(Path pdf) throws Exception {
        org.sortes.testutil.PdfA.assertPdfA3b(pdf);
    }

    @Test
    void notice_commitmentAndDigests_neverTheSecret_pdfA3b_recorded(@TempDir Path out) throws Exception {
        // drawnOnly's secret is revealed by now: the notice still leaves it out
        Path notice = out.resolve("notice.pdf");
        DocumentService.Written w = services.documents().notice(drawnOnly, notice);
        String text = text(notice);
        org.sortes.session.DrawSession row = services.draw().session(drawnOnly);
        String revealed = row.reveal().secret().hex();
        assertTrue(text.contains("承诺值" + row.commitment().hex()), "commitment");
        assertTrue(text.contains(row.planDigest().hex()) && text.contains(row.frozen().candidatesDigest().hex())
                && text.contains(row.frozen().inspectorsDigest().hex()), "digests");
        assertFalse(text.contains(revealed), "never the secret");
        assertFalse(text.contains(revealed.substring(0, 16)), "not even part of it");
        assertTrue(text.contains("严重违法失信") && text.contains("抽签人员王抽签"), "strata and officer");
        assertPdfA3b(notice);
        AuditEntry recorded = events(drawnOnly).stream().filter(e -> e.type().equals("document")).findFirst()
                .orElseThrow();
        assertTrue(recorded.payload().contains("\"what\":\"notice\"") && recorded.payload().contains(w.sha256()),
                recorded.payload());
    }

    @Test
    void notice_beforeTheCommitment_refused_noFile(@TempDir Path out) {
        long planned = services.draw().createPlan(org.sortes.testutil.Sessions.demoPlan());
        services.draw().freeze(planned);
        Path notice = out.resolve("early-notice.pdf");
        org.sortes.session.Refusal e = assertThrows(org.sortes.session.Refusal.class, () -> services.documents().notice(planned, notice));
        assertTrue(e.getMessage().contains("once committed"), e.getMessage());
        assertFalse(Files.exists(notice));
    }

    @Test
    void notice_ofAnAbortedSession_refused_noFile(@TempDir Path out) {
        var c = org.sortes.testutil.Sessions.committed(services.draw(), org.sortes.testutil.Sessions.demoPlan());
        services.draw().abort(c.id(), "投影仪故障，改期");
        Path notice = out.resolve("aborted-notice.pdf");
        org.sortes.session.Refusal e = assertThrows(org.sortes.session.Refusal.class,
                () -> services.documents().notice(c.id(), notice));
        assertEquals("document.error.noCommitment", e.messageKey());
        assertFalse(Files.exists(notice));
    }

    @Test
    void notice_withACharacterNoFontShows_refusedInWords_noFile(@TempDir Path out) throws Exception {
        // a hostile plan: its name holds an emoji, which neither embedded font has and PDF/A cannot show
        String plan = org.sortes.testutil.Sessions.demoPlan().replaceFirst("\"name\"\\s*:\\s*\"", "\"name\": \"抽查😀");
        var c = org.sortes.testutil.Sessions.committed(services.draw(), plan);
        Path notice = out.resolve("notice.pdf");
        RuntimeException e = assertThrows(RuntimeException.class, () -> services.documents().notice(c.id(), notice));
        String said = new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE).explain(e);
        assertTrue(said.contains("😀") && said.contains("U+1F600") && said.contains("抽查😀"), said);
        assertFalse(Files.exists(notice));
        try (var left = Files.list(out)) {
            assertEquals(0, left.count(), "nothing half-written beside it");
        }
    }

    /** A locked session of the demo workspace in db, its lists stored at the freeze. */
    private static long lockedSession(Path db) {
        try (var s = org.sortes.testutil.Sessions.demoWorkspace(db, "抽签员")) {
            var c = org.sortes.testutil.Sessions.committed(s.draw(), org.sortes.testutil.Sessions.demoPlan());
            s.draw().reveal(c.id(), c.secret());
            s.draw().draw(c.id());
            s.draw().lock(c.id());
            return c.id();
        }
    }


    private static WorkspaceServices reopen(Path db) {
        return org.sortes.app.WorkspaceServices.open(db, org.sortes.testutil.TestWorkspace.CLOCK, () -> "抽签员",
                new org.sortes.i18n.I18n(java.util.Locale.ENGLISH));
    }

    private static void assertMinutesRefusedAsAltered(Path db, long id, Path out) throws Exception {
        Path minutes = out.resolve("minutes.pdf");
        try (var s = reopen(db)) {
            org.sortes.session.Refusal e = assertThrows(org.sortes.session.Refusal.class,
                    () -> s.documents().minutes(id, minutes, Progress.NONE));
            assertEquals("draw.error.listsAltered", e.messageKey());
        }
        try (var left = Files.list(out)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("minutes")).toList(), "no minutes, whole or partial");
        }
    }

    @Test
    void aNameTallerThanAPage_goesOnOnTheNext_wholeAndAboveTheMargin_aLongSessionNameCutInTheMetadataOnly(
            @TempDir Path out) throws Exception {
        Path db = out.resolve("w.db");
        long id = lockedSession(db);
        // as an older workspace could hold them, before values and plan names had a limit: a subject's name
        // taller than a page in its column of the result table, and a session name past PDF/A's longest string
        String subject;
        try (var s = reopen(db)) {
            subject = s.draw().targets(id).get(4).subjectId();
        }
        String tall = "兰州" + "曌".repeat(3000) + "有限公司";
        assertTrue(org.sortes.testutil.WorkspaceFile.update(db, "UPDATE subjects SET name = ? WHERE record_key = ?",
                tall, subject) >= 1);
        String named = "很长的场次名称" + "名".repeat(20_000);
        assertEquals(1, org.sortes.testutil.WorkspaceFile.update(db, "UPDATE draw_sessions SET name = ? WHERE id = ?",
                named, id));
        Path pdf = out.resolve("minutes.pdf");
        try (var s = reopen(db)) {
            s.documents().minutes(id, pdf, Progress.NONE);
        }
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
            long shown = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                shown += PdfTextExtractor.getTextFromPage(doc.getPage(p)).chars().filter(c -> c == '曌').count();
                for (var r : org.sortes.testutil.PdfText.textBoxes(doc, p)) {
                    // the footer sits at 30 points; the body stops at the bottom margin (56 points)
                    assertTrue(r.getBottom() >= 28, "text below the footer on page " + p + " at y=" + r.getBottom());
                    assertTrue(r.getBottom() < 40 || r.getBottom() >= 52,
                            "the table runs into the bottom margin on page " + p + " at y=" + r.getBottom());
                }
            }
            assertEquals(3000, shown, "every character of the tall name is printed, over more than one page");
            String title = doc.getDocumentInfo().getTitle();
            assertTrue(title.startsWith("随机抽查现场抽取记录 场次 #" + id + " 很长的场次名称名名") && title.endsWith("…")
                    && title.length() == 300, title.length() + " characters");
        }
        assertPdfA3b(pdf);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"another list", "not a list at all"})
    void minutes_ofListsChangedInTheWorkspaceFile_refused_noFile(String change, @TempDir Path out) throws Exception {
        Path db = out.resolve("w.db");
        long id = lockedSession(db);
        // someone replaces the stored candidate list in the file itself: it no longer hashes to the frozen digest
        java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(other)) {
            z.write("91620100MA00000000\t0\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] replaced = change.equals("another list") ? other.toByteArray() : new byte[] {1, 2, 3, 4};
        org.sortes.testutil.WorkspaceFile.replaceCandidateList(db, id, replaced);
        assertMinutesRefusedAsAltered(db, id, out);
    }

    @Test
    void minutes_ofARegisterChangedBehindTheSessionsBack_refusedWhereTheListsAreDerived(@TempDir Path out)
            throws Exception {
        Path db = out.resolve("w.db");
        long id = lockedSession(db);
        // someone edits the frozen register in the file itself: derived again, the lists no longer hash to
        // the frozen digests
        assertEquals(1, org.sortes.testutil.WorkspaceFile.update(db, "UPDATE subjects SET complaints = complaints + 5"
                + " WHERE rowid = (SELECT min(rowid) FROM subjects)"));
        try (var s = reopen(db)) {
            // the minutes attach the lists stored at the freeze, still whole; the proof export derives them
            Path minutes = out.resolve("stored-lists.pdf");
            s.documents().minutes(id, minutes, Progress.NONE);
            assertTrue(ProofVerification.verify(ProofJson.mapper(), minutes, List.of()).valid());
            org.sortes.session.Refusal e = assertThrows(org.sortes.session.Refusal.class, () -> s.draw().proof(id));
            assertEquals("draw.error.listsAltered", e.messageKey());
        }
        // a session frozen before the lists were stored: the minutes derive them, and see the change
        assertEquals(2, org.sortes.testutil.WorkspaceFile.update(db, "DELETE FROM frozen_lists WHERE session_id = ?", id));
        Files.delete(out.resolve("stored-lists.pdf"));
        assertMinutesRefusedAsAltered(db, id, out);
    }

    @Test
    void minutes_ofASessionFrozenBeforeListsWereStored_deriveThem_sameProof(@TempDir Path out) throws Exception {
        Path db = out.resolve("w.db");
        long id = lockedSession(db);
        Path stored = out.resolve("stored.pdf");
        Path derived = out.resolve("derived.pdf");
        try (var s = reopen(db)) {
            s.documents().minutes(id, stored, Progress.NONE);
        }
        assertEquals(2, org.sortes.testutil.WorkspaceFile.update(db, "DELETE FROM frozen_lists WHERE session_id = ?", id));
        try (var s = reopen(db)) {
            s.documents().minutes(id, derived, Progress.NONE);
        }
        assertTrue(ProofVerification.verify(ProofJson.mapper(), derived, List.of()).valid());
        // the same three attachments, byte for byte, whichever way the lists were obtained
        assertEquals(attachments(stored), attachments(derived));
    }

    /** Each embedded file's name and SHA-256. */
    private static java.util.Map<String, String> attachments(Path pdf) throws Exception {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var doc = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            var names = doc.getCatalog().getNameTree(com.itextpdf.kernel.pdf.PdfName.EmbeddedFiles).getNames();
            for (var e : names.entrySet()) {
                var spec = (com.itextpdf.kernel.pdf.PdfDictionary) e.getValue();
                var stream = spec.getAsDictionary(com.itextpdf.kernel.pdf.PdfName.EF)
                        .getAsStream(com.itextpdf.kernel.pdf.PdfName.F);
                out.put(e.getKey().toUnicodeString(), org.sortes.draw.Sha256.hex(stream.getBytes()));
            }
        }
        assertEquals(3, out.size(), out.toString());
        return out;
    }

    @Test
    void minutes_beforeLock_refused_noFileNoEvent() {
        Path target = dir.resolve("early.pdf");
        long before = events(drawnOnly).size();
        org.sortes.session.Refusal e = assertThrows(org.sortes.session.Refusal.class,
                () -> services.documents().minutes(drawnOnly, target, Progress.NONE));
        assertTrue(e.getMessage().contains("locked"), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(before, events(drawnOnly).size());
    }

    /** A progress that keeps every step it is told (out of 1000) and is never cancelled. */
    private static Progress recording(List<Long> seen) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                assertEquals(1000, total);
                seen.add(done);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    @Test
    void minutes_reportProgress_risingToTheEnd(@TempDir Path out) {
        List<Long> seen = new java.util.ArrayList<>();
        services.documents().minutes(locked, out.resolve("m.pdf"), recording(seen));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        assertEquals(0L, seen.get(0));
        assertEquals(1000L, seen.get(seen.size() - 1));
    }

    @Test
    void minutes_cancelled_leaveNoFileAndNoEvent() throws Exception {
        Path target = dir.resolve("cancelled.pdf");
        long before = events(locked).size();
        Progress cancelled = new org.sortes.testutil.Cancelled();
        assertThrows(org.sortes.progress.CancelledException.class,
                () -> services.documents().minutes(locked, target, cancelled));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("cancelled")).toList());
        }
        assertEquals(before, events(locked).size());
    }

    @Test
    void minutes_withAChangedCandidateLine_verifyInvalid(@TempDir Path work) throws Exception {
        List<Path> files = PdfAttachments.extract(minutes, work);
        Path candidates = files.stream().filter(f -> f.toString().endsWith(".candidates.tsv")).findFirst().orElseThrow();
        String lines = Files.readString(candidates, StandardCharsets.UTF_8);
        // one subject's stratum changed in the attached list
        Files.writeString(candidates, lines.replaceFirst("\t0\t", "\t1\t"), StandardCharsets.UTF_8);
        Path forged = work.resolve("forged.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(forged.toString()))) {
            pdf.addNewPage();
            for (Path f : files) {
                pdf.addFileAttachment(f.getFileName().toString(), PdfFileSpec.createEmbeddedFileSpec(pdf,
                        Files.readAllBytes(f), null, f.getFileName().toString(), null, null, PdfName.Data));
            }
        }
        var verdict = ProofVerification.verify(ProofJson.mapper(), forged, List.of());
        assertFalse(verdict.valid());
        assertEquals("candidatesFile", verdict.code(), verdict.firstDifference()); // the named file digest is checked first
    }

    @Test
    void mutatedMinutes_verdictOrUnreadable_neverCrash() throws Exception {
        byte[] pdf = Files.readAllBytes(minutes);
        Random r = new Random(11);
        int valid = 0;
        int invalid = 0;
        int unreadable = 0;
        int mutants = 60;
        for (int i = 0; i < mutants; i++) {
            Path f = dir.resolve("mutant-" + i + ".pdf");
            Files.write(f, FuzzTest.mutate(pdf, r));
            try {
                if (ProofVerification.verify(ProofJson.mapper(), f, List.of()).valid()) {
                    valid++;
                } else {
                    invalid++;
                }
            } catch (ProofJson.UnreadableProofException e) {
                unreadable++;
                assertFalse(e.getMessage().isBlank());
            } catch (RuntimeException e) {
                fail("minutes mutant " + i + " ended in an uncaught " + e, e);
            }
        }
        System.out.printf("minutes PDF: %d mutants, %d VALID (bytes in page content), %d INVALID, %d unreadable%n",
                mutants, valid, invalid, unreadable);
        assertEquals(mutants, valid + invalid + unreadable);
    }

    /** A PDF showing the given text on its pages with the minutes' own attachments (their bytes unchanged). */
    static Path lookalike(Path out, String name, String pageText) throws Exception {
        Path work = out.resolve(name + "-files");
        Files.createDirectories(work);
        List<Path> files = PdfAttachments.extract(minutes, work);
        Path forged = out.resolve(name + ".pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(forged.toString()));
             com.itextpdf.layout.Document doc = new com.itextpdf.layout.Document(pdf)) {
            com.itextpdf.kernel.font.PdfFont font = com.itextpdf.kernel.font.PdfFontFactory.createFont(
                    Files.readAllBytes(Path.of("assets/fonts/NotoSansSC-Regular.ttf")),
                    com.itextpdf.io.font.PdfEncodings.IDENTITY_H);
            doc.add(new com.itextpdf.layout.element.Paragraph(pageText).setFont(font).setFontSize(4));
            for (Path f : files) {
                pdf.addFileAttachment(f.getFileName().toString(), PdfFileSpec.createEmbeddedFileSpec(pdf,
                        Files.readAllBytes(f), null, f.getFileName().toString(), null, null, PdfName.Data));
            }
        }
        return forged;
    }

    @Test
    void minutes_pagesCheckedAgainstTheProof_blankOrSwappedOrUpdatedIsReported(@TempDir Path out) throws Exception {
        String printed = text(minutes);
        // the same text and attachments in another file: the check itself accepts it
        Path same = lookalike(out, "same", printed);
        assertEquals(printed, text(same));
        assertTrue(ProofVerification.verify(ProofJson.mapper(), same, List.of()).valid());

        var blank = ProofVerification.verify(ProofJson.mapper(), lookalike(out, "blank", "（本页空白）"), List.of());
        assertFalse(blank.valid());
        assertEquals("pdfPlan", blank.code(), blank.firstDifference());

        // two targets' codes swapped in the printed table, everything else as printed
        ProofBundle bundle = services.draw().proof(locked);
        String first = bundle.proof().targets().get(0).id();
        String second = bundle.proof().targets().get(1).id();
        String swapped = printed.replace(first, "\u0000").replace(second, first).replace("\u0000", second);
        var v = ProofVerification.verify(ProofJson.mapper(), lookalike(out, "swapped", swapped), List.of());
        assertFalse(v.valid());
        assertTrue(List.of("pdfTicket", "pdfTarget", "pdfMember").contains(v.code()), v.firstDifference());
        assertEquals(first, v.args().get(1), v.firstDifference());

        // an incremental update that writes over the first page: the proof inside is untouched
        Path updated = out.resolve("updated.pdf");
        Files.copy(minutes, updated);
        Path appended = out.resolve("appended.pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfReader(updated.toFile()), new PdfWriter(appended.toFile()),
                new com.itextpdf.kernel.pdf.StampingProperties().useAppendMode())) {
            com.itextpdf.kernel.pdf.canvas.PdfCanvas canvas = new com.itextpdf.kernel.pdf.canvas.PdfCanvas(
                    pdf.getFirstPage());
            canvas.setFillColor(com.itextpdf.kernel.colors.ColorConstants.WHITE).rectangle(0, 0, 600, 850).fill();
        }
        assertTrue(Files.readString(appended, StandardCharsets.ISO_8859_1)
                .startsWith(Files.readString(minutes, StandardCharsets.ISO_8859_1)), "appended, not rewritten");
        var u = ProofVerification.verify(ProofJson.mapper(), appended, List.of());
        assertFalse(u.valid());
        assertEquals("pdfUpdated", u.code(), u.firstDifference());
        assertEquals("2", u.args().get(0));
        String chinese = new org.sortes.i18n.I18n(org.sortes.i18n.I18n.CHINESE).get("verify." + u.code(),
                u.args().toArray());
        assertTrue(chinese.contains("改动"), chinese);
    }

    @Test
    void noPrintedLine_beginsWithClosingPunctuation_orEndsWithAnOpeningOne(@TempDir Path out) throws Exception {
        Path notice = out.resolve("notice.pdf");
        // a session of its own: the other tests count the document events of theirs
        services.documents().notice(org.sortes.testutil.Sessions.committed(services.draw(),
                org.sortes.testutil.Sessions.demoPlan()).id(), notice);
        // a draft: the other tests count this session's document events
        try (DocumentDraft letters = services.documents().draft(DocumentKind.LETTERS, locked, Progress.NONE)) {
            assertNoLineBeginsWithClosingPunctuation(List.of(minutes, notice, letters.pdf().file()));
        }
    }

    private static void assertNoLineBeginsWithClosingPunctuation(List<Path> pdfs) throws Exception {
        for (Path pdf : pdfs) {
            try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toFile()))) {
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    String page = PdfTextExtractor.getTextFromPage(doc.getPage(i));
                    // cells side by side share a line of the extraction: a wide gap starts a cell's line too
                    for (String line : page.split("\n|\\s{2,}")) {
                        String l = line.strip();
                        assertFalse(!l.isEmpty() && "，。、；：？！）」》".indexOf(l.charAt(0)) >= 0,
                                pdf.getFileName() + " page " + i + ": a line begins with " + l);
                        // nor ends with an opening mark (the other half of the rule)
                        assertFalse(!l.isEmpty() && "（「『《“".indexOf(l.charAt(l.length() - 1)) >= 0,
                                pdf.getFileName() + " page " + i + ": a line ends with " + l);
                    }
                }
            }
        }
    }

    @Test
    void letters_onePagePerStaffedTarget_subjectItemsTeam_noPersonalDetails_pdfA3b_cancelLeavesNothing(
            @TempDir Path out) throws Exception {
        Path letters = out.resolve("letters.pdf");
        List<Long> seen = new java.util.ArrayList<>();
        DocumentService.Written w = services.documents().letters(locked, letters, recording(seen));
        List<DrawnTarget> targets = services.draw().targets(locked).stream().filter(DrawnTarget::staffed).toList();
        assertEquals(targets.size(), w.pages(), "one page per staffed target");
        // the session read, then a step for each letter written, never backwards, up to the end
        assertTrue(seen.size() >= targets.size() + 2, seen.toString());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "never backwards: " + seen);
        }
        assertEquals(1000L, seen.get(seen.size() - 1));
        try (PdfDocument doc = new PdfDocument(new PdfReader(letters.toFile()))) {
            for (int i = 0; i < targets.size(); i++) {
                DrawnTarget t = targets.get(i);
                String page = PdfTextExtractor.getTextFromPage(doc.getPage(i + 1)).replaceAll("[\\s\\u3000]+", "");
                assertTrue(page.contains(t.subjectId()) && page.contains("检查通知书"), "page " + (i + 1));
                for (DrawnTarget.TeamMember m : t.team()) {
                    assertTrue(page.contains(m.certificateNo()), m.certificateNo());
                }
                var subject = services.directory().find(org.sortes.directory.Register.SUBJECTS, t.subjectId())
                        .orElseThrow();
                String representative = subject.get("legal_representative");
                boolean alsoAnInspector = t.team().stream().anyMatch(m -> representative != null
                        && representative.equals(m.name()));
                assertFalse(representative != null && !alsoAnInspector && page.contains(representative),
                        "the legal representative on page " + (i + 1));
                assertFalse(page.contains("法定代表人"));
                String address = subject.get("address");
                assertTrue(address == null || page.contains(address.replaceAll("\\s", "")), "the address");
                // the department's office is how the subject asks: the demo's market regulator's line
                assertTrue(page.contains("甘肃省市场监督管理局：联系人执法稽查局，电话0931-8100001"), "the contact: " + page);
            }
        }
        assertPdfA3b(letters);
        assertTrue(events(locked).stream().anyMatch(e -> e.type().equals("document")
                && e.payload().contains("\"what\":\"letters\"") && e.payload().contains(w.sha256())));
        Path cancelled = out.resolve("cancelled.pdf");
        assertThrows(org.sortes.progress.CancelledException.class, () -> services.documents().letters(locked, cancelled,
                new org.sortes.testutil.Cancelled()));
        assertFalse(Files.exists(cancelled));
    }

    @Test
    void announcement_pdfCsvJson_inTheDocumentedLayout_namesAndCodesOnly_audited(@TempDir Path out) throws Exception {
        List<DocumentService.Written> written = services.documents().announce(locked, out);
        assertEquals(3, written.size());
        Path pdf = written.get(0).file();
        Path csv = written.get(1).file();
        Path json = written.get(2).file();
        assertPdfA3b(pdf);
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("\uFEFF场次,抽查名称,抽签日期,检查实施机关,抽查事项,名次,"), rows.get(0));
        assertEquals(31, rows.size(), "a header and one row per target");
        var root = ProofJson.mapper().readTree(json.toFile());
        assertEquals("sortes-announcement/2", root.get("format").asText());
        assertEquals(30, root.get("targets").size());
        assertTrue(root.get("targets").get(0).get("result").isNull(), "no result entered yet");
        String proofSha = root.get("proofSha256").asText();
        assertTrue(text(minutes).contains(proofSha), "the proof digest is the one the minutes print");
        String all = Files.readString(csv) + Files.readString(json) + text(pdf);
        for (DrawnTarget t : services.draw().targets(locked)) {
            assertTrue(all.contains(t.subjectId()));
            String address = services.directory().find(org.sortes.directory.Register.SUBJECTS, t.subjectId())
                    .orElseThrow().get("address");
            assertFalse(address != null && all.contains(address), "no address in the announcement");
        }
        assertFalse(all.contains("法定代表人"));
        assertEquals(3, events(locked).stream().filter(e -> e.type().equals("document")
                && e.payload().contains("\"what\":\"announcement\"")).count());
    }

    @Test
    void announcement_carriesTheResultsEntered_neverTheirNotes(@TempDir Path out) throws Exception {
        services.results().record(locked, 2, org.sortes.session.ResultOutcome.ORDERED_TO_CORRECT,
                java.time.LocalDate.of(2026, 11, 26), "经营者王某某手机 13900001111 已告知", null);
        List<DocumentService.Written> written = services.documents().announce(locked, out);
        var root = ProofJson.mapper().readTree(written.get(2).file().toFile());
        var result = root.get("targets").get(1).get("result");
        assertEquals("ordered_to_correct", result.get("outcome").asText());
        assertEquals("2026-11-26", result.get("inspectedOn").asText());
        assertTrue(root.get("targets").get(0).get("result").isNull());
        List<String> rows = Files.readAllLines(written.get(1).file(), StandardCharsets.UTF_8);
        assertTrue(rows.get(0).endsWith(",检查结果,检查完成日期"), rows.get(0));
        assertTrue(rows.get(2).endsWith("," + result.get("outcomeName").asText() + ",2026-11-26"), rows.get(2));
        String pdf = text(written.get(0).file());
        // a table cell that wraps extracts line by line across the row: its first words suffice
        assertTrue(pdf.contains(result.get("outcomeName").asText().substring(0, 4)) && pdf.contains("尚未录入"), pdf);
        String all = Files.readString(written.get(1).file()) + Files.readString(written.get(2).file()) + pdf;
        assertFalse(all.contains("13900001111") || all.contains("王某某"), "the note, which may name people, is not published");
        assertPdfA3b(written.get(0).file());
    }
}
