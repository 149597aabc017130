package org.sortes.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.sortes.directory.Problem;
import org.sortes.progress.Progress;

/**
 * Reads a CSV file with its encoding detected (or given) and its separator (comma, tab or
 * semicolon) taken from the header line. Bytes that do not decode in the chosen encoding stop the
 * read with a message, rather than turning names into replacement characters.
 */
public final class CsvTableReader implements TableReader {
    private final Path file;
    private final Charset forced;
    private Charset used;
    private String sha256;

    public CsvTableReader(Path file, Charset encodingOrNullForAuto) {
        this.file = file;
        this.forced = encodingOrNullForAuto;
    }

    @Override
    public void read(RowHandler handler, Progress progress) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[EncodingDetector.SAMPLE];
        int headLength;
        try (InputStream in = Files.newInputStream(file)) {
            headLength = in.readNBytes(head, 0, head.length);
        }
        EncodingDetector.Detected detected = EncodingDetector.detect(head, headLength);
        used = forced != null ? forced : detected.charset();
        char separator = separator(new String(head, 0, Math.min(headLength, 64 * 1024), used));

        MessageDigest sha = sha256Digest();
        CountingStream counted = new CountingStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try (InputStream digesting = new DigestInputStream(counted, sha)) {
            digesting.readNBytes(forced != null && forced != detected.charset() ? 0 : detected.bomLength());
            InputStreamReader reader = new InputStreamReader(digesting, used.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvReader<CsvRecord> csv = CsvReader.builder()
                    .fieldSeparator(separator)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .detectBomHeader(false)
                    .maxBufferSize(1 << 20)
                    .ofCsvRecord(reader);
            boolean first = true;
            long n = 0;
            List<String> header = List.of();
            for (CsvRecord record : csv) {
                refuseLineBreaks(record, header);
                if (first) {
                    header = record.getFields();
                    handler.header(header);
                    first = false;
                } else {
                    handler.row(record.getStartingLineNumber(), record.getFields());
                }
                if ((++n & 0x3ff) == 0) {
                    progress.checkCancelled();
                    progress.update(counted.count, size);
                }
            }
            if (first) {
                throw new ImportException(Problem.fileError("empty", file.getFileName().toString(), ""), null);
            }
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
            progress.update(size, size);
        } catch (UncheckedIOException e) {
            throw undecodable(e.getCause(), counted.count);
        } catch (CharacterCodingException e) {
            throw undecodable(e, counted.count);
        } catch (CsvParseException e) {
            throw malformed(e);
        }
        sha256 = HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A field holding a line break is a quote that opened and closed lines apart, most often a
     * stray quote that swallowed the rows after it: stop there, naming the row where it opened,
     * rather than let the rows it merged look retired.
     */
    private void refuseLineBreaks(CsvRecord record, List<String> header) {
        List<String> fields = record.getFields();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                long start = record.getStartingLineNumber();
                // a quote never closed runs to the end of the file, taking the last line break with it
                String body = field.endsWith("\n") || field.endsWith("\r") ? field.stripTrailing() : field;
                long lines = body.chars().filter(c -> c == '\n').count();
                if (lines == 0) {
                    lines = body.chars().filter(c -> c == '\r').count();
                }
                String column = i < header.size() ? header.get(i) : String.valueOf(i + 1);
                throw new ImportException(new Problem(Problem.Severity.ERROR, "quote_spans_lines",
                        file.getFileName().toString(), start, column, "", String.valueOf(start + lines)), null);
            }
        }
    }

    private ImportException undecodable(Throwable e, long offset) {
        if (e instanceof CharacterCodingException) {
            return new ImportException(Problem.fileError("undecodable", file.getFileName().toString(),
                    used.name()), e);
        }
        return LibraryText.logged(new ImportException(Problem.fileError("unreadable", file.getFileName().toString(),
                ""), e));
    }

    /**
     * FastCSV refuses text after a closing quote and records beyond its size limits; its text names
     * the line where the record started, which is where the user must look.
     */
    private ImportException malformed(CsvParseException e) {
        String name = file.getFileName().toString();
        String code = LibraryText.mentions(e, "closing quote") ? "quote_misplaced"
                : LibraryText.mentions(e, "exceed") || LibraryText.mentions(e, "surpassed")
                        || LibraryText.mentions(e, "maximum") ? "csv_record_too_long"
                : "csv_malformed";
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher line = LINE.matcher(String.valueOf(t.getMessage()));
            if (line.find()) {
                return LibraryText.logged(new ImportException(new Problem(Problem.Severity.ERROR, code,
                        name, Long.parseLong(line.group(1)), "", "", ""), e));
            }
        }
        return LibraryText.logged(new ImportException(Problem.fileError(code, name, ""), e));
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d{1,18})");

    private static char separator(String headText) {
        int end = headText.indexOf('\n');
        String line = end < 0 ? headText : headText.substring(0, end);
        long commas = line.chars().filter(c -> c == ',').count();
        long tabs = line.chars().filter(c -> c == '\t').count();
        long semicolons = line.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String encodingName() {
        return used == null ? "" : used.name();
    }

    @Override
    public String sha256() {
        return sha256;
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
