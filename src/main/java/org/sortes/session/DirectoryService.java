package org.sortes.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sortes.directory.DirectoryRecord;
import org.sortes.directory.DirectoryVersion;
import org.sortes.directory.Page;
import org.sortes.directory.Register;
import org.sortes.directory.RegisterQuery;
import org.sortes.progress.Progress;

/** The registers of a workspace as the UI and the CLI use them. */
public interface DirectoryService {

    Page query(RegisterQuery query);

    Optional<DirectoryRecord> find(Register register, String key);

    /** The values offered in a filter (current, not retired records). */
    List<String> filterChoices(Register register, String fieldKey);

    /** Current records of each register, retired ones not counted. */
    Map<Register, Long> counts();

    List<DirectoryVersion> versions(Register register);

    /**
     * Reads and checks a file and writes it as a new version inside a transaction that stays open:
     * the returned import shows its preview and is then committed or closed (discarded). On cancel
     * or failure while reading, nothing is written. The file is the whole register: current records
     * missing from it are retired.
     */
    PendingImport previewImport(Register register, Path file, String encoding, Progress progress);

    /**
     * Writes an import's problems as a CSV file (in the user's language, UTF-8 with BOM) for the
     * register's keeper to correct the file by; whole or not at all. Refuses in words when it cannot.
     */
    void saveProblems(org.sortes.directory.ImportPreview preview, Path target, org.sortes.i18n.I18n i18n);

    /** Fills an empty workspace with the demo data (3,000 market subjects). */
    default List<DirectoryVersion> createDemo(Progress progress) {
        return createDemo(3000, progress);
    }

    /** Fills an empty workspace with the demo data, with this many market subjects (for larger trials). */
    List<DirectoryVersion> createDemo(int subjects, Progress progress);

    /** Adds (isNew) or changes one record from text values; bad values are refused with reasons. */
    DirectoryRecord save(Register register, String[] rawValues, boolean isNew);

    /** Retires a record: kept for history and earlier draws, left out of new ones. */
    void retire(Register register, String key);
}
