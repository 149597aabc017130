package org.sortes.session;

import java.util.List;
import java.util.Map;
import org.sortes.draw.Population;
import org.sortes.draw.Protocol;

/** What freezing found: candidates per stratum, who was left out and why, the pool and the digests. */
public record FreezeReport(long candidates, Map<Population.Exclusion, Integer> excluded, List<String> strata,
                           List<Integer> stratumSizes, List<Integer> sampleSizes, long pool, long qualified,
                           Protocol.Digests digests) {
}
