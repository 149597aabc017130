package org.sortes.ui.session;

import org.sortes.session.DrawSession;

/**
 * The windows the sessions tab opens, provided by the shell (they need its stage and services): the
 * tab's view model decides when, the shell how.
 */
public interface SessionWindows {
    /** Asks who runs the session (recorded), then runs next; nothing when the officer cancels. */
    void askOperatorThen(Runnable next);

    /**
     * The wizard and the audience display for a session; closed runs when the wizard is closed (the
     * session has moved on meanwhile: the tab shows it again).
     */
    void showCeremony(long sessionId, Runnable closed);

    /** The plan editor, starting from the selected session's plan when there is one. */
    void openEditor(SessionsViewModel sessions);

    /** The session's documents, previewed, printed and saved. */
    void openPreview(DrawSession session);

    /** The entry of one target's inspection result. */
    void enterResult(SessionsViewModel sessions, SessionsViewModel.TargetLine target);
}
