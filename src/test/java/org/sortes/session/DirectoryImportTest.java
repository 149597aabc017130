package org.sortes.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;
import org.sortes.directory.RegisterQuery;
import org.sortes.progress.CancelledException;
import org.sortes.progress.Progress;
import org.sortes.testutil.Csv;
import org.sortes.testutil.TestWorkspace;

class DirectoryImportTest {
    private static final org.sortes.i18n.I18n ZH = org.sortes.i18n.I18n.forLanguage("zh");
    @TempDir
    Path dir;
    TestWorkspace ws;

    @BeforeEach
    void open() {
        ws = new TestWorkspace(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private Path subjects(String name, int from, int to, String... extra) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = from; i < to; i++) {
            lines.add(Csv.subject(i, "兰州测试商贸有限公司" + i));
        }
        lines.addAll(List.of(extra));
        return Csv.write(dir, name, StandardCharsets.UTF_8, lines.toArray(String[]::new));
    }

    private List<DirectoryVersion> importFile(Path file) {
        try (PendingImport pending = ws.directory.previewImport(Register.SUBJECTS, file, "auto", Progress.NONE)) {
            ImportPreview p = pending.preview();
            assertTrue(p.canCommit(), () -> p.problems().toString());
            return pending.commit();
        }
    }

    private ImportPreview previewOnly(Register register, Path file) {
        try (PendingImport pending = ws.directory.previewImport(register, file, "auto", Progress.NONE)) {
            return pending.preview();
        }
    }

    @Test
    void import_secondVersion_countsNewChangedUnchangedRetired_andOldVersionReadable() throws Exception {
        DirectoryVersion v1 = importFile(subjects("v1.csv", 0, 10)).get(0);
        assertEquals(10, v1.added());

        // v2: rows 0-7 kept (row 3 renamed), 8-9 gone, 10-11 new
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < 8; i++) {
            lines.add(Csv.subject(i, i == 3 ? "改名后的公司" : "兰州测试商贸有限公司" + i));
        }
        lines.add(Csv.subject(10, "新公司十"));
        lines.add(Csv.subject(11, "新公司十一"));
        Path v2file = Csv.write(dir, "v2.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        PendingImport pending = ws.directory.previewImport(Register.SUBJECTS, v2file, "auto", Progress.NONE);
        ImportPreview preview = pending.preview();
        assertEquals(List.of(2L, 1L, 7L, 2L), List.of(preview.added(), preview.changed(), preview.unchanged(), preview.retired()));
        DirectoryVersion v2 = pending.commit().get(0);
        assertEquals(List.of(2L, 1L, 7L, 2L), List.of(v2.added(), v2.changed(), v2.unchanged(), v2.retired()));

        assertEquals(10, ws.directory.counts().get(Register.SUBJECTS));
        RegisterQuery atV1 = new RegisterQuery(Register.SUBJECTS, v1.id(), "", Map.of(), true, null, false, 0, 100);
        List<DirectoryRecord> old = ws.directory.query(atV1).rows();
        assertEquals(10, old.size());
        assertTrue(old.stream().allMatch(r -> !r.retired()));
        assertEquals("兰州测试商贸有限公司3", old.stream().filter(r -> r.key().equals(Csv.uscc(3))).findFirst().orElseThrow().get("name"));
        assertEquals("改名后的公司", ws.directory.find(Register.SUBJECTS, Csv.uscc(3)).orElseThrow().get("name"));
        assertTrue(ws.directory.find(Register.SUBJECTS, Csv.uscc(8)).orElseThrow().retired());
    }

