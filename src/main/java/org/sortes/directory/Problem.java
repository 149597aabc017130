package org.sortes.directory;

/**
 * One thing wrong with an input file: what (a message key under "problem."), where (file, row as
 * the user sees it in a spreadsheet, column as headed in the file) and the value found.
 *
 * @param row    1-based row in the file (the header is row 1); 0 for the whole file
 * @param detail extra text for the message (e.g. the first row of a duplicate)
 */
public record Problem(Severity severity, String code, String file, long row, String column, String value,
                      String detail) {

    public enum Severity { ERROR, WARNING }

    public static Problem fileError(String code, String file, String detail) {
        return new Problem(Severity.ERROR, code, file, 0, "", "", detail);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

}
