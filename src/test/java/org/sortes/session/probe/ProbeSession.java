package org.sortes.session.probe;

/** Breaks the rules on purpose: a service holding JavaFX state and writing raw SQL. */
public class ProbeSession {
    public final javafx.beans.property.StringProperty state = new javafx.beans.property.SimpleStringProperty();

    public int sql(java.sql.Connection c) throws java.sql.SQLException {
        return c.createStatement().executeUpdate("UPDATE draw_sessions SET state = 'drawn'");
    }

    public Object pdf() {
        return new com.itextpdf.kernel.geom.Rectangle(1, 1);
    }
}
