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

    /** drawsAgain: how a backup's drawn sessions are drawn again before a restore (needs every service). */
    public IntegrityService(Workspace workspace, AuditLog audit, DrawsAgain drawsAgain) {
        this.workspace = workspace;
        this.records = new AuditRecords(workspace, audit);
        this.drawsAgain = drawsAgain;
    }

    public ChainCheck verifyChain() {
        AuditLog.ChainStatus s = records.verify();
        return new ChainCheck(s.intact(), s.events(), s.head(), s.firstBroken(), s.problem());
    }

    public List<AuditEntry> events(AuditQuery q) {
        return records.list(new AuditLog.Filter(q.sessionId(), q.type(), q.actor(), q.from(), q.to())).stream()
                .map(IntegrityService::entry).toList();
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

    public void backup(Path target, String why) {
        Backups.backup(workspace, target);
        record("backup", AuditLog.payload("file", target.toAbsolutePath().toString(), "reason", why));
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
