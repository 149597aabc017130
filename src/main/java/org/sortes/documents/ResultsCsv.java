package org.sortes.documents;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sortes.directory.SpreadsheetCells;

/**
 * The spot-check results for publication (公示) as CSV: UTF-8 with a BOM so that Excel opens it
 * right, Chinese headers, cells that a spreadsheet would run as a formula neutralised.
 */
public final class ResultsCsv {
    private ResultsCsv() {
    }

    /** One published result. */
    public record Line(String subjectCode, String subjectName, String plan, String items, String departments,
                       String inspectedOn, String outcome, String note) {
    }

    public static void write(List<Line> lines, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                csv.writeRecord("统一社会信用代码/注册号", "市场主体名称", "抽查计划", "抽查事项", "检查实施机关", "检查完成日期",
                        "检查结果", "说明");
                for (Line l : lines) {
                    csv.writeRecord(SpreadsheetCells.safe(l.subjectCode()), SpreadsheetCells.safe(l.subjectName()),
                            SpreadsheetCells.safe(l.plan()), SpreadsheetCells.safe(l.items()),
                            SpreadsheetCells.safe(l.departments()), l.inspectedOn(), l.outcome(),
                            SpreadsheetCells.safe(l.note()));
                }
            }
        }
    }
}
