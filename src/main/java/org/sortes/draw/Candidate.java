package org.sortes.draw;

/** A subject in the frozen population: its id (USCC or registration number), stratum and region. */
public record Candidate(String id, int stratum, String region) {
}
