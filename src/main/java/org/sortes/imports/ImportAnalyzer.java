package org.sortes.imports;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldType;
import org.sortes.directory.Register;
import org.sortes.directory.RowHash;
import org.sortes.directory.RowState;

/**
 * The preview of an import: reads the whole file once, validates every row and compares it with
 * the register's current version, writing nothing. The file is the whole register: records in the
 * current version but not in the file would be retired.
 */
public final class ImportAnalyzer {
    private ImportAnalyzer() {
    }

    public static ImportPreview analyze(Register register, Path file, String encoding, Map<String, RowState> current,
                                        Set<String> knownDepartments, Progress progress) {
        ProblemList problems = new ProblemList();
        RowHash rowHash = new RowHash();
        long[] counts = new long[3]; // added, changed, unchanged
        long[] seenActive = {0};
        Set<String> newDepartments = new TreeSet<>();
        int departmentField = departmentField(register);
        ImportReader.FileFacts facts;
        try {
            facts = ImportReader.read(register, file, encoding, problems, record -> {
                RowState old = current.get(record.key());
                if (old == null) {
                    counts[0]++;
                } else {
                    if (!old.retired()) {
                        seenActive[0]++;
                    }
                    counts[old.hash() == rowHash.of(record.values()) && !old.retired() ? 2 : 1]++;
                }
                if (departmentField >= 0) {
                    noteDepartment(record, departmentField, knownDepartments, newDepartments, problems, file);
                }
            }, progress);
        } catch (ImportException e) {
            if (!problems.kept().contains(e.problem())) {
                problems.add(e.problem());
            }
            facts = new ImportReader.FileFacts(file.getFileName().toString(), null, null, 0);
        }
        if (facts.rows() == 0 && problems.errors() == 0) {
            problems.add(Problem.fileError("no_rows", facts.fileName(), ""));
        }
        long active = current.values().stream().filter(s -> !s.retired()).count();
        return new ImportPreview(register, file, encoding, facts, counts[0], counts[1], counts[2],
                active - seenActive[0], problems.errors(), problems.warnings(), problems.kept(),
                problems.truncated(), newDepartments);
    }

    private static void noteDepartment(DirectoryRecord record, int field, Set<String> known, Set<String> added,
                                       ProblemList problems, Path file) {
        String dept = record.values()[field];
        if (dept != null && !known.contains(dept) && added.add(dept)) {
            Field f = record.register().fields().get(field);
            problems.add(new Problem(Problem.Severity.WARNING, "new_department", file.getFileName().toString(),
                    0, f.chinese(), dept, ""));
        }
    }

    /** The index of the field naming a department, -1 when the register has none. */
    public static int departmentField(Register register) {
        for (int i = 0; i < register.fields().size(); i++) {
            if (register.fields().get(i).type() == FieldType.DEPARTMENT) {
                return i;
            }
        }
        return -1;
    }
}
