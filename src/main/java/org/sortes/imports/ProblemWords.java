package org.sortes.imports;

import org.sortes.directory.Problem;
import org.sortes.i18n.I18n;

/** How a problem of an input file is said to people: where (file, row, column), then what and the value. */
public final class ProblemWords {
    private ProblemWords() {
    }

    public static String sentence(Problem p, I18n i18n) {
        String what = i18n.get("problem." + p.code(), p.column(), p.value(), p.detail() == null ? "" : p.detail());
        String where = p.row() <= 0 ? i18n.get("problem.where.file", p.file())
                : p.column() == null || p.column().isEmpty() ? i18n.get("problem.where.rowOnly", p.file(), p.row())
                : i18n.get("problem.where.row", p.file(), p.row(), p.column());
        return where + what;
    }
}
