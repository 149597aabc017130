package org.sortes.ui.directory;

import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.Register;

/** The windows a register's tab opens, and what it tells the shell; provided by the shell. */
public interface RegisterWindows {
    /** The form for a new record (existing null) or for changing one. */
    void editRecord(Register register, DirectoryRecord existing);

    /** The import of a file the user chooses into the register. */
    void importInto(Register register);

    /** A register changed (a record retired): the shell updates what it shows of the counts. */
    void registersChanged();
}
