package org.sortes.directory;


/** One version of one register, as stored, with what it changed against the one before. */
public record DirectoryVersion(long id, Register register, String createdAt, String actor, String source,
                               String fileName, String fileSha256, String encoding, long rowCount, long added,
                               long changed, long unchanged, long retired, long warnings, String note) {
}
