package org.sortes.imports;

import org.sortes.progress.Progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.directory.Problem;

class CsvTableReaderTest {
    @TempDir
    Path dir;

    private static final String TEXT = "名称,住所\r\n兰州金城百货有限公司,甘肃省兰州市城关区庆阳路1号\r\n";

    private List<List<String>> readAll(Path file, Charset forced, CsvTableReader[] out) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        CsvTableReader reader = new CsvTableReader(file, forced);
        reader.read(new TableReader.RowHandler() {
            @Override
            public void header(List<String> names) {
                rows.add(names);
            }

            @Override
            public void row(long rowNumber, List<String> cells) {
                rows.add(cells);
            }
        }, Progress.NONE);
        out[0] = reader;
        return rows;
    }

    @Test
    void read_gbkBytesFromChineseExcel_detectedAsGb18030() throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, TEXT.getBytes(Charset.forName("GBK")));
        CsvTableReader[] r = new CsvTableReader[1];
        List<List<String>> rows = readAll(file, null, r);
        assertEquals("GB18030", r[0].encodingName());
        assertEquals(List.of("兰州金城百货有限公司", "甘肃省兰州市城关区庆阳路1号"), rows.get(1));
    }

    @Test
    void read_utf8WithBom_bomNotInFirstHeader() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(file, all);
        CsvTableReader[] r = new CsvTableReader[1];
        List<List<String>> rows = readAll(file, null, r);
        assertEquals("UTF-8", r[0].encodingName());
        assertEquals("名称", rows.get(0).get(0));
    }

    @Test
    void read_plainUtf8_detected() throws Exception {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, TEXT);
        CsvTableReader[] r = new CsvTableReader[1];
        assertEquals("甘肃省兰州市城关区庆阳路1号", readAll(file, null, r).get(1).get(1));
        assertEquals("UTF-8", r[0].encodingName());
    }

    @Test
    void read_gbkFileForcedAsUtf8_refusedWithClearProblem() throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, TEXT.getBytes(Charset.forName("GBK")));
        ImportException e = assertThrows(ImportException.class,
                () -> readAll(file, StandardCharsets.UTF_8, new CsvTableReader[1]));
        assertEquals("undecodable", e.problem().code());
    }

    @Test
    void read_tabSeparated_separatorDetected() throws Exception {
        Path file = dir.resolve("tab.csv");
        Files.writeString(file, "名称\t住所\n甲,乙公司\t某地\n");
        assertEquals(List.of("甲,乙公司", "某地"), readAll(file, null, new CsvTableReader[1]).get(1));
    }

    @Test
    void read_digestIsOfWholeFile() throws Exception {
        Path file = dir.resolve("utf8.csv");
        Files.writeString(file, TEXT);
        CsvTableReader[] r = new CsvTableReader[1];
        readAll(file, null, r);
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(expected, r[0].sha256());
    }
    private Problem refused(String text) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, text);
        return assertThrows(ImportException.class, () -> readAll(file, null, new CsvTableReader[1])).problem();
    }

    @Test
    void aQuoteThatSwallowsRows_isRefusedAtTheRowItOpens_namingTheRowItCloses() throws Exception {
        // row 3 opens a quote that closes on row 5: rows 3 to 5 became one value
        Problem p = refused("名称,住所\n甲公司,某地\n\"乙公司,某地\n丙公司,某地\n丁公司\",某地\n戊公司,某地\n");
        assertEquals("quote_spans_lines", p.code());
        assertEquals(3, p.row());
        assertEquals("名称", p.column());
        assertEquals("5", p.detail());
        // the same with Windows line ends, and in the second column
        p = refused("名称,住所\r\n甲公司,\"某地\r\n乙公司,某地\"\r\n丙公司,某地\r\n");
        assertEquals(2, p.row());
        assertEquals("住所", p.column());
        assertEquals("3", p.detail());
        // old Mac line ends: carriage returns only
        p = refused("名称,住所\r甲公司,某地\r\"乙公司,某地\r丙公司,某地\r丁公司\",某地\r");
        assertEquals(3, p.row());
        assertEquals("5", p.detail());
        // never closed: it runs to the end of the file, whose last line break is not a row more
        p = refused("名称,住所\n甲公司,某地\n\"乙公司,某地\n丙公司,某地\n");
        assertEquals(3, p.row());
        assertEquals("4", p.detail());
        // past the header's columns, the column is named by its number
        p = refused("名称,住所\n甲公司,某地,\"多\n余\"\n");
        assertEquals("3", p.column());
        assertEquals("3", p.detail());
    }

    @Test
    void separator_theHeadersMostFrequent_tiesGoToTheComma() throws Exception {
        Path file = dir.resolve("sep.csv");
        Files.writeString(file, "名称;住所;电话\n甲,乙公司;某地;1\n");
        assertEquals(List.of("甲,乙公司", "某地", "1"), readAll(file, null, new CsvTableReader[1]).get(1));
        // as many semicolons as commas: commas
        Files.writeString(file, "名称;住所,电话\n甲;乙,1\n");
        assertEquals(List.of("甲;乙", "1"), readAll(file, null, new CsvTableReader[1]).get(1));
        // as many tabs as commas: commas; as many tabs as semicolons, more than commas: tabs
        Files.writeString(file, "名称\t住所,电话\n甲\t乙,1\n");
        assertEquals(List.of("甲\t乙", "1"), readAll(file, null, new CsvTableReader[1]).get(1));
        Files.writeString(file, "名称\t住所;电话\n甲\t乙;1\n");
        assertEquals(List.of("甲", "乙;1"), readAll(file, null, new CsvTableReader[1]).get(1));
        // only the header line counts, not the rows under it
        Files.writeString(file, "名称,住所\n甲;乙;丙;丁,某地\n");
        assertEquals(List.of("甲;乙;丙;丁", "某地"), readAll(file, null, new CsvTableReader[1]).get(1));
    }

    @Test
    void rowsAreNumberedAsTheFileIsLined_andProgressRisesToTheFilesSize() throws Exception {
        Path file = dir.resolve("many.csv");
        StringBuilder text = new StringBuilder("名称,住所\n");
        for (int i = 0; i < 3000; i++) {
            text.append("公司").append(i).append(i == 5 ? ",\"某\n地\"\n" : ",某地\n");
        }
        // a value with a line break inside its quotes is refused; without it, the rows
        Files.writeString(file, text.toString().replace(",\"某\n地\"\n", ",某地\n\n"));
        List<Long> numbers = new ArrayList<>();
        org.sortes.testutil.RecordedProgress progress = new org.sortes.testutil.RecordedProgress();
        List<long[]> reported = progress.reports;
        CsvTableReader reader = new CsvTableReader(file, null);
        reader.read(new TableReader.RowHandler() {
            @Override
            public void header(List<String> names) {
            }

            @Override
            public void row(long rowNumber, List<String> cells) {
                numbers.add(rowNumber);
            }
        }, progress);
        assertEquals(3000, numbers.size());
        assertEquals(2L, numbers.get(0));
        assertEquals(9L, numbers.get(6), "the empty line after row 7 of the file is skipped, and counted");
        long size = Files.size(file);
        assertTrue(reported.size() >= 3, "a report every 1,024 rows and one at the end");
        for (int i = 0; i < reported.size(); i++) {
            assertEquals(size, reported.get(i)[1]);
            assertTrue(reported.get(i)[0] > 0 && reported.get(i)[0] <= size, "bytes read so far");
            assertTrue(i == 0 || reported.get(i)[0] >= reported.get(i - 1)[0], "never backwards");
        }
        assertTrue(reported.get(0)[0] < size, "the first report is part of the way");
        assertEquals(size, reported.get(reported.size() - 1)[0]);
    }
}
