package org.sortes.store;

import java.util.List;
import org.sortes.directory.DirectoryRecord;

/** Some rows of a query and how many rows match it in all. */
public record Page(List<DirectoryRecord> rows, long total) {
}
