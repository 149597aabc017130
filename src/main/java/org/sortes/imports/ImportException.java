package org.sortes.imports;

/** A file cannot be imported at all (unreadable, wrong format, missing columns). */
public class ImportException extends RuntimeException {
    private final Problem problem;

    public ImportException(Problem problem, Throwable cause) {
        super(problem.code() + ": " + problem.file() + " " + problem.value(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
