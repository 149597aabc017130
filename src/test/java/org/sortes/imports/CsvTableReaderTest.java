package org.sortes.imports;

import org.sortes.progress.Progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
