package org.sortes.documents;

import java.nio.file.Path;

/** A file embedded in a document (PDF/A-3 associated file), with its SHA-256 as printed. */
public record Attachment(Path file, String mimeType, String description, String sha256) {
    public String fileName() {
        return file.getFileName().toString();
    }
}
