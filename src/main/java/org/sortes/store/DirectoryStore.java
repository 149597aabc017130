package org.sortes.store;

import org.sortes.directory.Page;

import org.sortes.directory.RegisterQuery;

import org.sortes.directory.DirectoryVersion;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldType;
import org.sortes.directory.Register;
import org.sortes.directory.RowState;

/**
 * Reads and writes the four registers of a workspace. Reads go through their own connection so
 * that the tables stay browsable while an import is being written (WAL readers do not block).
 */
public final class DirectoryStore implements AutoCloseable {
    /**
     * Listing queries read most of a register: a sequential scan beats walking the key index and
     * fetching each row (20x on a million subjects), so they tell SQLite not to use the index.
     */
    private static final String SCAN = " NOT INDEXED";
    private final Workspace workspace;
    private final Connection reader;

    public DirectoryStore(Workspace workspace) {
        this.workspace = workspace;
        this.reader = workspace.connect();
        try (var st = reader.createStatement()) {
            st.execute("PRAGMA cache_size = -32768"); // 32 MiB: browsing a million subjects stays in memory
        } catch (SQLException e) {
            throw fail("configure the reader", e);
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** The newest version id of a register, 0 while it has none. */
    public synchronized long currentVersion(Register register) {
        try (PreparedStatement ps = reader.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM directory_versions WHERE register = ?")) {
            ps.setString(1, register.table());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail("read versions of " + register.table(), e);
        }
    }

    public synchronized List<DirectoryVersion> versions(Register register) {
        List<DirectoryVersion> out = new ArrayList<>();
        try (PreparedStatement ps = reader.prepareStatement(
                "SELECT id, created_at, actor, source, file_name, file_sha256, encoding, row_count, added, changed,"
                        + " unchanged, retired, warnings, note FROM directory_versions WHERE register = ? ORDER BY id")) {
            ps.setString(1, register.table());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DirectoryVersion(rs.getLong(1), register, rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                            rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                            rs.getString(14)));
                }
            }
        } catch (SQLException e) {
            throw fail("read versions of " + register.table(), e);
        }
        return out;
    }

    /** Key to state of every current row (retired ones included), to compare a new file against. */
    public synchronized Map<String, RowState> currentState(Register register) {
        Map<String, RowState> map = new HashMap<>();
        try (PreparedStatement ps = reader.prepareStatement("SELECT record_key, row_id, row_hash, retired FROM "
                + register.table() + " WHERE to_version IS NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), new RowState(rs.getLong(2), rs.getLong(3), rs.getInt(4) == 1));
                }
            }
        } catch (SQLException e) {
            throw fail("read " + register.table(), e);
        }
        return map;
    }

    public synchronized Page query(RegisterQuery q) {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        String table = q.register().table();
        try {
            long total;
            try (PreparedStatement ps = reader.prepareStatement("SELECT COUNT(*) FROM " + table + SCAN + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            // without a chosen column, by name: what a person scanning the list expects
            String order = " ORDER BY " + (q.sortField() == null ? "name" : sortColumn(q))
                    + (q.descending() ? " DESC" : " ASC") + ", record_key";
            List<DirectoryRecord> rows = new ArrayList<>();
            try (PreparedStatement ps = reader.prepareStatement(select(q.register()) + SCAN + where + order
                    + " LIMIT " + q.limit() + " OFFSET " + q.offset())) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(q.register(), rs));
                    }
                }
            }
            return new Page(rows, total);
        } catch (SQLException e) {
            throw fail("query " + table, e);
        }
    }

    /**
     * Every record of a register as of a version (0 = current), retired ones included, in storage
     * order: the callers (freeze and draw, which sort their lists themselves) need no order, and
     * sorting a million rows first cost SQLite about two seconds before the first row came.
     */
    public synchronized void forEach(Register register, long version, Consumer<DirectoryRecord> sink) {
        forEach(register, version, false, sink);
    }

    /** As {@link #forEach}, in key order (byte order of UTF-8, hence code points): SQLite sorts on disk. */
    public synchronized void forEachByKey(Register register, long version, Consumer<DirectoryRecord> sink) {
        forEach(register, version, true, sink);
    }

    private void forEach(Register register, long version, boolean byKey, Consumer<DirectoryRecord> sink) {
        RegisterQuery q = new RegisterQuery(register, version, "", Map.of(), true, null, false, 0, Integer.MAX_VALUE);
        List<Object> args = new ArrayList<>();
        // a scan, sorted by SQLite's sorter when the key order is wanted: walking the key index and fetching
        // each row is many times slower on a million subjects (docs/benchmarks.md)
        String sql = select(register) + SCAN + where(q, args) + (byKey ? " ORDER BY record_key" : "");
        try (PreparedStatement ps = reader.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(read(register, rs));
                }
            }
        } catch (SQLException e) {
            throw fail("read " + register.table(), e);
        }
    }

    /**
     * The records with the given keys as of a version (0 = current), by key; keys not there are
     * absent. Only current rows are indexed by key: a current row that already held at that version
     * is found through the index (ten thousand drawn subjects of a million: no pass over the
     * register); the keys left (changed, retired or gone since) take one pass over the register.
     */
    public synchronized Map<String, DirectoryRecord> findAll(Register register, long version, java.util.Set<String> keys) {
        Map<String, DirectoryRecord> found = new java.util.HashMap<>();
        byKeys(register, version, keys, select(register), rs -> {
            DirectoryRecord r = read(register, rs);
            found.put(r.key(), r);
        });
        addChanged(register, version, keys, found, r -> r);
        return found;
    }

    /**
     * One field of the records with the given keys as of a version, by key, as {@link #findAll} finds
     * them: the minutes want only the drawn subjects' names, and reading ten thousand whole records
     * for that took most of a second in a fresh JVM.
     */
    public synchronized Map<String, String> findField(Register register, long version, java.util.Set<String> keys,
                                                      String field) {
        Map<String, String> found = new java.util.HashMap<>();
        findFields(register, version, keys, field).forEach((key, values) -> found.put(key, values[0]));
        return found;
    }

    /** As {@link #findField}, several fields: each key's values in the order the fields are named. */
    public synchronized Map<String, String[]> findFields(Register register, long version, java.util.Set<String> keys,
                                                         String... fields) {
        List<String> columns = new ArrayList<>();
        for (String field : fields) {
            columns.add(register.field(field).key()); // a register's own field: never text from outside in the SQL
        }
        Map<String, String[]> found = new java.util.HashMap<>();
        byKeys(register, version, keys, "SELECT record_key, " + String.join(", ", columns) + " FROM " + register.table(),
                rs -> {
                    String[] values = new String[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getString(i + 2);
                    }
                    found.put(rs.getString(1), values);
                });
        addChanged(register, version, keys, found, r -> columns.stream().map(r::get).toArray(String[]::new));
        return found;
    }

    /**
     * Adds to found, from one pass over the register, the keys the key index did not give (changed,
     * retired or gone since the version): what each record is as of the version.
     */
    private <V> void addChanged(Register register, long version, java.util.Set<String> keys, Map<String, V> found,
                                java.util.function.Function<DirectoryRecord, V> value) {
        if (found.size() < keys.size()) {
            java.util.Set<String> rest = new java.util.HashSet<>(keys);
            rest.removeAll(found.keySet());
            forEach(register, version, r -> {
                if (rest.contains(r.key())) {
                    found.put(r.key(), value.apply(r));
                }
            });
        }
    }

    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    /** The current rows with the given keys that already held at the version, through the key index. */
    private void byKeys(Register register, long version, java.util.Set<String> keys, String select, RowSink sink) {
        List<String> wanted = new ArrayList<>(keys);
        int batch = 500; // SQLite's limit on bound values is far above this
        for (int from = 0; from < wanted.size(); from += batch) {
            List<String> some = wanted.subList(from, Math.min(wanted.size(), from + batch));
            String sql = select + " WHERE to_version IS NULL AND record_key IN ("
                    + String.join(",", java.util.Collections.nCopies(some.size(), "?")) + ")"
                    + (version == 0 ? "" : " AND from_version <= ?");
            try (PreparedStatement ps = reader.prepareStatement(sql)) {
                int i = 1;
                for (String key : some) {
                    ps.setString(i++, key);
                }
                if (version != 0) {
                    ps.setLong(i, version);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(rs);
                    }
                }
            } catch (SQLException e) {
                throw fail("read " + register.table(), e);
            }
        }
    }

    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    /** [record_key, retired, value...]: texts as they are, numbers as their decimal text, null as null. */
    private static DirectoryRecord fromJsonRow(Register register, String json, int fields) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                throw new java.io.IOException("not an array");
            }
            String key = null;
            boolean retired = false;
            String[] values = new String[fields];
            int i = 0;
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken();
                 t != com.fasterxml.jackson.core.JsonToken.END_ARRAY; t = p.nextToken(), i++) {
                String v = t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL ? null : p.getText();
                if (i == 0) {
                    key = v;
                } else if (i == 1) {
                    retired = "1".equals(v);
                } else {
                    values[i - 2] = v;
                }
            }
            if (i != fields + 2) {
                throw new java.io.IOException(i + " columns, expected " + (fields + 2));
            }
            return new DirectoryRecord(register, key, values, retired);
        }
    }

    public synchronized Optional<DirectoryRecord> find(Register register, String key) {
        try (PreparedStatement ps = reader.prepareStatement(select(register)
                + " WHERE to_version IS NULL AND record_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(register, rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read " + register.table(), e);
        }
    }

    /** The distinct current values of a field, for filter choices. */
    public synchronized List<String> distinctValues(Register register, String fieldKey) {
        Field field = register.field(fieldKey);
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = reader.prepareStatement("SELECT DISTINCT " + field.key() + " FROM "
                + register.table() + SCAN + " WHERE to_version IS NULL AND retired = 0 AND " + field.key()
                + " IS NOT NULL ORDER BY 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw fail("read " + register.table(), e);
        }
        return out;
    }

    /** Current, not retired, record counts of every register. */
    public synchronized Map<Register, Long> counts() {
        Map<Register, Long> out = new EnumMap<>(Register.class);
        for (Register r : Register.values()) {
            out.put(r, query(RegisterQuery.all(r).page(0, 0)).total());
        }
        return out;
    }

    /**
     * Starts a transaction in which new register versions are written. Nothing is visible to readers
     * until {@link DirectoryTransaction#commit()}; closing it without committing rolls everything back.
     */
    public DirectoryTransaction transaction() {
        return new DirectoryTransaction(workspace.connect(), this);
    }

    /**
     * Each row comes as one JSON array built by SQLite ({@code json_array}), read by {@link #read}
     * with a streaming parser: the driver crosses into native code once per row instead of once per
     * column, which took reading a million subjects from 6.5 s to about 2.5 s (measured).
     */
    private static String select(Register register) {
        StringBuilder sb = new StringBuilder("SELECT json_array(record_key, retired");
        for (Field f : register.fields()) {
            sb.append(", ").append(f.key());
        }
        return sb.append(") FROM ").append(register.table()).toString();
    }

    private static DirectoryRecord read(Register register, ResultSet rs) throws SQLException {
        try {
            return fromJsonRow(register, rs.getString(1), register.fields().size());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read a row of " + register.table() + ": " + e.getMessage(), e);
        }
    }

    private static String where(RegisterQuery q, List<Object> args) {
        StringBuilder sb = new StringBuilder(" WHERE ");
        if (q.version() == 0) {
            sb.append("to_version IS NULL");
        } else {
            sb.append("from_version <= ? AND (to_version IS NULL OR to_version > ?)");
            args.add(q.version());
            args.add(q.version());
        }
        if (!q.includeRetired()) {
            sb.append(" AND retired = 0");
        }
        String search = q.search() == null ? "" : q.search().strip();
        if (!search.isEmpty()) {
            sb.append(" AND (record_key LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')");
            String like = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        for (Map.Entry<String, String> f : q.filters().entrySet()) {
            Field field = q.register().field(f.getKey());
            if (f.getValue() == null || f.getValue().isBlank()) {
                continue;
            }
            if (field.type() == FieldType.REGION) {
                sb.append(" AND ").append(field.key()).append(" LIKE ?");
                args.add(f.getValue().strip() + "%");
            } else {
                sb.append(" AND ").append(field.key()).append(" = ?");
                args.add(f.getValue());
            }
        }
        return sb.toString();
    }

    private static String sortColumn(RegisterQuery q) {
        Field f = q.register().field(q.sortField());
        return f.type() == FieldType.COUNT ? "CAST(" + f.key() + " AS INTEGER)" : f.key();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    static StoreException fail(String what, SQLException e) {
        return new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            reader.close();
        } catch (SQLException e) {
            throw fail("close the workspace", e);
        }
    }
}
