package org.sortes.directory;

/** How a register field's text is read, checked and stored. */
public enum FieldType {
    /** Free text, trimmed. */
    TEXT,
    /** Unified social credit code (18 characters, GB 32100-2015). */
    USCC,
    /** Legacy 15-digit registration number. */
    REGISTRATION_NUMBER,
    /** Six-digit administrative division code (行政区划代码). */
    REGION,
    /** A calendar date, stored as ISO yyyy-MM-dd. */
    DATE,
    /** A non-negative whole number. */
    COUNT,
    /** Yes or no, stored as 1 or 0. */
    FLAG,
    /** Credit risk class A, B, C or D. */
    RISK_CLASS,
    /** Inspector status: on duty (在岗) or off duty (离岗). */
    DUTY_STATUS,
    /** Several values separated by ; ， 、 or |, stored joined by ';'. */
    LIST,
    /** The name of a department in the departments register. */
    DEPARTMENT,
    /** A list of subject codes (USCC or registration number). */
    CODE_LIST
}
