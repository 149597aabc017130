package org.sortes.ui.probe;

import javafx.scene.control.Button;

/** Breaks the rules on purpose: a view model holding a node and deleting from the audit table. */
public class ProbeViewModel {
    public final Button button = new Button();

    public void wipe(org.sortes.store.Workspace workspace) throws java.sql.SQLException {
        try (java.sql.Connection c = workspace.connect()) {
            c.createStatement().executeUpdate("DELETE FROM audit_events");
        }
    }

    public Object audit(org.sortes.audit.AuditLog log) {
        return log;
    }
}
