package org.sortes.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What an import does, shown before it is committed: counts compared with the current version and
 * every problem found. It can be committed only when it has no error.
 */
public record ImportPreview(Register register, Path file, FileFacts facts,
                            long added, long changed, long unchanged, long retired, long errors, long warnings,
                            List<Problem> problems, boolean problemsTruncated, Set<String> newDepartments) {

    /** The file could not be read to its end, so it has no counts to show (a refusal retires nothing). */
    public boolean fileRefused() {
        return facts.sha256() == null;
    }

    public boolean canCommit() {
        return errors == 0 && facts.rows() > 0;
    }
}
