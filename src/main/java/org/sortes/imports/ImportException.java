package org.sortes.imports;

import org.sortes.directory.Problem;

/** A file cannot be imported at all (unreadable, wrong format, missing columns). */
public class ImportException extends RuntimeException implements org.sortes.i18n.Explained {
    private final Problem problem;

    public ImportException(Problem problem, Throwable cause) {
        super(problem.code() + ": " + problem.file() + " " + problem.value(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    @Override
    public String messageKey() {
        return "problem." + problem.code();
    }

    @Override
    public Object[] messageArgs() {
        return new Object[] {problem.column(), problem.value(), problem.detail() == null ? "" : problem.detail()};
    }

    /** Where (file, row) and then what: the same sentence as in the problem list. */
    @Override
    public String saidIn(org.sortes.i18n.I18n i18n) {
        return ProblemWords.sentence(problem, i18n);
    }
}
