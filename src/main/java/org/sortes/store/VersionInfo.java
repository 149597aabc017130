package org.sortes.store;

/** Who made a new version, how and from what file (file fields null for edits). */
public record VersionInfo(String source, String actor, String createdAt, String fileName, String fileSha256,
                          String encoding, String note) {

    public static VersionInfo edit(String source, String actor, String createdAt, String note) {
        return new VersionInfo(source, actor, createdAt, null, null, null, note);
    }
}
