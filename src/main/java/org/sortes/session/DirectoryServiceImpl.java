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
import java.util.function.Supplier;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldParser;
import org.sortes.directory.Register;
import org.sortes.directory.demo.DemoWorkspace;
import org.sortes.i18n.I18n;
import org.sortes.imports.ImportAnalyzer;
import org.sortes.imports.ImportException;
import org.sortes.imports.ImportPreview;
import org.sortes.imports.ImportReader;
import org.sortes.imports.Problem;
import org.sortes.imports.ProblemList;
import org.sortes.imports.Progress;
import org.sortes.store.DirectoryStore;
import org.sortes.store.DirectoryTransaction;
import org.sortes.store.DirectoryVersion;
import org.sortes.store.Page;
import org.sortes.store.RegisterQuery;
import org.sortes.store.VersionInfo;
import org.sortes.store.VersionWriter;

/** The registers on a SQLite workspace. */
public final class DirectoryServiceImpl implements DirectoryService {
    private final DirectoryStore store;
    private final Clock clock;
    private final Supplier<String> actor;
    private final I18n i18n;

    public DirectoryServiceImpl(DirectoryStore store, Clock clock, Supplier<String> actor, I18n i18n) {
        this.store = store;
        this.clock = clock;
        this.actor = actor;
        this.i18n = i18n;
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
    public ImportPreview previewImport(Register register, Path file, String encoding, Progress progress) {
        return ImportAnalyzer.analyze(register, file, encoding, store.currentState(register),
                activeDepartments(), progress);
    }

    @Override
    public List<DirectoryVersion> commitImport(ImportPreview preview, Progress progress) {
        if (!preview.canCommit()) {
            throw new IllegalStateException(i18n.get("import.refused.errors", preview.errors()));
        }
        Register register = preview.register();
        ImportReader.FileFacts expected = preview.facts();
        VersionInfo info = new VersionInfo("import", actor.get(), now(), expected.fileName(), expected.sha256(),
                expected.encoding(), null);
        try (DirectoryTransaction tx = store.transaction()) {
            VersionWriter writer = tx.version(register, info);
            ProblemList problems = new ProblemList(100);
            Set<String> departments = new HashSet<>();
            int deptField = ImportAnalyzer.departmentField(register);
            ImportReader.FileFacts facts = ImportReader.read(register, preview.file(), preview.encodingAsked(),
                    problems, record -> {
                        writer.put(record);
                        if (deptField >= 0 && record.values()[deptField] != null) {
                            departments.add(record.values()[deptField]);
                        }
                    }, progress.part(0, 950));
            if (!expected.sha256().equals(facts.sha256()) || problems.errors() > 0) {
                throw new ImportException(Problem.fileError("file_changed", expected.fileName(), ""), null);
            }
            writer.retireMissing();
            writer.addWarnings(problems.warnings());
            addMissingDepartments(tx, departments, info);
            progress.checkCancelled();
            List<DirectoryVersion> done = tx.commit();
            progress.update(1000, 1000);
            return done;
        }
    }

    @Override
    public List<DirectoryVersion> createDemo(Progress progress) {
        Map<Register, Long> counts = store.counts();
        if (counts.values().stream().anyMatch(c -> c > 0)) {
            throw new IllegalStateException(i18n.get("demo.refused.notEmpty"));
        }
        DemoWorkspace demo = DemoWorkspace.standard();
        VersionInfo info = new VersionInfo("demo", actor.get(), now(), null, null, null,
                "seed " + DemoWorkspace.SEED);
        try (DirectoryTransaction tx = store.transaction()) {
            demo.departments().forEach(tx.version(Register.DEPARTMENTS, info)::put);
            progress.update(100, 1000);
            List<DirectoryRecord> subjects = demo.subjects();
            VersionWriter sw = tx.version(Register.SUBJECTS, info);
            subjects.forEach(sw::put);
            progress.update(700, 1000);
            demo.inspectors(subjects).forEach(tx.version(Register.INSPECTORS, info)::put);
            demo.items().forEach(tx.version(Register.ITEMS, info)::put);
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
            int deptField = ImportAnalyzer.departmentField(register);
            if (deptField >= 0) {
                addMissingDepartments(tx, Set.of(values[deptField]), info);
            }
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
    private void addMissingDepartments(DirectoryTransaction tx, Set<String> named, VersionInfo info) {
        Set<String> known = activeDepartments();
        List<String> missing = named.stream().filter(d -> !known.contains(d)).sorted().toList();
        if (!missing.isEmpty()) {
            VersionWriter w = tx.version(Register.DEPARTMENTS, info);
            for (String name : missing) {
                w.put(DirectoryRecord.of(Register.DEPARTMENTS, new String[] {name, null, null, null}));
            }
        }
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).toString();
    }
}
