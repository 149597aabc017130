package org.sortes.ui.session;

import java.nio.file.Files;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sortes.i18n.I18n;
import org.sortes.progress.CancelledException;
import org.sortes.session.AudienceService;
import org.sortes.session.AudienceSnapshot;
import org.sortes.session.DrawService;
import org.sortes.session.ObserverRole;
import org.sortes.session.SessionState;
import org.sortes.ui.DialogService;
import org.sortes.ui.TaskRunner;

/**
 * The session wizard: one session walked stage by stage in front of the hall. It offers only what
 * the stage allows, asks before every step that cannot be undone, runs the long ones off the FX
 * thread, and keeps the audience snapshot current for the projector. Reopened on a session in
 * progress it starts at the stage the session is in.
 */
public final class CeremonyViewModel {
    /** The wizard's steps; the session's state decides which one is current. */
    public enum Step {
        FREEZE, COMMIT, OBSERVERS, BEACON, REVEAL, DRAW, LOCK, DONE, ENDED;

        public String key() {
            return "ceremony.step." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final DrawService draw;
    private final AudienceService audience;
    private final org.sortes.session.DocumentService documents;
    private final org.sortes.ui.Printing printing;
    private final DialogService dialogs;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final long sessionId;
    private final ObjectProperty<AudienceSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FREEZE);
    private final IntegerProperty shownTargets = new SimpleIntegerProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final StringProperty observerName = new SimpleStringProperty("");
    private final ObjectProperty<ObserverRole> observerRole = new SimpleObjectProperty<>(ObserverRole.NOTARY);
    private final StringProperty observerDigits = new SimpleStringProperty("");
    private final StringProperty observerOrganisation = new SimpleStringProperty("");
    private final StringProperty observerMethod = new SimpleStringProperty("");
    /** The observer types the digits at the keyboard himself (else the officer types what is read out). */
    private final BooleanProperty observerAtKeyboard = new SimpleBooleanProperty(false);
    /** The digits being typed, with whose they are: the hall sees each digit as it is entered. */
    private final javafx.beans.binding.ObjectBinding<AudienceViewModel.Typing> typing =
            javafx.beans.binding.Bindings.createObjectBinding(() -> {
                String digits = observerDigits.get() == null ? "" : observerDigits.get().replaceAll("[^0-9]", "");
                return step.get() == Step.OBSERVERS && !digits.isEmpty()
                        ? new AudienceViewModel.Typing(observerName.get().strip(), digits, observerAtKeyboard.get())
                        : null;
            }, observerDigits, observerName, observerAtKeyboard, step);
    private final StringProperty beaconValue = new SimpleStringProperty("");
    private final StringProperty secretText = new SimpleStringProperty("");
    /** The officer said the digits are complete (more than the minimum may be wanted). */
    private boolean digitsClosed;
    private TaskRunner.Handle running;
    /** The slip this window's commit wrote: the sealed slip is printed from it without asking again. */
    private java.nio.file.Path writtenSlip;

    public CeremonyViewModel(DrawService draw, AudienceService audience, org.sortes.session.DocumentService documents,
                             org.sortes.ui.Printing printing, DialogService dialogs, TaskRunner tasks, I18n i18n,
                             long sessionId) {
        this.draw = draw;
        this.audience = audience;
        this.documents = documents;
        this.printing = printing;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.i18n = i18n;
        this.sessionId = sessionId;
    }

    public long sessionId() {
        return sessionId;
    }

    /** Reads the session again (off the FX thread) and moves to the step its state is in. */
    public void refresh() {
        runJob(p -> audience.snapshot(sessionId), s -> { });
    }

    private void show(AudienceSnapshot s) {
        if (s.beacon() != null && s.beacon().value() != null) {
            digitsClosed = true; // a beacon is entered only after the digits: they were complete
        }
        snapshot.set(s);
        step.set(stepOf(s));
        if (!s.state().drawn()) {
            shownTargets.set(0);
        } else if (s.state() != SessionState.DRAWN) {
            shownTargets.set(s.targets().size()); // resumed after the draw: the hall sees them all
        }
        warning.set(oneVoiceOnly(s) ? i18n.get("ceremony.warning.oneObserver") : "");
    }

