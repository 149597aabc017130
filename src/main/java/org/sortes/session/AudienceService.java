package org.sortes.session;

/** What the hall sees of a session (the audience display). */
public interface AudienceService {
    /** The session as the audience may see it now; see {@link AudienceSnapshot} for what is left out. */
    AudienceSnapshot snapshot(long sessionId);
}
