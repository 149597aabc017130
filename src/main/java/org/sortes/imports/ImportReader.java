package org.sortes.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.FileFacts;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;
import org.sortes.progress.Progress;

/**
 * Reads a register file (CSV or XLSX) into validated records. Both the preview and the commit of
 * an import read through here, so they see the same records and the same problems.
 */
public final class ImportReader {

    private ImportReader() {
    }

    public static TableReader tableReader(Path file, String encoding) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxTableReader(file);
        }
        if (name.endsWith(".xls")) {
            throw new ImportException(Problem.fileError("xls_unsupported", file.getFileName().toString(), ""), null);
        }
        return new CsvTableReader(file, EncodingDetector.byName(encoding));
    }

    /**
     * Streams the file's valid records to the sink; every problem goes to the list. A file whose
     * header is unusable (missing or duplicate columns) stops with an ImportException.
     */
    public static FileFacts read(Register register, Path file, String encoding, ProblemList problems,
                                 Consumer<DirectoryRecord> sink, Progress progress) {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Problem.fileError("not_found", fileName, file.toString()), null);
        }
        TableReader reader = tableReader(file, encoding);
        long[] rows = {0};
        RowValidator[] validator = {null};
        try {
            reader.read(new TableReader.RowHandler() {
                @Override
                public void header(List<String> names) {
                    HeaderMapping mapping = HeaderMapping.of(register, names, fileName);
                    problems.addAll(mapping.problems());
                    if (!mapping.usable()) {
                        Problem first = mapping.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
                        throw new ImportException(first, null);
                    }
                    validator[0] = new RowValidator(mapping, fileName, problems);
                }

                @Override
                public void row(long rowNumber, List<String> cells) {
                    rows[0]++;
                    DirectoryRecord record = validator[0].validate(rowNumber, cells);
                    if (record != null) {
                        sink.accept(record);
                    }
                }
            }, progress);
        } catch (IOException e) {
            throw LibraryText.logged(new ImportException(Problem.fileError("unreadable", fileName, ""), e));
        }
        return new FileFacts(fileName, reader.sha256(), reader.encodingName(), rows[0]);
    }
}