    private Step stepOf(AudienceSnapshot s) {
        return switch (s.state()) {
            case PLANNED -> Step.FREEZE;
            case FROZEN -> Step.COMMIT;
            case COMMITTED -> !digitsClosed || s.digitsStillNeeded() > 0 ? Step.OBSERVERS
                    : s.beacon() != null && s.beacon().value() == null ? Step.BEACON : Step.REVEAL;
            case REVEALED -> Step.DRAW;
            case DRAWN -> Step.LOCK;
            case LOCKED -> Step.DONE;
            case ABORTED, VOIDED -> Step.ENDED;
        };
    }

    /** All digits from one person: allowed, but the hall should know that nobody else rolled. */
    private static boolean oneVoiceOnly(AudienceSnapshot s) {
        return s.state() == SessionState.COMMITTED && !s.observers().isEmpty()
                && s.observers().stream().map(AudienceSnapshot.Contribution::name).distinct().count() == 1;
    }

    /** Freezes the lists (a long job: progress and cancel). */
    public void freeze() {
        if (step.get() != Step.FREEZE || !dialogs.confirm(i18n.get("ceremony.step.freeze"),
                i18n.get("ceremony.confirm.freeze"))) {
            return;
        }
        runJob(p -> {
            draw.freeze(sessionId, p);
            return audience.snapshot(sessionId);
        }, s -> message.set(i18n.get("ceremony.done.freeze", s.strata().stream()
                .mapToInt(AudienceSnapshot.Stratum::candidates).sum())));
    }

    /** Generates the secret into a slip the officer chooses (a USB key), and publishes the commitment. */
    public void commit() {
        if (step.get() != Step.COMMIT) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("ceremony.commit.where"), "secret-" + sessionId + ".txt").ifPresent(slip -> {
            if (Files.exists(slip)) {
                error.set(i18n.get("draw.error.slipExists", slip));
                return;
            }
            runJob(p -> {
                draw.commit(sessionId, slip);
                return audience.snapshot(sessionId);
            }, s -> {
                writtenSlip = slip;
                message.set(i18n.get("ceremony.done.commit", slip));
            });
        });
    }

    /** Adds the observer's digits as typed (spaces and commas are dropped by the service). */
    public void addObserver() {
        if (step.get() != Step.OBSERVERS) {
            return;
        }
        String name = observerName.get().strip();
        String digits = observerDigits.get();
        String organisation = observerOrganisation.get().strip();
        // who typed the digits goes on record with how they were produced, and into the minutes
        String method = (observerMethod.get().isBlank() ? i18n.get("ceremony.observer.methodDefault")
                : observerMethod.get().strip()) + i18n.get(observerAtKeyboard.get() ? "ceremony.observer.typedByObserver"
                : "ceremony.observer.typedByOfficer");
        ObserverRole role = observerRole.get();
        runJob(p -> {
            draw.addObserver(sessionId, name, role, organisation.isEmpty() ? null : organisation, method, digits);
            return audience.snapshot(sessionId);
        }, s -> {
            observerDigits.set("");
            observerName.set("");
            observerOrganisation.set("");
            message.set(i18n.get("ceremony.done.observer", name));
        });
    }

    /** The officer closes the entry of digits (enough of them, from everyone who wanted to roll). */
    public void closeDigits() {
        AudienceSnapshot s = snapshot.get();
        if (step.get() != Step.OBSERVERS || s == null) {
            return;
        }
        if (s.digitsStillNeeded() > 0) {
            error.set(i18n.get("draw.error.tooFewDigits", 20 - s.digitsStillNeeded(), 20));
            return;
        }
        if (!dialogs.confirm(i18n.get("ceremony.step.observers"), i18n.get("ceremony.confirm.closeDigits"))) {
            return;
        }
        digitsClosed = true;
        error.set("");
        step.set(stepOf(s));
    }

    public void enterBeacon() {
        if (step.get() != Step.BEACON) {
            return;
        }
        String value = beaconValue.get();
        if (!dialogs.confirm(i18n.get("ceremony.step.beacon"), i18n.get("ceremony.confirm.beacon", value.strip()))) {
            return;
        }
        runJob(p -> {
            draw.setBeacon(sessionId, value);
            return audience.snapshot(sessionId);
        }, s -> beaconValue.set(""));
    }

