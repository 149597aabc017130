package org.sortes.session;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sortes.audit.AuditEvent;
import org.sortes.audit.AuditLog;
import org.sortes.store.AuditRecords;
import org.sortes.store.Backups;
import org.sortes.store.StoreException;
import org.sortes.store.Workspace;

/** The audit chain, the workspace's integrity, backups and restore. */
public final class IntegrityService {
    private final Workspace workspace;
    private final AuditRecords records;
    private final DrawsAgain drawsAgain;
    private final java.time.ZoneId zone;

    /** drawsAgain: how a backup's drawn sessions are drawn again before a restore (needs every service). */
    public IntegrityService(Workspace workspace, AuditLog audit, DrawsAgain drawsAgain) {
        this.workspace = workspace;
        this.records = new AuditRecords(workspace, audit);
        this.drawsAgain = drawsAgain;
        this.zone = audit.zone();
    }

    public ChainCheck verifyChain() {
        AuditLog.ChainStatus s = records.verify();
        return ChainCheck.of(s);
    }

    public List<AuditEntry> events(AuditQuery q) {
        return records.list(new AuditLog.Filter(q.sessionId(), q.type(), q.actor(), bound(q.from(), false),
                bound(q.to(), true))).stream().map(IntegrityService::entry).toList();
    }

    /**
     * A time the officer typed as a bound of the list: a day (2026-11-26), a time of day to the minute or
     * second (2026-11-26T08:00, or with a space for the T), with or without an offset (…+08:00; without, the log's own zone). A
     * bound is the whole of what it names: "to 2026-11-26" includes that day's last second, "to
     * …T10:00" the events of 10:00:59. Blank: no bound. Anything else is refused, said in words.
     */
    static java.time.Instant bound(String typed, boolean end, java.time.ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +(\\d)", "$1T$2"); // "2026-11-26 08:00" too
        try {
            if (t.length() == 10) {
                java.time.LocalDate day = java.time.LocalDate.parse(t);
                return end ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1) : day.atStartOfDay(zone).toInstant();
            }
            java.time.temporal.TemporalAccessor parsed = java.time.format.DateTimeFormatter.ISO_DATE_TIME.parse(t);
            java.time.LocalDateTime local = java.time.LocalDateTime.from(parsed);
            java.time.Instant at = parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                    ? local.atOffset(java.time.ZoneOffset.from(parsed)).toInstant() : local.atZone(zone).toInstant();
            if (!end) {
                return at;
            }
            // the end of the minute, or of the second, that was typed
            boolean seconds = t.length() > 16 && t.charAt(16) == ':';
            return at.plus(1, seconds ? java.time.temporal.ChronoUnit.SECONDS : java.time.temporal.ChronoUnit.MINUTES)
                    .minusNanos(1);
        } catch (java.time.DateTimeException e) {
            throw new org.sortes.i18n.ExplainedException("audit.badTime", "\"" + typed + "\" is not a time: write a day"
                    + " (2026-11-26) or a time of day (2026-11-26T08:00)", e, typed);
        }
    }

    private java.time.Instant bound(String typed, boolean end) {
        return bound(typed, end, zone);
    }

    private static AuditEntry entry(AuditEvent e) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.type(), e.sessionId(), e.payload(), e.hash());
    }

    /** Writes the log as JSON lines to a new file; returns how many events. */
    public long exportLog(Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            long n = records.exportJsonLines(w);
            w.close();
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            record("export", AuditLog.payload("what", "audit log", "file", target.getFileName().toString(), "events", n));
            return n;
        } catch (IOException e) {
            throw new StoreException("cannot export the audit log to " + target + ": " + e.getMessage(), e);
        }
    }

    /** PRAGMA integrity_check: "ok" when the file is sound. */
    public String integrity() {
        return Backups.integrity(workspace);
    }

    /** What started a backup, as the audit log records it (a code, said in words by "audit.value.trigger."). */
    public enum Trigger {
        AFTER_LOCK("afterLock"), COMMAND("command"), CONSOLE("console");

        private final String code;

        Trigger(String code) {
            this.code = code;
        }
    }

    public void backup(Path target, Trigger trigger) {
        Backups.backup(workspace, target);
        record("backup", AuditLog.payload("file", target.toAbsolutePath().toString(), "trigger", trigger.code));
    }

    /**
     * Replaces the workspace with a backup, only once a temporary copy of it has passed every check:
     * schema as built, integrity, the audit chain, and each drawn session's stored result equal to
     * its draw done again. The event is the first of the restored log.
     */
    public void restore(Path from) {
        Path copy = Backups.checkedCopy(workspace, from);
        try {
            drawsAgain.check(copy, from);
            Backups.restoreFromCopy(workspace, copy, from);
        } finally {
            Backups.deleteCopy(copy);
        }
        record("restore", AuditLog.payload("from", from.toAbsolutePath().toString()));
    }

    /** Draws every drawn session of a backup's copy again and refuses (StoreException) when one differs. */
    @FunctionalInterface
    public interface DrawsAgain {
        void check(Path copy, Path shownAs);
    }

    /** Records a setting that matters for accountability (e.g. who operates). */
    public void recordSetting(String key, String value) {
        record("settings", AuditLog.payload("key", key, "value", value));
    }

    private void record(String type, java.util.Map<String, Object> payload) {
        records.record(type, payload);
    }
}
