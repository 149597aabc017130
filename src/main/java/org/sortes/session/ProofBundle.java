package org.sortes.session;

import java.util.List;
import org.sortes.draw.Candidate;
import org.sortes.draw.PoolInspector;
import org.sortes.draw.Proof;

/** A proof with the frozen lists it refers to. */
public record ProofBundle(long sessionId, Proof proof, List<Candidate> candidates, List<PoolInspector> pool,
                          boolean rehearsal) {
    public ProofBundle(long sessionId, Proof proof, List<Candidate> candidates, List<PoolInspector> pool) {
        this(sessionId, proof, candidates, pool, false);
    }
}
