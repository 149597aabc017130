package org.sortes.draw;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import org.sortes.directory.MarketSubject;
import org.sortes.directory.RiskClass;

/**
 * The canonical subjects register of protocol 2: every subject of the register version a session
 * froze (retired ones too), one line each, sorted by id (code points). It holds exactly the facts the
 * freeze reads, so an auditor given this file recomputes the candidate list; names and addresses
 * are not in it. Its SHA-256 is the register digest bound in the commitment.
 *
 * <p>Line: id, retired (1/0), region, type, industry, tags (sorted, ";"), registration status, last
 * inspected on, last drawn on, serious violation (1/0), abnormal (1/0), complaints, risk class,
 * last inspectors (sorted, ";"): fourteen fields separated by TAB, ended by LF.
 */
public final class RegisterLines {
    public static final int FIELDS = 14;

    private RegisterLines() {
    }

    /** A subject as the freeze sees it: the register's facts and the day it was last drawn (or null). */
    public record Entry(MarketSubject subject, LocalDate lastDrawnOn) {
    }

    public static String line(MarketSubject s, LocalDate lastDrawnOn) {
        String[] f = {s.code(), s.retired() ? "1" : "0", nz(s.regionCode()), nz(s.subjectType()), nz(s.industry()),
                joined(s.tags()), nz(s.registrationStatus()), date(s.lastInspectedOn()), date(lastDrawnOn),
                s.seriousViolation() ? "1" : "0", s.abnormalOperations() ? "1" : "0", String.valueOf(s.complaints()),
                s.riskClass() == null ? "" : s.riskClass().name(), joined(s.lastInspectors())};
        for (String x : f) {
            if (x.indexOf('\t') >= 0 || x.indexOf('\n') >= 0 || x.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("subject " + s.code().strip() + ": a field holds a tab or line break");
            }
        }
        return String.join("\t", f) + "\n";
    }

    private static String joined(List<String> values) {
        for (String v : values) {
            if (v.indexOf(';') >= 0) {
                throw new IllegalArgumentException("a list value holds \";\": " + v);
            }
        }
        return String.join(";", values.stream().sorted(CodePoints.ORDER).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** One line read back (without its LF); a malformed line names its number. */
    public static Entry parse(String line, long lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != FIELDS || f[0].isEmpty()) {
            throw new IllegalArgumentException("register line " + lineNo + ": expected " + FIELDS + " fields");
        }
        try {
            MarketSubject s = new MarketSubject(f[0], null, null, null, blank(f[3]), blank(f[4]), blank(f[2]), null,
                    null, blank(f[6]), null, f[12].isEmpty() ? null : RiskClass.valueOf(f[12]), flag(f[10], lineNo),
                    flag(f[9], lineNo), Integer.parseInt(f[11]), day(f[7]), list(f[5]), list(f[13]),
                    flag(f[1], lineNo));
            return new Entry(s, day(f[8]));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("register line " + lineNo + ": a number or date is malformed");
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("register line")) {
                throw e;
            }
            throw new IllegalArgumentException("register line " + lineNo + ": " + e.getMessage());
        }
    }

    private static boolean flag(String v, long lineNo) {
        if (!v.equals("0") && !v.equals("1")) {
            throw new IllegalArgumentException("register line " + lineNo + ": a flag must be 0 or 1");
        }
        return v.equals("1");
    }

    private static String blank(String v) {
        return v.isEmpty() ? null : v;
    }

    private static LocalDate day(String v) {
        return v.isEmpty() ? null : LocalDate.parse(v);
    }

    private static List<String> list(String v) {
        return v.isEmpty() ? List.of() : List.of(v.split(";", -1));
    }

    /** SHA-256 over lines given one at a time, in order; refuses lines out of order or repeated. */
    public static final class Digester {
        private final MessageDigest md = Sha256.newDigest();
        private String last;
        private long lines;

        public void add(String line, String id) {
            if (last != null && CodePoints.compare(last, id) >= 0) {
                throw new IllegalArgumentException("register is not sorted by id without repeats at " + id);
            }
            last = id;
            lines++;
            md.update(line.getBytes(StandardCharsets.UTF_8));
        }

        public long lines() {
            return lines;
        }

        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
