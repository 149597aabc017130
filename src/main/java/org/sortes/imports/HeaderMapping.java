package org.sortes.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sortes.directory.Field;
import org.sortes.directory.Problem;
import org.sortes.directory.Register;

/**
 * Matches a file's header cells to a register's fields by their Chinese or English names (or a
 * known alias), in any order, ignoring case, spaces, full-width forms and a trailing "*".
 */
public final class HeaderMapping {
    private final Register register;
    private final int[] columnOfField;
    private final List<String> header;
    private final List<Problem> problems;

    private HeaderMapping(Register register, int[] columnOfField, List<String> header, List<Problem> problems) {
        this.register = register;
        this.columnOfField = columnOfField;
        this.header = header;
        this.problems = problems;
    }

    public static HeaderMapping of(Register register, List<String> header, String fileName) {
        Map<String, Integer> fieldByName = new HashMap<>();
        List<Field> fields = register.fields();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            fieldByName.put(normalise(f.key()), i);
            fieldByName.put(normalise(f.chinese()), i);
            fieldByName.put(normalise(f.english()), i);
            for (String a : f.aliases()) {
                fieldByName.putIfAbsent(normalise(a), i);
            }
        }
        int[] columnOfField = new int[fields.size()];
        Arrays.fill(columnOfField, -1);
        List<Problem> problems = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c) == null ? "" : header.get(c).strip();
            if (name.isEmpty()) {
                continue;
            }
            Integer f = fieldByName.get(normalise(name));
            if (f == null) {
                problems.add(new Problem(Problem.Severity.WARNING, "unknown_column", fileName, 1, name, name, ""));
            } else if (columnOfField[f] >= 0) {
                problems.add(new Problem(Problem.Severity.ERROR, "duplicate_column", fileName, 1, name, name,
                        header.get(columnOfField[f])));
            } else {
                columnOfField[f] = c;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).required() && columnOfField[i] < 0) {
                missing.add(fields.get(i).chinese());
            }
        }
        if (register == Register.SUBJECTS && columnOfField[0] < 0 && columnOfField[1] < 0) {
            missing.add(0, fields.get(0).chinese() + "/" + fields.get(1).chinese());
        }
        if (!missing.isEmpty()) {
            // the columns by the names the register's files use (docs/import-format.md), in either language's message
            problems.add(Problem.fileError("missing_columns", fileName, String.join("、", missing)));
        }
        return new HeaderMapping(register, columnOfField, List.copyOf(header), problems);
    }

    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isWhitespace(ch) && ch != '*' && ch != '_' && ch != '-' && ch != '\ufeff') {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    public Register register() {
        return register;
    }

    /** The file column of a field, -1 when the file has none. */
    public int columnOf(int fieldIndex) {
        return columnOfField[fieldIndex];
    }

    /** The header text of a field's column as the file has it, or the field's Chinese name. */
    public String headerOf(int fieldIndex) {
        int c = columnOfField[fieldIndex];
        return c >= 0 ? header.get(c) : register.fields().get(fieldIndex).chinese();
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean usable() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
