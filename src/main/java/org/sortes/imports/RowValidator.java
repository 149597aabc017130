package org.sortes.imports;

import java.util.List;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Field;
import org.sortes.directory.FieldParser;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;

/**
 * Turns file rows into records, reporting every problem with its row, column and value, and
 * refusing a key that an earlier row of the same file already used.
 */
public final class RowValidator {
    private final Register register;
    private final HeaderMapping mapping;
    private final String fileName;
    private final ProblemList problems;
    private final SeenKeys seenKeys = new SeenKeys();

    public RowValidator(HeaderMapping mapping, String fileName, ProblemList problems) {
        this.register = mapping.register();
        this.mapping = mapping;
        this.fileName = fileName;
        this.problems = problems;
    }

    /** The record of a row, or null when the row has an error (which is then reported). */
    public DirectoryRecord validate(long rowNumber, List<String> cells) {
        List<Field> fields = register.fields();
        String[] values = new String[fields.size()];
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            int c = mapping.columnOf(i);
            if (c < 0) {
                continue;
            }
            String raw = c < cells.size() ? cells.get(c) : "";
            FieldParser.Parsed parsed = FieldParser.parse(fields.get(i), raw);
            values[i] = parsed.value();
            if (parsed.issue() != null) {
                problems.add(new Problem(parsed.issue().isError() ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                        parsed.issue().name().toLowerCase(java.util.Locale.ROOT), fileName, rowNumber,
                        mapping.headerOf(i), raw == null ? "" : FieldParser.clean(raw), ""));
                ok &= !parsed.issue().isError();
            }
        }
        if (register == Register.SUBJECTS && values[0] == null && values[1] == null && ok) {
            problems.add(new Problem(Problem.Severity.ERROR, "no_code", fileName, rowNumber, mapping.headerOf(0), "", ""));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String key = register.keyOf(values);
        long first = seenKeys.putIfAbsent(key, rowNumber);
        if (first >= 0) {
            problems.add(new Problem(Problem.Severity.ERROR, "duplicate_key", fileName, rowNumber,
                    mapping.headerOf(register == Register.SUBJECTS && values[0] == null ? 1 : 0), key,
                    Long.toString(first)));
            return null;
        }
        // the writer looks the key up in the current version: compute (and cache) its hash here,
        // on the reading thread, not on the writing one
        key.hashCode();
        return DirectoryRecord.of(register, values);
    }
}
