package org.sortes.draw;

import java.util.List;

/**
 * Everything needed to check a draw without trusting Sortes: the protocol version, the plan, the
 * digests, the commitment and the secret, the observers' digits and the beacon, the seed and the
 * results with full tickets and teams. The lists travel inline or beside the proof.
 *
 * <p>{@code stated} holds what a proof file states that the verifier recomputes on its own (seed
 * hash, stratum names, the digests named beside list files); a proof built by Sortes leaves it
 * null and the writer derives those members.
 */
public record Proof(String protocol, DrawPlan plan, Protocol.Digests digests, String commitment, String secret,
                    List<Observer> observers, String beaconValue, String beaconSource, String seed,
                    List<Integer> stratumSizes, List<Integer> sampleSizes, List<DrawResult.Target> targets,
                    List<Decision> decisions, String sessionState, Stated stated) {

    /** One observer's contribution to the entropy; role is one of {@link #ROLES}. */
    public record Observer(String name, String role, String digits) {
    }

    /** The observer roles a proof may name (protocol 2 refuses others). */
    public static final List<String> ROLES = List.of("notary", "npc_deputy", "cppcc_member", "media", "discipline",
            "other");

    /** The states a proof may be exported in. */
    public static final List<String> STATES = List.of("drawn", "locked", "voided");

    /** What the officer decided about a target that could not be staffed. */
    public record Decision(int rank, String id, String decision) {
    }

    /** Members of a proof file that repeat what can be recomputed; null where a file has none. */
    public record Stated(String seedHash, List<String> stratumNames, String candidatesFileSha256,
                         String inspectorsFileSha256, String beaconReference) {
    }

    public List<String> digitGroups() {
        return observers.stream().map(Observer::digits).toList();
    }

    public int version() {
        return Protocol.versionOf(protocol);
    }
}
