package org.sortes.documents;

import java.nio.file.Path;

/**
 * A file embedded in a document (PDF/A-3 associated file), with its SHA-256 as printed.
 *
 * @param zlib where a zlib stream (RFC 1950) of the same bytes may lie, to be embedded as it is (a PDF's
 *             FlateDecode is that format): the frozen lists are stored so, and deflating 12 MB of candidates
 *             again cost a tenth of the minutes' time; null, or no such file, and the file is deflated
 */
public record Attachment(Path file, String mimeType, String description, String sha256, Path zlib) {
    public Attachment(Path file, String mimeType, String description, String sha256) {
        this(file, mimeType, description, sha256, null);
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
