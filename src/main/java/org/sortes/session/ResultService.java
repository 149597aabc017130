package org.sortes.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Inspection results (检查结果) of a locked session's targets: entered after the checks, corrected
 * only by a new entry with a reason, and exported for publication (公示).
 */
public interface ResultService {

    /**
     * Records the result of target rank. A target that has a result already takes a new one only as a
     * correction, with correctionReason; the earlier entry stays on record. Returns the stored entry.
     */
    InspectionResult record(long sessionId, int rank, ResultOutcome outcome, LocalDate inspectedOn, String note,
                            String correctionReason);

    /** Every entry, corrections included, oldest first. */
    List<InspectionResult> history(long sessionId);

    /** The current result of each target that has one, by rank. */
    List<InspectionResult> current(long sessionId);

    /** How many targets have no result yet. */
    int missing(long sessionId);

    /** Writes the current results for publication as CSV (UTF-8 with BOM); returns the rows written. */
    int exportPublic(long sessionId, Path target);
}
