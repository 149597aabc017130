package org.sortes.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.Progress;
import org.sortes.session.DirectoryServiceImpl;
import org.sortes.store.DirectoryStore;
import org.sortes.store.Workspace;

/**
 * Imports a generated 1,000,000-row subjects CSV through the same service as the UI (preview with
 * every check, then the commit) and, in the same run, lets the sqlite3 CLI .import the same file
 * into a table of the same columns — alternately, several rounds, so that both meet the same
 * machine (its other tenants come and go). Also measures the driver's floor (a bare JDBC batch)
 * and a re-import against a million current rows. Run as documented in docs/benchmarks.md.
 */
public final class ImportBenchmark {
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = Integer.getInteger("rounds", 3);
        Path dir = Files.createTempDirectory("sortes-bench");
        Path csv = dir.resolve("subjects.csv");
        long t0 = System.nanoTime();
        SubjectsCsvGenerator.write(csv, rows);
        System.out.printf(Locale.ROOT, "generated %,d rows, %,d bytes in %.1f s%n", rows, Files.size(csv), Heap.secondsSince(t0));

        double bestCli = Double.MAX_VALUE;
        double bestSortes = Double.MAX_VALUE;
        List<Double> ratios = new ArrayList<>();
        Path ws = null;
        for (int round = 1; round <= rounds; round++) {
            double cli = cliImport(csv, dir.resolve("plain-" + round + ".db"));
            if (ws != null) {
                deleteWorkspace(ws);
            }
            ws = dir.resolve("bench-" + round + ".sortes.db");
            Heap.resetPeaks();
            double sortes = sortesImport(csv, ws, round == rounds);
            System.out.printf(Locale.ROOT, "round %d: sqlite3 .import %.2f s, Sortes import %.2f s = %.2f x%n", round, cli,
                    sortes, sortes / cli);
            bestCli = Math.min(bestCli, cli);
            bestSortes = Math.min(bestSortes, sortes);
            ratios.add(sortes / cli);
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "best of %d: sqlite3 %.2f s, Sortes %.2f s = %.2f x; round by round %.2f .. %.2f x%n",
                rounds, bestCli, bestSortes, bestSortes / bestCli, ratios.get(0), ratios.get(ratios.size() - 1));

        double bare = bareJdbc(csv, dir.resolve("bare.sortes.db"));
        System.out.printf(Locale.ROOT, "bare JDBC batch insert of the same rows, no checks, with commit: %.2f s = %.2f x the"
                + " best sqlite3%n", bare, bare / bestCli);

