package org.sortes.draw;

import java.util.List;

/**
 * Everything needed to check a draw without trusting Sortes: the protocol version, the plan, the
 * digests, the commitment and the secret, the observers' digits and the beacon, the seed and the
 * results with full tickets and teams. The lists travel inline or beside the proof.
 */
public record Proof(String protocol, DrawPlan plan, Protocol.Digests digests, String commitment, String secret,
                    List<Observer> observers, String beaconValue, String beaconSource, String seed,
                    List<Integer> stratumSizes, List<Integer> sampleSizes, List<DrawResult.Target> targets) {

    /** One observer's contribution to the entropy. */
    public record Observer(String name, String role, String digits) {
    }

    public List<String> digitGroups() {
        return observers.stream().map(Observer::digits).toList();
    }
}