    /** Loads the secret slip into the field (the officer may also type it). */
    public void loadSecret() {
        dialogs.chooseFileToOpen(i18n.get("ceremony.reveal.load"), "txt").ifPresent(file -> {
            try {
                secretText.set(org.sortes.session.SecretSlip.read(file));
                error.set("");
            } catch (RuntimeException e) {
                error.set(i18n.explain(e));
            }
        });
    }

    public void reveal() {
        if (step.get() != Step.REVEAL || !dialogs.confirm(i18n.get("ceremony.step.reveal"),
                i18n.get("ceremony.confirm.reveal"))) {
            return;
        }
        String secret = secretText.get();
        runJob(p -> {
            draw.reveal(sessionId, secret);
            return audience.snapshot(sessionId);
        }, s -> {
            secretText.set("");
            message.set(i18n.get("ceremony.done.reveal"));
        });
    }

    /** Draws (off the FX thread); the hall then sees the targets one at a time as the officer paces them. */
    public void draw() {
        if (step.get() != Step.DRAW || !dialogs.confirm(i18n.get("ceremony.step.draw"),
                i18n.get("ceremony.confirm.draw"))) {
            return;
        }
        runJob(p -> {
            draw.draw(sessionId, p);
            return audience.snapshot(sessionId);
        }, s -> {
            shownTargets.set(0);
            message.set(i18n.get("ceremony.done.draw", s.targets().size(),
                    s.targets().stream().filter(t -> !t.staffed()).count()));
        });
    }

    /** Shows the next target on the audience display. */
    public void showNext() {
        AudienceSnapshot s = snapshot.get();
        if (s != null && shownTargets.get() < s.targets().size()) {
            shownTargets.set(shownTargets.get() + 1);
        }
    }

    public void showAll() {
        AudienceSnapshot s = snapshot.get();
        if (s != null) {
            shownTargets.set(s.targets().size());
        }
    }

    /** Records what the officer decided for each target without a team, then locks. */
    public void lock() {
        AudienceSnapshot s = snapshot.get();
        if (step.get() != Step.LOCK || s == null) {
            return;
        }
        // the decisions are asked first, then written with the lock off the FX thread
        java.util.Map<Integer, String> decisions = new java.util.LinkedHashMap<>();
        for (AudienceSnapshot.Target t : s.targets()) {
            if (!t.staffed()) {
                var decision = dialogs.askText(i18n.get("ceremony.decide.title"), i18n.get("ceremony.decide.prompt",
                        t.rank(), t.subjectId()), "");
                if (decision.isEmpty()) {
                    return;
                }
                decisions.put(t.rank(), decision.get());
            }
        }
        if (!dialogs.confirm(i18n.get("ceremony.step.lock"), i18n.get("ceremony.confirm.lock"))) {
            return;
        }
        runJob(p -> {
            decisions.forEach((rank, decision) -> draw.decide(sessionId, rank, decision));
            draw.lock(sessionId);
            return audience.snapshot(sessionId);
        }, done -> {
            shownTargets.set(done.targets().size());
            message.set(i18n.get("ceremony.done.lock"));
        });
    }

    /** Aborts before the draw (with a reason, kept on record); after it there is only the lock. */
    public void abort() {
        AudienceSnapshot s = snapshot.get();
        if (s == null || !s.state().canMoveTo(SessionState.ABORTED)) {
            return;
        }
        dialogs.askText(i18n.get("ceremony.abort"), i18n.get("ceremony.abort.prompt"), "").ifPresent(reason -> {
            if (dialogs.confirm(i18n.get("ceremony.abort"), i18n.get("ceremony.confirm.abort", reason))) {
                runJob(p -> {
                    draw.abort(sessionId, reason);
                    return audience.snapshot(sessionId);
                }, done -> message.set(i18n.get("ceremony.done.abort")));
            }
        });
    }

    /** Between the commitment and the reveal the sealed slip can be printed (F6). */
    public boolean canPrintSlip() {
        AudienceSnapshot s = snapshot.get();
        return s != null && s.state() == SessionState.COMMITTED;
    }

