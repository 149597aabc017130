package org.sortes.session;

import org.sortes.directory.Problem;
import org.sortes.i18n.I18n;
import org.sortes.imports.ProblemWords;

/** The words for an import's problem, for the console and the command line (which do not reach imports). */
public final class ImportProblems {
    private ImportProblems() {
    }

    /** Where (file, row, column), then what and the value, in the user's language. */
    public static String sentence(Problem p, I18n i18n) {
        return ProblemWords.sentence(p, i18n);
    }
}