    @Test
    void findAll_byKey_atAnOldVersion_givesThatVersionsRows_notTheCurrentOnes() throws Exception {
        DirectoryVersion v1 = importFile(subjects("v1.csv", 0, 10)).get(0);
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < 8; i++) { // 3 renamed, 8 and 9 gone, 10 new
            lines.add(Csv.subject(i, i == 3 ? "改名后的公司" : "兰州测试商贸有限公司" + i));
        }
        lines.add(Csv.subject(10, "新公司十"));
        DirectoryVersion v2 = importFile(Csv.write(dir, "v2.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new))).get(0);
        java.util.Set<String> keys = java.util.Set.of(Csv.uscc(1), Csv.uscc(3), Csv.uscc(8), Csv.uscc(10), "91620100NOTTHERE00");

        Map<String, DirectoryRecord> atV1 = ws.store.findAll(Register.SUBJECTS, v1.id(), keys);
        assertEquals(java.util.Set.of(Csv.uscc(1), Csv.uscc(3), Csv.uscc(8)), atV1.keySet());
        assertEquals("兰州测试商贸有限公司3", atV1.get(Csv.uscc(3)).get("name"), "the name as it was at version 1");
        assertFalse(atV1.get(Csv.uscc(8)).retired(), "not yet retired at version 1");
        // one field alone, as the minutes read the drawn subjects' names: the same rows, the same versions
        assertEquals(Map.of(Csv.uscc(1), "兰州测试商贸有限公司1", Csv.uscc(3), "兰州测试商贸有限公司3",
                Csv.uscc(8), "兰州测试商贸有限公司8"), ws.store.findField(Register.SUBJECTS, v1.id(), keys, "name"));
        assertEquals(Map.of(Csv.uscc(1), "兰州测试商贸有限公司1", Csv.uscc(3), "改名后的公司",
                Csv.uscc(8), "兰州测试商贸有限公司8", Csv.uscc(10), "新公司十"),
                ws.store.findField(Register.SUBJECTS, v2.id(), keys, "name"));
        assertThrows(IllegalArgumentException.class,
                () -> ws.store.findField(Register.SUBJECTS, 0, keys, "name FROM subjects --"));
        // several fields, as the letters read name and address: what the whole records hold, at each version
        for (long version : new long[] {v1.id(), v2.id(), 0}) {
            Map<String, DirectoryRecord> records = ws.store.findAll(Register.SUBJECTS, version, keys);
            Map<String, String[]> fields = ws.store.findFields(Register.SUBJECTS, version, keys, "name", "address");
            assertEquals(records.keySet(), fields.keySet());
            records.forEach((key, r) -> org.junit.jupiter.api.Assertions.assertArrayEquals(
                    new String[] {r.get("name"), r.get("address")}, fields.get(key), key + " at version " + version));
        }

        for (long version : new long[] {v2.id(), 0}) {
            Map<String, DirectoryRecord> now = ws.store.findAll(Register.SUBJECTS, version, keys);
            assertEquals(java.util.Set.of(Csv.uscc(1), Csv.uscc(3), Csv.uscc(8), Csv.uscc(10)), now.keySet());
            assertEquals("改名后的公司", now.get(Csv.uscc(3)).get("name"));
            assertTrue(now.get(Csv.uscc(8)).retired(), "retired in version 2");
        }
    }

    @Test
    void import_sameFileAgain_allUnchanged() throws Exception {
        Path file = subjects("v1.csv", 0, 5);
        importFile(file);
        ImportPreview again = previewOnly(Register.SUBJECTS, file);
        assertEquals(5, again.unchanged());
        assertEquals(0, again.added() + again.changed() + again.retired());
    }

    @Test
    void import_cancelledHalfway_workspaceExactlyAsBefore() throws Exception {
        importFile(subjects("base.csv", 0, 3));
        List<DirectoryVersion> before = ws.directory.versions(Register.SUBJECTS);
        Path big = subjects("big.csv", 100, 6100);
        int[] calls = {0};
        Progress cancelLater = new Progress() {
            @Override
            public void update(long done, long total) {
                calls[0]++;
            }

            @Override
            public boolean isCancelled() {
                return calls[0] >= 3; // after about 3,000 rows were written
            }
        };
        assertThrows(CancelledException.class, () -> ws.directory.previewImport(Register.SUBJECTS, big, "auto", cancelLater));
        assertTrue(calls[0] >= 3);
        assertEquals(before, ws.directory.versions(Register.SUBJECTS));
        assertEquals(3, ws.directory.counts().get(Register.SUBJECTS));
        assertEquals(3, ws.store.currentState(Register.SUBJECTS).size());
    }

    @Test
    void pendingImport_invisibleUntilCommit_discardedOnClose() throws Exception {
        importFile(subjects("base.csv", 0, 3));
        Path next = subjects("next.csv", 0, 8);
        try (PendingImport pending = ws.directory.previewImport(Register.SUBJECTS, next, "auto", Progress.NONE)) {
            assertEquals(5, pending.preview().added());
            assertEquals(3, ws.directory.counts().get(Register.SUBJECTS)); // readers still see the old version
        }
        assertEquals(3, ws.directory.counts().get(Register.SUBJECTS));
        assertEquals(1, ws.directory.versions(Register.SUBJECTS).size());
        try (PendingImport pending = ws.directory.previewImport(Register.SUBJECTS, next, "auto", Progress.NONE)) {
            pending.commit();
            assertThrows(IllegalStateException.class, pending::commit);
        }
        assertEquals(8, ws.directory.counts().get(Register.SUBJECTS));
    }

    @Test
    void preview_withErrors_cannotCommitAndNothingWritten() throws Exception {
        Path file = subjects("bad.csv", 0, 5, Csv.subject(1, "重复"), "XYZ,坏代码公司,有限责任公司,零售,620102,存续,2015-06-01,B,否,否,0");
        try (PendingImport pending = ws.directory.previewImport(Register.SUBJECTS, file, "auto", Progress.NONE)) {
            ImportPreview p = pending.preview();
            assertFalse(p.canCommit());
            assertEquals(2, p.errors());
            assertThrows(IllegalStateException.class, pending::commit);
        }
        assertEquals(0, ws.directory.counts().get(Register.SUBJECTS));
        assertTrue(ws.directory.versions(Register.SUBJECTS).isEmpty());
    }

    @Test
    void preview_missingColumns_reportedNotThrown() throws Exception {
        Path file = Csv.write(dir, "x.csv", StandardCharsets.UTF_8, "名称,住所", "甲,乙");
        ImportPreview p = previewOnly(Register.SUBJECTS, file);
        assertFalse(p.canCommit());
        assertEquals("missing_columns", p.problems().get(0).code());
    }

    @Test
    void import_inspectorsWithNewDepartment_departmentAddedInSameVersionCommit() throws Exception {
        Path file = Csv.write(dir, "staff.csv", java.nio.charset.Charset.forName("GBK"),
                "执法证号,姓名,所属部门,执法证有效期至,状态,回避对象",
                "62SJ0001,王伟,某市市场监管局,2027-12-31,在岗," + Csv.uscc(1),
                "62SJ0002,李娜,某市市场监管局,2025-01-01,离岗,");
        PendingImport pending = ws.directory.previewImport(Register.INSPECTORS, file, "auto", Progress.NONE);
        ImportPreview p = pending.preview();
        assertEquals("GB18030", p.facts().encoding());
        assertEquals(java.util.Set.of("某市市场监管局"), p.newDepartments());
        List<DirectoryVersion> versions = pending.commit();
        assertEquals(2, versions.size());
        assertEquals(1, ws.directory.counts().get(Register.DEPARTMENTS));
        var inspector = org.sortes.directory.Inspector.from(ws.directory.find(Register.INSPECTORS, "62SJ0001").orElseThrow());
        assertEquals(List.of(Csv.uscc(1)), inspector.conflicts());
        assertTrue(inspector.onDuty());
    }

    @Test
    void import_xlsxWithDateCells_readAsIsoDates() throws Exception {
        Path file = dir.resolve("subjects.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("名录");
            String[] header = Csv.SUBJECT_HEADER.split(",");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            for (int r = 1; r <= 3; r++) {
                String[] cells = Csv.subject(r, "表格公司" + r).split(",");
                var row = sheet.createRow(r);
                for (int i = 0; i < cells.length; i++) {
                    if (header[i].equals("成立日期")) {
                        var c = row.createCell(i);
                        c.setCellValue(java.time.LocalDate.of(2019, 5, r));
                        c.setCellStyle(dateStyle);
                    } else if (header[i].equals("投诉举报次数")) {
                        row.createCell(i).setCellValue(r);
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            wb.write(out);
        }
        importFile(file);
        MarketSubject s = MarketSubject.from(ws.directory.find(Register.SUBJECTS, Csv.uscc(2)).orElseThrow());
        assertEquals(java.time.LocalDate.of(2019, 5, 2), s.establishedOn());
        assertEquals(2, s.complaints());
    }

    @Test
    void saveAndRetire_eachMakesVersion_retiredHiddenButKept() {
        String[] values = new String[Register.SUBJECTS.fields().size()];
        values[0] = Csv.uscc(42);
        values[2] = "手工新增公司";
        values[5] = "620102";
        values[11] = "否";
        ws.directory.save(Register.SUBJECTS, values, true);
        assertThrows(ValidationException.class, () -> ws.directory.save(Register.SUBJECTS, values, true));
        values[5] = "abc";
        ValidationException bad = assertThrows(ValidationException.class, () -> ws.directory.save(Register.SUBJECTS, values, false));
        assertTrue(bad.messages().get(0).contains("行政区划代码"));
        ws.directory.retire(Register.SUBJECTS, Csv.uscc(42));
        assertEquals(0, ws.directory.counts().get(Register.SUBJECTS));
        assertTrue(ws.directory.find(Register.SUBJECTS, Csv.uscc(42)).orElseThrow().retired());
        assertEquals(List.of("edit", "retire"), ws.directory.versions(Register.SUBJECTS).stream().map(DirectoryVersion::source).toList());
    }

    @Test
    void import_storesTextAsTextAndNumbersAsNumbers_soSearchAndSortWork() throws Exception {
        importFile(subjects("typed.csv", 0, 5));
        try (var c = ws.workspace.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT DISTINCT typeof(record_key), typeof(uscc), typeof(name), typeof(region_code),"
                     + " typeof(abnormal), typeof(complaints) FROM subjects")) {
            assertTrue(rs.next());
            assertEquals(List.of("text", "text", "text", "text", "integer", "integer"),
                    List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
            assertFalse(rs.next(), "every row the same types");
        }
        var found = ws.store.query(new RegisterQuery(Register.SUBJECTS, 0, "商贸有限公司3", Map.of(), false, "name", false, 0, 10));
        assertEquals(1, found.total());
        assertEquals("兰州测试商贸有限公司3", found.rows().get(0).get("name"));
    }

    @Test
    void forEach_readsEveryRecordExactlyAsTheQueryDoes_quotesBackslashesAndAllScripts() throws Exception {
        ws.directory.createDemo(Progress.NONE);
        Path odd = Csv.write(dir, "odd.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER,
                Csv.subject(1, "\"\"\"引号\"\"公司\""), Csv.subject(2, "反斜杠\\商行 \\n"), Csv.subject(3, "😀 表情 𠀀 公司"),
                Csv.subject(4, "O'Brien & 张 <b>"));
        importFile(odd);
        for (Register register : Register.values()) {
            for (long version : List.of(0L, 1L, 2L)) {
                List<DirectoryRecord> viaForEach = new ArrayList<>();
                ws.store.forEach(register, version, viaForEach::add);
                List<DirectoryRecord> viaQuery = ws.store.query(new RegisterQuery(register, version, "", Map.of(), true,
                        null, false, 0, Integer.MAX_VALUE)).rows();
                viaForEach.sort(java.util.Comparator.comparing(DirectoryRecord::key));
                List<DirectoryRecord> sorted = new ArrayList<>(viaQuery);
                sorted.sort(java.util.Comparator.comparing(DirectoryRecord::key));
                assertEquals(sorted, viaForEach, register + " version " + version);
            }
        }
        List<DirectoryRecord> subjects = new ArrayList<>();
        ws.store.forEach(Register.SUBJECTS, 0, subjects::add);
        assertTrue(subjects.stream().anyMatch(r -> "\"引号\"公司".equals(r.get("name"))));
        assertTrue(subjects.stream().anyMatch(r -> "😀 表情 𠀀 公司".equals(r.get("name"))));
    }

    @Test
    void import_controlCharacterInAQuotedField_refusedNamingRowAndColumn_nothingWritten() throws Exception {
        importFile(subjects("base.csv", 0, 3));
        List<DirectoryVersion> before = ws.directory.versions(Register.SUBJECTS);
        for (String hostile : List.of("\t", "\n", "\r", "\u0000", "\u001b[31m", "\u2028")) {
            Path file = dir.resolve("hostile.csv");
            java.nio.file.Files.writeString(file, Csv.SUBJECT_HEADER + "\n" + Csv.subject(1, "兰州测试商贸有限公司1") + "\n"
                    + Csv.subject(2, "\"兰州" + hostile + "测试商贸\"") + "\n", java.nio.charset.StandardCharsets.UTF_8);
            ImportPreview p = previewOnly(Register.SUBJECTS, file);
            assertTrue(!p.canCommit(), "refused: " + hostile.codePointAt(0));
            // a line break inside quotes is refused as a quote spanning lines, which names the same place
            var problem = p.problems().stream().filter(x -> x.code().equals("control_character")
                    || x.code().equals("quote_spans_lines")).findFirst().orElseThrow();
            assertEquals(3, problem.row());
            assertEquals("名称", problem.column());
        }
        assertEquals(before, ws.directory.versions(Register.SUBJECTS), "nothing written");
    }

    @Test
    void import_strayQuote_refusedNamingTheRowWhereItOpened_nothingRetired() throws Exception {
        importFile(subjects("base.csv", 0, 12));
        List<DirectoryVersion> before = ws.directory.versions(Register.SUBJECTS);
        // row 3's name opens a quote that the next row's name closes: the rows between would merge into one name
        List<String> lines = new ArrayList<>();
        lines.add(Csv.SUBJECT_HEADER);
        for (int i = 0; i < 12; i++) {
            lines.add(Csv.subject(i, i == 1 ? "\"兰州测试商贸有限公司1" : i == 11 ? "兰州\"测试11\"" : "兰州测试商贸有限公司" + i));
        }
        Path file = Csv.write(dir, "stray.csv", StandardCharsets.UTF_8, lines.toArray(String[]::new));
        ImportPreview p = previewOnly(Register.SUBJECTS, file);
        assertFalse(p.canCommit());
        assertTrue(p.fileRefused(), "no counts for a file that was not read to its end");
        assertEquals(0, p.retired());
        Problem problem = p.problems().stream().filter(x -> x.code().startsWith("quote_")).findFirst()
                .orElseThrow(() -> new AssertionError(p.problems().toString()));
        assertEquals(3, problem.row(), "the row where the quote opened");
        assertTrue(ImportProblems.sentence(problem, ZH).contains("第 3 行"), ImportProblems.sentence(problem, ZH));
        assertNoLibraryText(problem);

        // a quote left open to the end of the file
        Path open = Csv.write(dir, "open.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲公司"),
                Csv.subject(2, "\"乙公司"), Csv.subject(3, "丙公司"));
        Problem unclosed = previewOnly(Register.SUBJECTS, open).problems().get(0);
        assertEquals("quote_spans_lines", unclosed.code());
        assertEquals(3, unclosed.row());
        assertEquals(before, ws.directory.versions(Register.SUBJECTS), "nothing written");
    }

    @Test
    void import_recordBeyondTheLimit_refusedInTheUsersLanguageWithTheRow() throws Exception {
        Path file = Csv.write(dir, "long.csv", StandardCharsets.UTF_8, Csv.SUBJECT_HEADER, Csv.subject(1, "甲公司"),
                Csv.subject(2, "乙".repeat(1_200_000)));
        Problem problem = previewOnly(Register.SUBJECTS, file).problems().get(0);
        assertEquals("csv_record_too_long", problem.code(), problem.toString());
        assertEquals(3, problem.row());
        assertNoLibraryText(problem);
    }

    @Test
    void import_xlsxHostileCells_refusedOrKeptAsTheyAre() throws Exception {
        // a date cell far beyond 9999-12-31 must not become 1899-12-31
        Path huge = xlsx("huge-date.xlsx", 9.99e300, null);
        ImportPreview p = previewOnly(Register.SUBJECTS, huge);
        assertFalse(p.canCommit());
        Problem date = p.problems().stream().filter(x -> x.code().equals("date_invalid")).findFirst()
                .orElseThrow(() -> new AssertionError(p.problems().toString()));
        assertEquals(2, date.row());
        assertEquals("成立日期", date.column());
        assertFalse(date.value().contains("1899"), date.value());

        // a cell reference beyond column XFD must not land in a real column
        Path far = xlsx("far-cell.xlsx", 43_000, "ZZZZZZZ2");
        Problem cell = previewOnly(Register.SUBJECTS, far).problems().get(0);
        assertEquals("xlsx_cell_reference", cell.code(), cell.toString());
        assertEquals(2, cell.row());
        assertTrue(ImportProblems.sentence(cell, ZH).contains("ZZZZZZZ2"));

        // not a workbook at all: our words, not POI's
        Path junk = dir.resolve("junk.xlsx");
        Files.write(junk, "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.UTF_8));
        Problem broken = previewOnly(Register.SUBJECTS, junk).problems().get(0);
        assertEquals("xlsx_unreadable", broken.code());
        assertNoLibraryText(broken);
    }

    /** The Chinese message, its file name and format names aside, holds no English word. */
    private static void assertNoLibraryText(Problem problem) {
        String message = ImportProblems.sentence(problem, ZH).replace(problem.file(), "").replaceAll("CSV|Excel|xlsx", "");
        assertFalse(message.matches("(?s).*[A-Za-z]{3,}.*"), "no English library text: " + message);
    }

    /**
     * A one-row subjects workbook whose 成立日期 cell holds a number in date format; with a
     * reference, that cell's XML reference is rewritten to it afterwards.
     */
    private Path xlsx(String name, double dateValue, String reference) throws Exception {
        Path file = dir.resolve(name);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("名录");
            String[] header = Csv.SUBJECT_HEADER.split(",");
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] cells = Csv.subject(1, "表格公司").split(",");
            var row = sheet.createRow(1);
            for (int i = 0; i < cells.length; i++) {
                if (header[i].equals("成立日期")) {
                    var c = row.createCell(i);
                    c.setCellValue(dateValue);
                    c.setCellStyle(dateStyle);
                } else {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            wb.write(out);
        }
        if (reference != null) {
            rewriteZipEntry(file, "xl/worksheets/sheet1.xml", xml -> xml.replace("r=\"G2\"", "r=\"" + reference + "\""));
        }
        return file;
    }

    private static void rewriteZipEntry(Path file, String entry, java.util.function.UnaryOperator<String> change)
            throws Exception {
        Path copy = file.resolveSibling(file.getFileName() + ".tmp");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(file));
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    String changed = change.apply(xml);
                    assertFalse(xml.equals(changed), "the reference was rewritten");
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
