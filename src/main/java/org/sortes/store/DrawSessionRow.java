package org.sortes.store;

/** A draw session as stored: its state and what each stage recorded (null until that stage). */
public record DrawSessionRow(long id, String name, String createdAt, String actor, String state, String planJson,
                             String planDigest, Long subjectsVersion, Long inspectorsVersion, String candidatesDigest,
                             String inspectorsDigest, Long candidateCount, Long poolCount, String exclusions,
                             String stratumSizes, String frozenAt, String commitment, String committedAt,
                             String beaconValue, String beaconSource, String secret, String revealedAt, String seed,
                             String drawnAt, String lockedAt, String abortedAt, String abortReason,
                             String auditHead, String registerDigest, Long drawnBasis, String voidedAt, String voidReason,
                             boolean rehearsal) {

    /** Candidates per stratum as recorded at freeze ("12,340,5"); empty before the freeze. */
    public java.util.List<Integer> stratumSizeList() {
        return stratumSizes == null || stratumSizes.isEmpty() ? java.util.List.of()
                : java.util.Arrays.stream(stratumSizes.split(",")).map(Integer::valueOf).toList();
    }
}
