package org.sortes.directory;

import java.util.List;

/** Some rows of a query and how many rows match it in all. */
public record Page(List<DirectoryRecord> rows, long total) {
}
