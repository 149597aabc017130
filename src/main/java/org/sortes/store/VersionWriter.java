package org.sortes.store;

import org.sortes.directory.DirectoryVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldType;
import org.sortes.directory.Register;
import org.sortes.directory.RowState;
import org.sortes.directory.RowHash;

/**
 * Writes one new version of a register inside a {@link DirectoryTransaction}. Records put here are
 * compared with the current version: new ones are added, changed ones replace the old row (which
 * stays as history), unchanged ones cost nothing.
 */
public final class VersionWriter {
    private static final int BATCH = 1_000;

    private final Connection db;
    private final Register register;
    private final Map<String, RowState> current;
    private final RowHash rowHash = new RowHash();
    private final long versionId;
    private final PreparedStatement insert;
    private final PreparedStatement close;
    private final PreparedStatement copyRetired;
    private int pending;
    private long added;
    private long changed;
    private long unchanged;
    private long retired;
    private long rows;
    private long warnings;
    private String fileSha256;
    private String encoding;
    /** Text values bound as UTF-8 bytes and cast to TEXT (true for every workspace Sortes creates). */
    private boolean utf8Binding;

    VersionWriter(Connection db, Register register, VersionInfo info, Map<String, RowState> current) {
        this.db = db;
        this.register = register;
        this.current = current;
        try {
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO directory_versions (register, created_at,"
                    + " actor, source, file_name, file_sha256, encoding, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, register.table());
                ps.setString(2, info.createdAt());
                ps.setString(3, info.actor());
                ps.setString(4, info.source());
                ps.setString(5, info.fileName());
                ps.setString(6, info.fileSha256());
                ps.setString(7, info.encoding());
                ps.setString(8, info.note());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    versionId = keys.getLong(1);
                }
            }
            List<Field> fields = register.fields();
            StringBuilder cols = new StringBuilder("record_key, from_version, row_hash, retired");
            // the version number is our own integer, the same for every row: written into the statement,
            // it saves a million bindings (each a call into the driver's native code) per million rows
            StringBuilder marks = new StringBuilder("?, " + versionId + ", ?, ?");
            utf8Binding = "UTF-8".equals(databaseEncoding());
            for (Field f : fields) {
                cols.append(", ").append(f.key());
                marks.append(utf8Binding && !isNumber(f) ? ", CAST(? AS TEXT)" : ", ?");
            }
            insert = db.prepareStatement("INSERT INTO " + register.table() + " (" + cols + ") VALUES (" + marks + ")");
            close = db.prepareStatement("UPDATE " + register.table() + " SET to_version = ? WHERE row_id = ?");
            String fieldCols = cols.substring("record_key, from_version, row_hash, retired".length());
            copyRetired = db.prepareStatement("INSERT INTO " + register.table() + " (record_key, from_version,"
                    + " row_hash, retired" + fieldCols + ") SELECT record_key, ?, row_hash, 1" + fieldCols
                    + " FROM " + register.table() + " WHERE row_id = ?");
        } catch (SQLException e) {
            throw DirectoryStore.fail("start a new version of " + register.table(), e);
        }
    }

    private String databaseEncoding() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA encoding")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean isNumber(Field f) {
        return f.type() == FieldType.FLAG || f.type() == FieldType.COUNT;
    }

    public long versionId() {
        return versionId;
    }

    /** Adds or updates a record in the new version. */
    public void put(DirectoryRecord record) {
        put(record, rowHash.of(record.values()));
    }

    /** As {@link #put(DirectoryRecord)}, with the fingerprint already computed (on another thread). */
    public void put(DirectoryRecord record, long hash) {
        put(record, hash, null);
    }

    /**
     * As {@link #put(DirectoryRecord)}, with the values already encoded as UTF-8 ({@link RowHash#utf8})
     * and fingerprinted, both on the reading thread. The writing thread is an import's bottleneck:
     * the bytes are bound as they are and SQL's CAST(? AS TEXT) reads them as text in the workspace's
     * encoding, UTF-8, so this thread encodes nothing (0.6-0.9 s less per million rows, measured).
     */
    public void put(DirectoryRecord record, long hash, byte[][] utf8Values) {
        rows++;
        String[] values = record.values();
        RowState old = current.isEmpty() ? null : current.remove(record.key());
        try {
            if (old == null) {
                added++;
            } else if (old.hash() == hash && old.retired() == record.retired()) {
                unchanged++;
                return;
            } else {
                changed++;
                closeRow(old.rowId());
            }
            insert.setString(1, record.key());
            insert.setLong(2, hash);
            insert.setInt(3, record.retired() ? 1 : 0);
            List<Field> fields = register.fields();
            for (int i = 0; i < values.length; i++) {
                Field f = fields.get(i);
                if (!utf8Binding || isNumber(f)) {
                    bindValue(insert, 4 + i, f, values[i]);
                } else {
                    insert.setBytes(4 + i, utf8Values != null ? utf8Values[i]
                            : values[i] == null ? null : values[i].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            insert.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        } catch (SQLException e) {
            throw DirectoryStore.fail("write " + register.table() + " " + record.key(), e);
        }
    }

    /** Retires one current record (kept as history, hidden from new draws). */
    public boolean retire(String key) {
        RowState old = current.remove(key);
        if (old == null || old.retired()) {
            return false;
        }
        try {
            flush();
            closeRow(old.rowId());
            close.executeBatch();
            copyRetired.setLong(1, versionId);
            copyRetired.setLong(2, old.rowId());
            copyRetired.executeUpdate();
            retired++;
            return true;
        } catch (SQLException e) {
            throw DirectoryStore.fail("retire " + key, e);
        }
    }

    /** Retires every current record that was not put: the file is the whole register. */
    public void retireMissing() {
        for (String key : List.copyOf(current.keySet())) {
            retire(key);
        }
    }

    public void addWarnings(long count) {
        warnings += count;
    }

    /** The imported file's digest and encoding, known once it has been read to the end. */
    public void recordFile(String sha256, String encodingName) {
        this.fileSha256 = sha256;
        this.encoding = encodingName;
    }

    /** What this version does so far, compared with the current one. */
    public DirectoryVersion counts() {
        return new DirectoryVersion(versionId, register, null, null, null, null, fileSha256, encoding, rows, added,
                changed, unchanged, retired, warnings, null);
    }

    public Register register() {
        return register;
    }

    /** Writes what is pending and the version's counts; the transaction's commit makes it visible. */
    DirectoryVersion finish() {
        try {
            flush();
            close.executeBatch();
            try (PreparedStatement ps = db.prepareStatement("UPDATE directory_versions SET row_count = ?, added = ?,"
                    + " changed = ?, unchanged = ?, retired = ?, warnings = ?,"
                    + " file_sha256 = COALESCE(?, file_sha256), encoding = COALESCE(?, encoding) WHERE id = ?")) {
                ps.setLong(1, rows);
                ps.setLong(2, added);
                ps.setLong(3, changed);
                ps.setLong(4, unchanged);
                ps.setLong(5, retired);
                ps.setLong(6, warnings);
                ps.setString(7, fileSha256);
                ps.setString(8, encoding);
                ps.setLong(9, versionId);
                ps.executeUpdate();
            }
            return counts();
        } catch (SQLException e) {
            throw DirectoryStore.fail("write the new version of " + register.table(), e);
        }
    }

    private void closeRow(long rowId) throws SQLException {
        close.setLong(1, versionId);
        close.setLong(2, rowId);
        close.addBatch();
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            // the old rows must be closed before their successors enter the unique current index
            close.executeBatch();
            insert.executeBatch();
            pending = 0;
        }
    }

    private static void bindValue(PreparedStatement ps, int index, Field field, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, field.type() == FieldType.FLAG || field.type() == FieldType.COUNT
                    ? Types.INTEGER : Types.VARCHAR);
        } else if (field.type() == FieldType.FLAG || field.type() == FieldType.COUNT) {
            // flags and most counts are one digit: skip the general parser
            ps.setLong(index, value.length() == 1 ? value.charAt(0) - '0' : Long.parseLong(value));
        } else {
            ps.setString(index, value);
        }
    }
}