    /**
     * Prints the sealed slip (密钥封存单) for the notary's envelope (decision 0005): the secret is read from
     * the slip this window's commit wrote (a console reopened since asks for the file), checked against the
     * commitment before the printer is chosen, and sent to the printer; it is never shown, and no file of
     * the slip is written. The print is recorded in the audit log, the secret is not.
     */
    public void printSlip(javafx.stage.Window owner) {
        if (!canPrintSlip() || busy.get()) {
            return;
        }
        java.util.Optional<java.nio.file.Path> file = writtenSlip != null ? java.util.Optional.of(writtenSlip)
                : dialogs.chooseFileToOpen(i18n.get("ceremony.slip.open"), "txt");
        file.ifPresent(f -> {
            busy.set(true);
            error.set("");
            message.set("");
            tasks.run(p -> draw.checkSecret(sessionId, org.sortes.session.SecretSlip.read(f)), secret -> {
                busy.set(false);
                org.sortes.ui.Printing.Choice choice = printing.showDialog(owner, i18n.get("ceremony.slip.job", sessionId), 1);
                if (choice.accepted().isEmpty()) {
                    if (choice.refused() == org.sortes.ui.Printing.Refused.NO_PRINTER) {
                        error.set(i18n.get("ceremony.slip.noPrinter"));
                    } else {
                        message.set(i18n.get("ceremony.slip.cancelled"));
                    }
                    return;
                }
                org.sortes.ui.Printing.Job job = choice.accepted().get();
                runJob(p -> {
                    for (org.sortes.session.RenderedPage page : documents.secretSlip(sessionId, secret, job.dpi())) {
                        job.print(page);
                    }
                    if (!job.finish()) {
                        throw new org.sortes.i18n.ExplainedException("preview.printFailed", "the printer "
                                + job.printerName() + " did not take the job", null, job.printerName());
                    }
                    documents.recordSlipPrint(sessionId, job.printerName());
                    return audience.snapshot(sessionId);
                }, s -> message.set(i18n.get("ceremony.slip.printed", job.printerName())));
            }, e -> {
                busy.set(false);
                error.set(i18n.explain(e));
            });
        });
    }

    /** Whether the session may still be aborted (before its draw). */
    public boolean canAbort() {
        AudienceSnapshot s = snapshot.get();
        return s != null && s.state().canMoveTo(SessionState.ABORTED);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void runJob(TaskRunner.Job<AudienceSnapshot> job, java.util.function.Consumer<AudienceSnapshot> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        progress.set(-1);
        running = tasks.run(job, s -> {
            stopped();
            show(s);
            then.accept(s);
        }, e -> {
            stopped();
            error.set(e instanceof CancelledException ? i18n.get("ceremony.cancelled") : i18n.explain(e));
            refreshQuietly();
        });
        if (running != null && busy.get()) {
            progress.bind(running.progress());
        }
    }

    private void stopped() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
    }

    /** After a refusal the session may have moved (another window): show it as it is. */
    private void refreshQuietly() {
        // the error already shown says what went wrong; a second one is not added
        tasks.run(p -> audience.snapshot(sessionId), this::show, e -> { });
    }

    public ObjectProperty<AudienceSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public IntegerProperty shownTargetsProperty() {
        return shownTargets;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public StringProperty observerNameProperty() {
        return observerName;
    }

    public ObjectProperty<ObserverRole> observerRoleProperty() {
        return observerRole;
    }

    public StringProperty observerOrganisationProperty() {
        return observerOrganisation;
    }

    /** How the digits were produced; empty means the default, dice rolled in view of the hall. */
    public StringProperty observerMethodProperty() {
        return observerMethod;
    }

    public StringProperty observerDigitsProperty() {
        return observerDigits;
    }

    public BooleanProperty observerAtKeyboardProperty() {
        return observerAtKeyboard;
    }

    /** The digits being typed and whose they are, for the audience display; null when none. */
    public javafx.beans.binding.ObjectBinding<AudienceViewModel.Typing> typingProperty() {
        return typing;
    }

    public StringProperty beaconValueProperty() {
        return beaconValue;
    }

    public StringProperty secretTextProperty() {
        return secretText;
    }
}
