package org.sortes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.sortes.directory.Problem;
import org.sortes.progress.CancelledException;
import org.sortes.progress.Progress;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx workbook as a stream of rows (POI's SAX event model), so that a
 * million rows need no more memory than a few. Date cells come out as ISO dates. POI's zip-bomb
 * guard (minimum inflate ratio) stays at its default.
 */
public final class XlsxTableReader implements TableReader {
    private final Path file;
    private String sha256;

    public XlsxTableReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler, Progress progress) throws IOException {
        String name = file.getFileName().toString();
        sha256 = digest(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportException(Problem.fileError("empty", name, ""), null);
            }
            try (InputStream sheet = sheets.next()) {
                Collector collector = new Collector(handler, progress, name);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector,
                        new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
                if (!collector.sawHeader) {
                    throw new ImportException(Problem.fileError("empty", name, ""), null);
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof ImportException || e instanceof CancelledException) {
                throw (RuntimeException) e;
            }
            if (e.getCause() instanceof CancelledException c) {
                throw c;
            }
            String code = LibraryText.mentions(e, "Zip bomb") || LibraryText.mentions(e, "exceed") ? "xlsx_too_large"
                    : "xlsx_unreadable";
            throw LibraryText.logged(new ImportException(Problem.fileError(code, name, ""), e));
        }
    }

    private static String digest(Path file) throws IOException {
        MessageDigest sha = CsvTableReader.sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public String encodingName() {
        return "xlsx";
    }

    @Override
    public String sha256() {
        return sha256;
    }

    /** Turns POI's cell callbacks into whole rows, filling gaps left by empty cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final Progress progress;
        private final String fileName;
        private final List<String> cells = new ArrayList<>();
        private int rowNum;
        private boolean sawHeader;
        private long rows;

        Collector(RowHandler handler, Progress progress, String fileName) {
            this.handler = handler;
            this.progress = progress;
            this.fileName = fileName;
        }

        @Override
        public void startRow(int rowNum) {
            this.rowNum = rowNum;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            List<String> row = new ArrayList<>(cells);
            row.replaceAll(c -> c == null ? "" : c);
            if (!sawHeader) {
                sawHeader = true;
                handler.header(row);
            } else {
                handler.row(rowNum + 1L, row);
            }
            if ((++rows & 0x3ff) == 0) {
                progress.checkCancelled();
                // the sheet's row count is not known up front: report rows read
                progress.update(rows, 0);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }

        /**
         * A cell's column from its reference, refused unless it is a real one (A to XFD): POI
         * wraps a reference such as ZZZZZZZ2 round into some real column.
         */
        private int column(String reference) {
            int letters = 0;
            while (letters < reference.length() && letters < 4
                    && Character.isLetter(reference.charAt(letters)) && reference.charAt(letters) < 128) {
                letters++;
            }
            int col = -1;
            if (letters >= 1 && letters <= 3) {
                col = CellReference.convertColStringToIndex(reference.substring(0, letters));
            }
            // a column already filled means cells out of order or twice: either would shift values
            if (col < 0 || col > MAX_COLUMN || col < cells.size()) {
                throw new ImportException(new Problem(Problem.Severity.ERROR, "xlsx_cell_reference", fileName,
                        rowNum + 1L, "", reference.length() > 40 ? reference.substring(0, 40) + "…" : reference, ""), null);
            }
            return col;
        }
    }

    private static final int MAX_COLUMN = 16_383;

    /** Formats date cells as yyyy-MM-dd whatever their display format; other cells as displayed. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            // 1 is 1900-01-01 and 2958465 is 9999-12-31: beyond them POI wraps round to 1899-12-31,
            // so the number is kept and refused later as "not a valid date"
            if (DateUtil.isADateFormat(formatIndex, formatString) && value >= 1 && value < 2_958_466) {
                LocalDateTime t = DateUtil.getLocalDateTime(value);
                return t.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }
}
