package org.sortes.directory;

/** Text cells written for spreadsheets (CSV exports). */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** Neutralises a leading =, +, -, @, tab or carriage return (CSV formula injection) with an apostrophe. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
