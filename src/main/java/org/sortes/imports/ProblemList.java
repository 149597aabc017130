package org.sortes.imports;

import java.util.ArrayList;
import java.util.List;
import org.sortes.directory.Problem;

/**
 * Collects problems, counting all but keeping at most a set number in memory: a file with a
 * million bad rows must not exhaust the heap, and nobody reads past the first thousands.
 */
public final class ProblemList {
    public static final int DEFAULT_KEEP = 10_000;

    private final int keep;
    private final List<Problem> kept = new ArrayList<>();
    private long errors;
    private long warnings;

    public ProblemList(int keep) {
        this.keep = keep;
    }

    public ProblemList() {
        this(DEFAULT_KEEP);
    }

    public void add(Problem p) {
        if (p.isError()) {
            errors++;
        } else {
            warnings++;
        }
        if (kept.size() < keep) {
            kept.add(p);
        }
    }

    public void addAll(List<Problem> ps) {
        ps.forEach(this::add);
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public List<Problem> kept() {
        return List.copyOf(kept);
    }

    public boolean truncated() {
        return errors + warnings > kept.size();
    }
}
