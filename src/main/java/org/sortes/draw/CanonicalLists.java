package org.sortes.draw;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The frozen lists as canonical byte streams (UTF-8, one line per entry, fields separated by TAB,
 * each line ended by LF, sorted by id), and their SHA-256 digests. The streams are also the list
 * files that travel beside a proof, so a list file's SHA-256 is its digest.
 */
public final class CanonicalLists {
    private CanonicalLists() {
    }

    public static String candidateLine(Candidate c) {
        return c.id() + "\t" + c.stratum() + "\t" + nz(c.region()) + "\t" + String.join(";", c.lastInspectors()) + "\n";
    }

    public static String inspectorLine(PoolInspector i) {
        return i.certificateNo() + "\t" + i.department() + "\t" + (i.onDuty() ? "1" : "0") + "\t"
                + (i.validUntil() == null ? "" : i.validUntil().toString()) + "\t" + nz(i.region()) + "\t"
                + String.join(";", i.conflicts()) + "\t" + nz(i.name()) + "\n";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Writes the candidates stream to out (may be a null stream) and returns its SHA-256. */
    public static String writeCandidates(List<Candidate> candidates, OutputStream out) {
        MessageDigest md = Sha256.newDigest();
        try (DigestOutputStream dos = new DigestOutputStream(new Unclosable(out), md)) {
            for (Candidate c : candidates) {
                check(c.id(), "id");
                dos.write(candidateLine(c).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String writeInspectors(List<PoolInspector> pool, OutputStream out) {
        MessageDigest md = Sha256.newDigest();
        try (DigestOutputStream dos = new DigestOutputStream(new Unclosable(out), md)) {
            for (PoolInspector i : pool) {
                check(i.certificateNo(), "certificate");
                check(i.department(), "department");
                check(nz(i.name()), "name");
                dos.write(inspectorLine(i).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static String candidatesDigest(List<Candidate> candidates) {
        return writeCandidates(candidates, OutputStream.nullOutputStream());
    }

    public static String inspectorsDigest(List<PoolInspector> pool) {
        return writeInspectors(pool, OutputStream.nullOutputStream());
    }

    /** Reads a candidates stream back; a malformed line is an error naming its number. */
    public static List<Candidate> parseCandidates(String text) {
        List<Candidate> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(text)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length != 4 || f[0].isEmpty()) {
                throw new IllegalArgumentException("candidate list line " + lineNo + " is malformed");
            }
            try {
                out.add(new Candidate(f[0], Integer.parseInt(f[1]), f[2].isEmpty() ? null : f[2],
                        f[3].isEmpty() ? List.of() : List.of(f[3].split(";"))));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("candidate list line " + lineNo + ": stratum is not a number");
            }
        }
        return out;
    }

    public static List<PoolInspector> parseInspectors(String text) {
        List<PoolInspector> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(text)) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length != 7 || f[0].isEmpty() || !(f[2].equals("1") || f[2].equals("0"))) {
                throw new IllegalArgumentException("inspector list line " + lineNo + " is malformed");
            }
            try {
                out.add(new PoolInspector(f[0], f[1], f[2].equals("1"),
                        f[3].isEmpty() ? null : java.time.LocalDate.parse(f[3]), f[4].isEmpty() ? null : f[4],
                        f[5].isEmpty() ? List.of() : List.of(f[5].split(";")), f[6].isEmpty() ? null : f[6]));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("inspector list line " + lineNo + ": bad date");
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("list does not end with a line feed (truncated?)");
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            out.add(text.substring(start, i));
            start = i + 1;
        }
        return out;
    }

    private static void check(String field, String what) {
        if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
            throw new IllegalArgumentException(what + " contains a tab or line break: " + field.strip());
        }
    }

    /** Keeps the caller's stream open when the digesting wrapper is closed. */
    private static final class Unclosable extends java.io.FilterOutputStream {
        Unclosable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
