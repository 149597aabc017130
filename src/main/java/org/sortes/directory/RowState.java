package org.sortes.directory;

/** What the current version holds for a key: its row, its value fingerprint and whether retired. */
public record RowState(long rowId, long hash, boolean retired) {
}
