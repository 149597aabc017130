package org.sortes.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sortes.store.ResultRow;

/**
 * Inspection results (检查结果) of a locked session's targets: entered after the checks, corrected
 * only by a new entry with a reason, and exported for publication (公示).
 */
public interface ResultService {

    /** The outcomes as published in the enterprise credit information system's spot-check results. */
    enum Outcome {
        NO_PROBLEM, NOT_AT_REGISTERED_ADDRESS, FALSE_PUBLICITY, NOT_PUBLICISED, ORDERED_TO_CORRECT,
        FURTHER_ACTION, REFUSED_INSPECTION, NO_RELEVANT_ACTIVITY, DEREGISTERED, OTHER;

        /** As stored and typed at the command line: lower case with underscores. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** "Other" says nothing by itself: it needs a note. */
        public boolean needsNote() {
            return this == OTHER;
        }

        public static Outcome of(String code) {
            for (Outcome o : values()) {
                if (o.code().equals(code)) {
                    return o;
                }
            }
            return null;
        }
    }

    /**
     * Records the result of target rank. A target that has a result already takes a new one only as a
     * correction, with correctionReason; the earlier entry stays on record. Returns the stored entry.
     */
    ResultRow record(long sessionId, int rank, String outcome, LocalDate inspectedOn, String note,
                     String correctionReason);

    /** Every entry, corrections included, oldest first. */
    List<ResultRow> history(long sessionId);

    /** The current result of each target that has one, by rank. */
    List<ResultRow> current(long sessionId);

    /** How many targets have no result yet. */
    int missing(long sessionId);

    /** Writes the current results for publication as CSV (UTF-8 with BOM); returns the rows written. */
    int exportPublic(long sessionId, Path target);
}