        reimport(csv, ws);
        deleteWorkspace(ws);
        deleteWorkspace(dir.resolve("bare.sortes.db"));
        Files.deleteIfExists(csv);
    }

    /** sqlite3's own import of the file into a table of the same columns. */
    private static double cliImport(Path csv, Path plain) throws Exception {
        String columns = String.join(", ", Register.SUBJECTS.fields().stream()
                .filter(f -> !f.key().equals("registration_number") && !f.key().equals("last_inspectors"))
                .map(f -> f.key() + " TEXT").toList());
        String script = "PRAGMA journal_mode=WAL;\nCREATE TABLE subjects (" + columns + ");\n"
                + ".import --csv --skip 1 " + csv + " subjects\nSELECT count(*) FROM subjects;\n";
        long s0 = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", plain.toString()).redirectErrorStream(true).start();
        p.getOutputStream().write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        double seconds = Heap.secondsSince(s0);
        if (!out.endsWith(Long.toString(Files.lines(csv).count() - 1))) {
            throw new IllegalStateException("sqlite3 did not import every row: " + out);
        }
        deleteWorkspace(plain);
        return seconds;
    }

    /** The import as the UI and CLI do it: preview with every check, then the commit. */
    private static double sortesImport(Path csv, Path ws, boolean report) {
        try (Workspace workspace = Workspace.open(ws); DirectoryStore store = new DirectoryStore(workspace)) {
            DirectoryServiceImpl service = service(store);
            long a0 = System.nanoTime();
            var pending = service.previewImport(Register.SUBJECTS, csv, "auto", Progress.NONE);
            ImportPreview preview = pending.preview();
            double analyse = Heap.secondsSince(a0);
            long c0 = System.nanoTime();
            var versions = pending.commit();
            double commit = Heap.secondsSince(c0);
            if (report) {
                System.out.printf(Locale.ROOT, "  preview (read + every check + diff + write, uncommitted) %.2f s, %,d rows, %d errors,"
                        + " %d warnings; commit %.2f s, added %,d%n", analyse, preview.facts().rows(), preview.errors(),
                        preview.warnings(), commit, versions.get(0).added());
                System.out.printf(Locale.ROOT, "  peak live heap (after any collection): %,d MB; pools' peak incl. garbage:"
                        + " %,d MB (max heap %,d MB)%n", Heap.peakLiveMegabytes(), Heap.peakMegabytes(),
                        Runtime.getRuntime().maxMemory() >> 20);
            }
            return analyse + commit;
        }
    }

    private static DirectoryServiceImpl service(DirectoryStore store) {
        return new DirectoryServiceImpl(store, Clock.systemUTC(), () -> "bench", new I18n(Locale.ENGLISH),
                new org.sortes.audit.AuditLog(Clock.systemUTC(), () -> "bench"));
    }

    /** The same file again against the million rows now current: all unchanged. */
    private static void reimport(Path csv, Path ws) {
        try (Workspace workspace = Workspace.open(ws); DirectoryStore store = new DirectoryStore(workspace)) {
            DirectoryServiceImpl service = service(store);
            Heap.resetPeaks();
            long a1 = System.nanoTime();
            ImportPreview again;
            try (var p2 = service.previewImport(Register.SUBJECTS, csv, "auto", Progress.NONE)) {
                again = p2.preview();
            }
            System.out.printf(Locale.ROOT, "re-import preview against 1M current rows: %.2f s (unchanged %,d); peak live heap"
                    + " %,d MB%n", Heap.secondsSince(a1), again.unchanged(), Heap.peakLiveMegabytes());
        }
    }

    /**
     * The driver's floor: the same rows, split by String.split, into the same schema through a bare
     * JDBC batch — no checks, no fingerprints, no diff (what any import through sqlite-jdbc must at
     * least spend).
     */
    private static double bareJdbc(Path csv, Path bare) throws Exception {
        long b0 = System.nanoTime();
        try (Workspace w = Workspace.open(bare); java.sql.Connection c = w.connect()) {
            c.setAutoCommit(false);
            String cols = "record_key, from_version, row_hash, retired, uscc, name, subject_type, industry, region_code,"
                    + " address, legal_representative, registration_status, established_on, risk_class, abnormal,"
                    + " serious_violation, complaints, last_inspected_on, tags";
            try (var in = Files.newBufferedReader(csv);
                 var ps = c.prepareStatement("INSERT INTO subjects (" + cols + ") VALUES (?" + ", ?".repeat(18) + ")")) {
                in.readLine();
                int pending = 0;
                long row = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split(",", -1);
                    ps.setString(1, f[0]);
                    ps.setLong(2, 1);
                    ps.setLong(3, row++);
                    ps.setInt(4, 0);
                    for (int i = 0; i < 10; i++) {
                        ps.setString(5 + i, f[i]);
                    }
                    ps.setInt(15, f[10].equals("是") ? 1 : 0);
                    ps.setInt(16, f[11].equals("是") ? 1 : 0);
                    ps.setLong(17, f[12].isEmpty() ? 0 : Long.parseLong(f[12]));
                    ps.setString(18, f[13].isEmpty() ? null : f[13]);
                    ps.setString(19, f[14].isEmpty() ? null : f[14]);
                    ps.addBatch();
                    if (++pending == 1000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return Heap.secondsSince(b0);
    }

    private static void deleteWorkspace(Path db) throws java.io.IOException {
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
    }
}
