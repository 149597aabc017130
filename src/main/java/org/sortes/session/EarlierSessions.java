package org.sortes.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sortes.documents.Minutes;
import org.sortes.draw.DrawPlan;
import org.sortes.i18n.I18n;
import org.sortes.store.DrawSessionRow;

/**
 * The other sessions, aborted or voided, that share a spot-check item with a session and ended so
 * within 365 days before its session date (or after it): notices, minutes and the audience display
 * name them, so that a redraw is never quiet. Rehearsals are not named.
 */
final class EarlierSessions {
    /** Official documents and the display speak Chinese whatever the operator's language. */
    private static final I18n OFFICIAL = new I18n(I18n.CHINESE);

    private EarlierSessions() {
    }

    static List<Minutes.Earlier> of(DrawServiceImpl draw, ObjectMapper json, DrawSessionRow row, DrawPlan plan) {
        java.time.LocalDate since = plan.sessionDate().minusDays(365);
        List<Minutes.Earlier> out = new ArrayList<>();
        for (DrawSessionRow other : draw.rows()) {
            SessionState state = SessionState.of(other.state());
            if (other.id() == row.id() || other.rehearsal() || (state != SessionState.ABORTED
                    && state != SessionState.VOIDED)) {
                continue;
            }
            DrawPlan otherPlan = PlanJson.stored(json, other.planJson());
            String endedAt = state == SessionState.ABORTED ? other.abortedAt() : other.voidedAt();
            if (otherPlan.items().stream().noneMatch(plan.items()::contains)
                    || OffsetDateTime.parse(endedAt).toLocalDate().isBefore(since)) {
                continue;
            }
            out.add(new Minutes.Earlier(other.id(), other.name(), OFFICIAL.get(reached(other).messageKey()),
                    OFFICIAL.get(state.messageKey()) + "（" + shownDay(endedAt) + "）",
                    state == SessionState.ABORTED ? other.abortReason() : other.voidReason()));
        }
        return out;
    }

    /** The last stage a session completed, read from the times it recorded. */
    private static SessionState reached(DrawSessionRow r) {
        return r.lockedAt() != null ? SessionState.LOCKED : r.drawnAt() != null ? SessionState.DRAWN
                : r.revealedAt() != null ? SessionState.REVEALED : r.committedAt() != null ? SessionState.COMMITTED
                : r.frozenAt() != null ? SessionState.FROZEN : SessionState.PLANNED;
    }

    private static String shownDay(String iso) {
        java.time.LocalDate d = OffsetDateTime.parse(iso).toLocalDate();
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
