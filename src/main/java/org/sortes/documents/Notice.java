package org.sortes.documents;

import java.util.List;
import org.sortes.draw.DrawPlan;
import org.sortes.draw.Protocol;

/**
 * What the notice of a session says, published before the draw: the plan, the frozen population
 * and its digests, and the commitment to the officer's secret (never the secret itself).
 *
 * @param stratumSizes candidates per stratum at freeze; sampleSizes how many each will give
 */
public record Notice(long sessionId, String sessionName, String officer, boolean rehearsal, DrawPlan plan, List<Minutes.Item> items,
                     long subjectsVersion, long inspectorsVersion, long candidateCount, long poolCount,
                     List<Minutes.Exclusion> exclusions, List<Integer> stratumSizes, List<Integer> sampleSizes,
                     Protocol.Digests digests, String commitment, String committedAt, String generatedAt,
                     List<Minutes.Earlier> earlier) {
}
