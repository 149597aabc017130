package org.sortes.ui.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import org.sortes.i18n.I18n;
import org.sortes.session.AudienceSnapshot;
import org.sortes.session.Digest;
import org.sortes.session.SessionState;

/**
 * What the projector shows, decided here and only drawn by the view: a heading for the stage, lines
 * of facts to read aloud (digests and digits in groups), the targets revealed so far, and the
 * summary. It follows the wizard's snapshot and the officer's pacing of the targets.
 */
public final class AudienceViewModel {
    /** How a line is set: plain text, a value to compare character by character, a check passed. */
    public enum Kind { TEXT, CODE, PASSED, FAILED }

    public record Line(String label, String value, Kind kind) {
    }

    /** One screen of the audience display. */
    public record Screen(String title, String subtitle, boolean rehearsal, String heading, List<Line> lines,
                         List<AudienceSnapshot.Target> targets, int totalTargets, List<Line> summary,
                         List<String> qr) {
    }

    /** Digits being entered for an observer, shown as they are typed; atKeyboard: the observer types them. */
    public record Typing(String name, String digits, boolean atKeyboard) {
    }

    private final I18n i18n;
    private final ObjectBinding<Screen> screen;
    private final javafx.beans.value.ObservableValue<Typing> typing;

    public AudienceViewModel(ObjectProperty<AudienceSnapshot> snapshot, IntegerProperty shownTargets, I18n i18n) {
        this(snapshot, shownTargets, new javafx.beans.property.SimpleObjectProperty<>(), i18n);
    }

    /** typing: the digits the wizard's entry holds, so that the hall follows each one as it is typed. */
    public AudienceViewModel(ObjectProperty<AudienceSnapshot> snapshot, IntegerProperty shownTargets,
                             javafx.beans.value.ObservableValue<Typing> typing, I18n i18n) {
        this.i18n = i18n;
        this.typing = typing;
        this.screen = Bindings.createObjectBinding(() -> screen(snapshot.get(), shownTargets.get()), snapshot,
                shownTargets, typing);
    }

    public ObjectBinding<Screen> screenProperty() {
        return screen;
    }

    Screen screen(AudienceSnapshot s, int shown) {
        if (s == null) {
            return new Screen(i18n.get("audience.waiting"), "", false, "", List.of(), List.of(), 0, List.of(), List.of());
        }
        String subtitle = String.join("、", s.departments()) + (s.departments().size() > 1
                ? i18n.get("audience.joint") : "") + "　" + day(s.sessionDate()) + "　" + i18n.get("audience.session",
                s.sessionId());
        List<Line> lines = new ArrayList<>();
        String heading;
        List<AudienceSnapshot.Target> targets = List.of();
        List<Line> summary = List.of();
        switch (s.state()) {
            case PLANNED -> heading = i18n.get("audience.heading.planned");
            case FROZEN -> {
                heading = i18n.get("audience.heading.frozen");
                digests(s, lines);
                earlier(s, lines);
            }
            case COMMITTED -> {
                heading = s.observers().isEmpty() ? i18n.get("audience.heading.committed")
                        : i18n.get("audience.heading.entropy");
                lines.add(new Line(i18n.get("audience.commitment"), s.commitment().grouped(), Kind.CODE));
                observers(s, lines);
                Typing t = typing.getValue();
                if (t != null) {
                    lines.add(new Line(i18n.get(t.atKeyboard() ? "audience.typingByObserver" : "audience.typing",
                            t.name().isEmpty() ? i18n.get("audience.typingNobody") : t.name()),
                            Digest.group(t.digits()) + " ▏", Kind.CODE));
                }
                if (s.digitsStillNeeded() > 0) {
                    lines.add(new Line(i18n.get("audience.stillNeeded"), i18n.get("audience.digits",
                            s.digitsStillNeeded()), Kind.TEXT));
                }
                beacon(s, lines);
            }
            case REVEALED -> {
                heading = i18n.get("audience.heading.revealed");
                reveal(s, lines);
            }
            case DRAWN, LOCKED, VOIDED -> {
                heading = s.state() == SessionState.DRAWN && shown < s.targets().size()
                        ? i18n.get("audience.heading.drawing", shown, s.targets().size())
                        : i18n.get("audience.heading.result", s.targets().size());
                targets = s.targets().subList(0, Math.min(shown, s.targets().size()));
                if (shown >= s.targets().size() || s.state() != SessionState.DRAWN) {
                    summary = summary(s); // the final screen: counts per stratum, the proof's digest, the code
                } else {
                    lines.add(new Line(i18n.get("audience.seedHash"), s.seedHash().grouped(), Kind.CODE));
                }
                if (s.state() == SessionState.VOIDED) {
                    heading = i18n.get("audience.heading.voided");
                }
            }
            case ABORTED -> heading = i18n.get("audience.heading.aborted");
            default -> heading = "";
        }
        return new Screen(s.title(), subtitle, s.rehearsal(), heading, List.copyOf(lines), List.copyOf(targets),
                s.targets().size(), summary, s.summaryCode());
    }

