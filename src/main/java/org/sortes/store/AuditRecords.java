package org.sortes.store;

import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.sortes.audit.AuditEvent;
import org.sortes.audit.AuditLog;

/**
 * The audit log of a workspace on its own connections, for what is not part of another write: the
 * chain's check, the listing, the export, and events that record a setting, a backup or an export.
 */
public final class AuditRecords {
    private final Workspace workspace;
    private final AuditLog audit;

    public AuditRecords(Workspace workspace, AuditLog audit) {
        this.workspace = workspace;
        this.audit = audit;
    }

    public AuditLog.ChainStatus verify() {
        try (Connection c = workspace.connect()) {
            return AuditLog.verify(c);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    public List<AuditEvent> list(AuditLog.Filter filter) {
        try (Connection c = workspace.connect()) {
            return AuditLog.list(c, filter);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Every event as a JSON line, in order; how many. */
    public long exportJsonLines(Writer out) throws java.io.IOException {
        try (Connection c = workspace.connect()) {
            return AuditLog.exportJsonLines(c, out);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** Appends one event in a transaction of its own. */
    public void record(String type, Map<String, Object> payload) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            audit.append(c, type, null, payload);
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot write the audit log: " + e.getMessage(), e);
        }
    }
}
