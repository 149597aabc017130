package org.sortes.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.sortes.audit.AuditLog;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.Field;
import org.sortes.directory.FieldParser;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Page;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;
import org.sortes.directory.RegisterQuery;
import org.sortes.directory.RowHash;
import org.sortes.directory.demo.DemoWorkspace;
import org.sortes.i18n.I18n;
import org.sortes.imports.ImportException;
import org.sortes.imports.ImportReader;
import org.sortes.imports.ProblemList;
import org.sortes.progress.Progress;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DirectoryTransaction;
import org.sortes.store.VersionInfo;
import org.sortes.store.VersionWriter;

/** The registers on a SQLite workspace. */
public final class DirectoryServiceImpl implements DirectoryService {
    private final DirectoryStore store;
    private final Clock clock;
    private final Supplier<String> actor;
    private final I18n i18n;
    private final AuditLog audit;

    public DirectoryServiceImpl(DirectoryStore store, Clock clock, Supplier<String> actor, I18n i18n, AuditLog audit) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.i18n = i18n;
        this.audit = audit;
    }

    @Override
    public Page query(RegisterQuery query) {
        return store.query(query);
    }

    @Override
    public Optional<DirectoryRecord> find(Register register, String key) {
        return store.find(register, key);
    }

    @Override
    public List<String> filterChoices(Register register, String fieldKey) {
        return store.distinctValues(register, fieldKey);
    }

    @Override
    public Map<Register, Long> counts() {
        return store.counts();
    }

    @Override
    public List<DirectoryVersion> versions(Register register) {
        return store.versions(register);
    }

    @Override
    public PendingImport previewImport(Register register, Path file, String encoding, Progress progress) {
        String fileName = file.getFileName().toString();
        VersionInfo info = new VersionInfo("import", actor.get(), now(), fileName, null, null, null);
        ProblemList problems = new ProblemList();
        Set<String> known = activeDepartments();
        Set<String> newDepartments = new TreeSet<>();
        int deptField = register.departmentField();
        DirectoryTransaction tx = store.transaction();
        try {
            VersionWriter writer = tx.version(register, info);
            org.sortes.directory.FileFacts facts;
            boolean fileRefused = false;
            try {
                // read, check and fingerprint on one core while this thread writes on the other
                RowHash rowHash = new RowHash();
                facts = Overlap.<Hashed, org.sortes.directory.FileFacts>run(sink -> ImportReader.read(register, file, encoding,
                        problems, record -> {
                    byte[][] utf8 = RowHash.utf8(record.values());
                    sink.accept(new Hashed(record, rowHash.of(utf8), utf8));
                    String dept = deptField >= 0 ? record.values()[deptField] : null;
                    if (dept != null && !known.contains(dept) && newDepartments.add(dept)) {
                        problems.add(new Problem(Problem.Severity.WARNING, "new_department", fileName, 0,
                                register.fields().get(deptField).chinese(), dept, ""));
                    }
                }, progress.part(0, 980)), h -> writer.put(h.record(), h.hash(), h.utf8()));
            } catch (ImportException e) {
                if (!problems.kept().contains(e.problem())) {
                    problems.add(e.problem());
                }
                facts = new org.sortes.directory.FileFacts(fileName, null, null, 0);
                fileRefused = true;
            }
            if (facts.rows() == 0 && problems.errors() == 0) {
                problems.add(Problem.fileError("no_rows", fileName, ""));
            }
            if (fileRefused) {
                // the file was not read to its end: no count would be true, and none may look like retirements
                tx.close();
                progress.update(1000, 1000);
                ImportPreview refused = new ImportPreview(register, file, facts, 0, 0, 0, 0, problems.errors(),
                        problems.warnings(), problems.kept(), problems.truncated(), Set.of());
                return new PendingImport(refused, null, i18n.get("import.refused.errors", refused.errors()));
            }
            writer.retireMissing();
            writer.addWarnings(problems.warnings());
            writer.recordFile(facts.sha256(), facts.encoding());
            addDepartments(tx, newDepartments, info);
            progress.update(1000, 1000);
            DirectoryVersion counts = writer.counts();
            ImportPreview preview = new ImportPreview(register, file, facts, counts.added(), counts.changed(),
                    counts.unchanged(), counts.retired(), problems.errors(), problems.warnings(), problems.kept(),
                    problems.truncated(), newDepartments);
            if (!preview.canCommit()) {
                tx.close(); // nothing to keep: roll back now rather than hold the write lock
                return new PendingImport(preview, null, i18n.get("import.refused.errors", preview.errors()));
            }
            tx.alsoWrite(audit.event("import", null, AuditLog.payload("register", register.table(),
                    "file", fileName, "sha256", facts.sha256(), "encoding", facts.encoding(), "rows", facts.rows(),
                    "added", preview.added(), "changed", preview.changed(), "unchanged", preview.unchanged(),
                    "retired", preview.retired(), "warnings", preview.warnings(),
                    "newDepartments", List.copyOf(newDepartments))));
            return new PendingImport(preview, tx, "");
        } catch (RuntimeException e) {
            tx.close();
            throw e;
        }
    }

    @Override
    public List<DirectoryVersion> createDemo(int subjectCount, Progress progress) {
        if (subjectCount < 1 || subjectCount > 2_000_000) {
            throw new Refusal("demo.refused.size", subjectCount);
        }
        Map<Register, Long> counts = store.counts();
        if (counts.values().stream().anyMatch(c -> c > 0)) {
            throw new Refusal("demo.refused.notEmpty");
        }
        DemoWorkspace demo = new DemoWorkspace(subjectCount);
        VersionInfo info = new VersionInfo("demo", actor.get(), now(), null, null, null,
                "seed " + DemoWorkspace.SEED);
        try (DirectoryTransaction tx = store.transaction()) {
            demo.departments().forEach(tx.version(Register.DEPARTMENTS, info)::put);
            progress.update(100, 1000);
            List<DirectoryRecord> subjects = demo.subjects();
            List<DirectoryRecord> inspectors = demo.inspectors(subjects);
            VersionWriter sw = tx.version(Register.SUBJECTS, info);
            demo.withLastInspectors(subjects, inspectors).forEach(sw::put);
            progress.update(700, 1000);
            inspectors.forEach(tx.version(Register.INSPECTORS, info)::put);
            demo.items().forEach(tx.version(Register.ITEMS, info)::put);
            tx.alsoWrite(audit.event("demo", null, AuditLog.payload("seed", DemoWorkspace.SEED)));
            progress.checkCancelled();
            List<DirectoryVersion> done = tx.commit();
            progress.update(1000, 1000);
            return done;
        }
    }

    @Override
    public DirectoryRecord save(Register register, String[] rawValues, boolean isNew) {
        List<Field> fields = register.fields();
        String[] values = new String[fields.size()];
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldParser.Parsed parsed = FieldParser.parse(fields.get(i), rawValues[i]);
            values[i] = parsed.value();
            if (parsed.issue() != null && parsed.issue().isError()) {
                messages.add(fields.get(i).chinese() + "：" + i18n.get("problem."
                        + parsed.issue().name().toLowerCase(java.util.Locale.ROOT), fields.get(i).chinese(),
                        rawValues[i] == null ? "" : rawValues[i], ""));
            }
        }
        if (register == Register.SUBJECTS && values[0] == null && values[1] == null && messages.isEmpty()) {
            messages.add(i18n.get("problem.no_code", fields.get(0).chinese(), "", ""));
        }
        if (!messages.isEmpty()) {
            throw new ValidationException(messages);
        }
        DirectoryRecord record = DirectoryRecord.of(register, values);
        Optional<DirectoryRecord> existing = store.find(register, record.key());
        if (isNew && existing.isPresent()) {
            throw new ValidationException(List.of(i18n.get("edit.duplicateKey", record.key())));
        }
        if (!isNew && existing.isEmpty()) {
            throw new ValidationException(List.of(i18n.get("edit.unknownKey", record.key())));
        }
        VersionInfo info = VersionInfo.edit("edit", actor.get(), now(), (isNew ? "add " : "edit ") + record.key());
        try (DirectoryTransaction tx = store.transaction()) {
            tx.version(register, info).put(record);
            int deptField = register.departmentField();
            if (deptField >= 0) {
                Set<String> known = activeDepartments();
                addDepartments(tx, known.contains(values[deptField]) ? Set.of() : Set.of(values[deptField]), info);
            }
            tx.alsoWrite(audit.event(isNew ? "record.add" : "record.edit", null, AuditLog.payload("register",
                    register.table(), "key", record.key(), "values", java.util.Arrays.asList(values))));
            tx.commit();
        }
        return record;
    }

    @Override
    public void retire(Register register, String key) {
        VersionInfo info = VersionInfo.edit("retire", actor.get(), now(), "retire " + key);
        try (DirectoryTransaction tx = store.transaction()) {
            if (!tx.version(register, info).retire(key)) {
                throw new ValidationException(List.of(i18n.get("edit.unknownKey", key)));
            }
            tx.alsoWrite(audit.event("record.retire", null, AuditLog.payload("register", register.table(), "key", key)));
            tx.commit();
        }
    }

    private Set<String> activeDepartments() {
        Set<String> names = new HashSet<>();
        store.forEach(Register.DEPARTMENTS, 0, r -> {
            if (!r.retired()) {
                names.add(r.key());
            }
        });
        return names;
    }

    /** Departments named by inspectors or items but not yet in the register join it in the same transaction. */
    private static void addDepartments(DirectoryTransaction tx, Set<String> names, VersionInfo info) {
        if (!names.isEmpty()) {
            VersionWriter w = tx.version(Register.DEPARTMENTS, info);
            for (String name : new TreeSet<>(names)) {
                String[] values = new String[Register.DEPARTMENTS.fields().size()];
                values[0] = name; // a department known only by the name its inspectors or items give
                w.put(DirectoryRecord.of(Register.DEPARTMENTS, values));
            }
        }
    }

    private record Hashed(DirectoryRecord record, long hash, byte[][] utf8) {
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
    }

    @Override
    public void saveProblems(org.sortes.directory.ImportPreview preview, Path target, org.sortes.i18n.I18n i18n) {
        try {
            org.sortes.imports.ProblemsCsv.write(preview.problems(), target, i18n);
        } catch (java.io.IOException e) {
            throw Refusal.cannotWrite(target, e);
        }
    }
}
