package org.sortes.directory;

/** What can be wrong with one value; each has a message in the i18n bundles under "issue.<name>". */
public enum FieldIssue {
    REQUIRED_EMPTY(true),
    /** TAB, line breaks, NUL, ESC and the like: they would break the canonical lists a draw hashes. */
    CONTROL_CHARACTER(true),
    /** Longer than any real value of a register (see {@link FieldParser#MAX_CHARACTERS}). */
    TOO_LONG(true),
    USCC_MALFORMED(true),
    USCC_CHECK_CHARACTER(false),
    REGISTRATION_NUMBER_MALFORMED(true),
    REGION_MALFORMED(true),
    DATE_INVALID(true),
    COUNT_INVALID(true),
    FLAG_INVALID(true),
    RISK_CLASS_UNKNOWN(true),
    DUTY_STATUS_UNKNOWN(true),
    CODE_LIST_ENTRY_MALFORMED(false);

    private final boolean error;

    FieldIssue(boolean error) {
        this.error = error;
    }

    /** An error stops the import; a warning is reported and the value kept. */
    public boolean isError() {
        return error;
    }
}
