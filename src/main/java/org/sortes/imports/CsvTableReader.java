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
            for (CsvRecord record : csv) {
                if (first) {
                    handler.header(record.getFields());
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
            throw new ImportException(Problem.fileError("csv_malformed", file.getFileName().toString(),
                    e.getMessage()), e);
        }
        sha256 = HexFormat.of().formatHex(sha.digest());
    }

    private ImportException undecodable(Throwable e, long offset) {
        if (e instanceof CharacterCodingException) {
            return new ImportException(Problem.fileError("undecodable", file.getFileName().toString(),
                    used.name() + " @" + offset), e);
        }
        return new ImportException(Problem.fileError("unreadable", file.getFileName().toString(),
                String.valueOf(e.getMessage())), e);
    }

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