    private void digests(AudienceSnapshot s, List<Line> lines) {
        lines.add(new Line(i18n.get("audience.planDigest"), s.digests().plan().grouped(), Kind.CODE));
        lines.add(new Line(i18n.get("audience.candidatesDigest"), s.digests().candidates().grouped(), Kind.CODE));
        lines.add(new Line(i18n.get("audience.inspectorsDigest"), s.digests().inspectors().grouped(), Kind.CODE));
        if (s.digests().register() != null) {
            lines.add(new Line(i18n.get("audience.registerDigest"), s.digests().register().grouped(), Kind.CODE));
        }
        int candidates = s.strata().stream().mapToInt(AudienceSnapshot.Stratum::candidates).sum();
        int drawn = s.strata().stream().mapToInt(AudienceSnapshot.Stratum::drawn).sum();
        lines.add(new Line(i18n.get("audience.population"), i18n.get("audience.populationValue", candidates, drawn),
                Kind.TEXT));
    }

    /** Every aborted or voided session with the same items, named before the draw: no quiet redraw. */
    private void earlier(AudienceSnapshot s, List<Line> lines) {
        for (AudienceSnapshot.Earlier e : s.earlier()) {
            lines.add(new Line(i18n.get("audience.earlier", e.sessionId()), e.status() + "，" + e.stage() + "："
                    + e.reason(), Kind.TEXT));
        }
    }

    private void observers(AudienceSnapshot s, List<Line> lines) {
        for (AudienceSnapshot.Contribution o : s.observers()) {
            lines.add(new Line(i18n.get(o.role().messageKey()) + "　" + o.name()
                    + (o.organisation() == null ? "" : "（" + o.organisation() + "）"), Digest.group(o.digits()), Kind.CODE));
        }
    }

    private void beacon(AudienceSnapshot s, List<Line> lines) {
        if (s.beacon() == null) {
            return;
        }
        lines.add(new Line(i18n.get("audience.beacon"), s.beacon().source() + "　" + s.beacon().reference(), Kind.TEXT));
        if (s.beacon().value() != null) {
            lines.add(new Line(i18n.get("audience.beaconValue"), s.beacon().value(), Kind.CODE));
        }
    }

    private void reveal(AudienceSnapshot s, List<Line> lines) {
        lines.add(new Line(i18n.get("audience.commitment"), s.commitment().grouped(), Kind.CODE));
        lines.add(new Line(i18n.get("audience.secret"), s.reveal().secret().grouped(), Kind.CODE));
        lines.add(new Line(i18n.get("audience.check"), i18n.get(s.reveal().matchesCommitment() ? "audience.check.passed"
                : "audience.check.failed"), s.reveal().matchesCommitment() ? Kind.PASSED : Kind.FAILED));
    }

    private List<Line> summary(AudienceSnapshot s) {
        List<Line> out = new ArrayList<>();
        for (AudienceSnapshot.Stratum st : s.strata()) {
            out.add(new Line(st.name(), i18n.get("audience.stratumValue", st.drawn(), st.candidates()), Kind.TEXT));
        }
        long unstaffed = s.targets().stream().filter(t -> !t.staffed()).count();
        if (unstaffed > 0) {
            out.add(new Line(i18n.get("audience.unstaffed"), Long.toString(unstaffed), Kind.TEXT));
        }
        if (s.proofSha256() != null) {
            out.add(new Line(i18n.get("audience.proofSha256"), s.proofSha256().grouped(), Kind.CODE));
        }
        return List.copyOf(out);
    }

    private static String day(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
