package org.sortes.session;

import java.util.List;
import java.util.Map;

/**
 * What freezing found: candidates per stratum, who was left out and why (by exclusion code, e.g.
 * OUT_OF_SCOPE), the pool and the three digests of protocol §4.
 */
public record FreezeReport(long candidates, Map<String, Integer> excluded, List<String> strata,
                           List<Integer> stratumSizes, List<Integer> sampleSizes, long pool, long qualified,
                           Digest planDigest, Digest candidatesDigest, Digest inspectorsDigest,
                           Digest registerDigest) {
}
