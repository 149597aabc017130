package org.sortes.session;

/**
 * Whether the audit chain is whole: how many events, the hash at its head, and when it is broken the
 * first event that does not hold and why.
 */
public record ChainCheck(boolean intact, long events, String head, Long firstBroken, String problem) {
}
