package org.sortes.directory;

/** What an import read of its file: the file's digest and encoding, how many data rows. */
public record FileFacts(String fileName, String sha256, String encoding, long rows) {
}
