package org.sortes.imports;

import static org.sortes.directory.SpreadsheetCells.safe;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sortes.directory.Problem;
import org.sortes.i18n.I18n;

/**
 * Writes a problem list as CSV (UTF-8 with BOM so that Excel opens it right). Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (SpreadsheetCells).
 */
public final class ProblemsCsv {
    private ProblemsCsv() {
    }

    /** Written under a temporary name and renamed when whole, so no half list is left under the name. */
    public static void write(List<Problem> problems, Path target, I18n i18n) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            writeTo(problems, partial, i18n);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void writeTo(List<Problem> problems, Path target, I18n i18n) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (CsvWriter csv = CsvWriter.builder().build(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                csv.writeRecord(i18n.get("problems.csv.severity"), i18n.get("problems.csv.file"),
                        i18n.get("problems.csv.row"), i18n.get("problems.csv.column"), i18n.get("problems.csv.value"),
                        i18n.get("problems.csv.message"));
                for (Problem p : problems) {
                    csv.writeRecord(i18n.get(p.isError() ? "severity.error" : "severity.warning"), safe(p.file()),
                            p.row() > 0 ? Long.toString(p.row()) : "", safe(p.column()), safe(p.value()),
                            safe(ProblemWords.sentence(p, i18n)));
                }
            }
        }
    }
}
