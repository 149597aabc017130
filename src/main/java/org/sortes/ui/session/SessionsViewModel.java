package org.sortes.ui.session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sortes.i18n.I18n;
import org.sortes.progress.CancelledException;
import org.sortes.session.DocumentService;
import org.sortes.session.DrawService;
import org.sortes.session.DrawSession;
import org.sortes.session.DrawnTarget;
import org.sortes.session.InspectionResult;
import org.sortes.session.ResultOutcome;
import org.sortes.session.ResultService;
import org.sortes.session.SessionState;
import org.sortes.ui.TaskRunner;

/**
 * The sessions of the workspace and what can be done with a locked one: write its minutes (a long
 * job with progress and cancel), enter inspection results, export them for publication.
 */
public final class SessionsViewModel {
    /** A drawn target as listed, with its current result. */
    public record TargetLine(int rank, String subjectId, String ticket, String team, String result,
                             boolean hasResult) {
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DrawService draw;
    private final DocumentService documents;
    private final ResultService results;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final ObservableList<DrawSession> sessions = FXCollections.observableArrayList();
    private final ObservableList<TargetLine> targets = FXCollections.observableArrayList();
    private final ObjectProperty<DrawSession> selected = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanBinding locked = Bindings.createBooleanBinding(
            () -> selected.get() != null && selected.get().state() == SessionState.LOCKED, selected);
    /** Minutes are written for a locked session, and for a voided one (its result stays on record). */
    private final BooleanBinding hasMinutes = Bindings.createBooleanBinding(() -> selected.get() != null
            && org.sortes.session.DocumentKind.MINUTES.availableIn(selected.get().state()), selected);
    private final BooleanBinding committed = Bindings.createBooleanBinding(() -> selected.get() != null
            && org.sortes.session.DocumentKind.NOTICE.availableIn(selected.get().state()), selected);
    private TaskRunner.Handle running;
    private final org.sortes.ui.DialogService dialogs;
    private final SessionWindows windows;

    public SessionsViewModel(DrawService draw, DocumentService documents, ResultService results, TaskRunner tasks,
                             org.sortes.ui.DialogService dialogs, SessionWindows windows, I18n i18n) {
        this.draw = draw;
        this.documents = documents;
        this.results = results;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.windows = windows;
        this.i18n = i18n;
        selected.addListener((o, a, row) -> load(row));
    }

    // ---- the tab's buttons: each asks what it needs (a file, a name, a confirmation), then acts

    /** Asks where, then writes the selected session's notice. */
    public void saveNotice() {
        chooseFor("sessions.notice", org.sortes.session.DocumentKind.NOTICE).ifPresent(this::writeNotice);
    }

    /** Asks where, then writes the selected session's minutes (progress and cancel). */
    public void saveMinutes() {
        chooseFor("sessions.minutes", org.sortes.session.DocumentKind.MINUTES).ifPresent(this::writeMinutes);
    }

    /** Asks where, then writes the selected session's notification letters. */
    public void saveLetters() {
        chooseFor("sessions.letters", org.sortes.session.DocumentKind.LETTERS).ifPresent(this::writeLetters);
    }

    /** Asks where, then writes the announcement: the PDF under the name chosen, its CSV and JSON beside it. */
    public void saveAnnouncement() {
        chooseFor("sessions.announce", org.sortes.session.DocumentKind.ANNOUNCEMENT)
                .map(f -> f.toAbsolutePath().getParent()).ifPresent(this::writeAnnouncement);
    }

    /** Asks where, then exports the selected session's current results for publication. */
    public void saveResults() {
        DrawSession row = selected.get();
        if (row != null) {
            dialogs.chooseFileToSave(i18n.get("sessions.publish"), "检查结果公示-场次" + row.id() + ".csv")
                    .ifPresent(this::exportResults);
        }
    }

    private java.util.Optional<Path> chooseFor(String titleKey, org.sortes.session.DocumentKind kind) {
        DrawSession row = selected.get();
        return row == null ? java.util.Optional.empty()
                : dialogs.chooseFileToSave(i18n.get(titleKey), kind.fileName(row.id()));
    }

    /**
     * A session (or a rehearsal) from a plan file: who runs it is asked first, the plan's preview is
     * confirmed, then the wizard opens on it.
     */
    public void createSession(boolean rehearsal) {
        String title = i18n.get(rehearsal ? "sessions.rehearse" : "sessions.create");
        windows.askOperatorThen(() -> dialogs.chooseFileToOpen(title, "json").ifPresent(f -> previewThenCreate(f,
                rehearsal, text -> dialogs.confirm(title, text), this::showCeremony)));
    }

    public void openEditor() {
        windows.openEditor(this);
    }

    public void openPreview() {
        if (selected.get() != null) {
            windows.openPreview(selected.get());
        }
    }

    /** The live session's windows for the selected session, if it is still open (not locked or aborted). */
    public void openCeremony() {
        DrawSession row = selected.get();
        if (row == null) {
            return;
        }
        if (selectedIsOpen()) {
            windows.askOperatorThen(() -> showCeremony(row.id()));
        } else {
            dialogs.info(i18n.get("sessions.ceremony"), i18n.get("sessions.ceremony.ended"));
        }
    }

    /**
     * The live session's windows for a session (the officer's name already asked); when the wizard
     * closes the list is read again, so that the tab shows where the session now stands.
     */
    public void showCeremony(long id) {
        windows.showCeremony(id, this::refresh);
    }

    public void enterResult(TargetLine target) {
        if (target != null) {
            windows.enterResult(this, target);
        }
    }

    public ObservableList<DrawSession> sessions() {
        return sessions;
    }

    public ObservableList<TargetLine> targets() {
        return targets;
    }

    public ObjectProperty<DrawSession> selectedProperty() {
        return selected;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    /** True when the selected session is locked: minutes and results are for locked sessions only. */
    public BooleanBinding hasMinutesProperty() {
        return hasMinutes;
    }

    public BooleanBinding lockedProperty() {
        return locked;
    }

    /** True when the selected session has a commitment to publish (and is not aborted). */
    public BooleanBinding committedProperty() {
        return committed;
    }

    /** Writes the selected session's notice: the commitment and digests to publish before the draw. */
    public void writeNotice(Path target) {
        DrawSession row = selected.get();
        tasks.run(p -> documents.notice(row.id(), target), w -> {
            error.set("");
            message.set(i18n.get("cli.notice.written", w.file(), w.pages()));
        }, e -> error.set(i18n.explain(e)));
    }

    /**
     * Creates a session (or a rehearsal) from a plan file, the same JSON `plan create --file` reads, and
     * selects it; then runs onCreated with its id (to open the wizard).
     */
    public void createFromPlan(Path planFile, boolean rehearsal, java.util.function.LongConsumer onCreated) {
        error.set("");
        tasks.run(p -> {
            String json = org.sortes.session.PlanJson.readFile(planFile);
            return rehearsal ? draw.createRehearsal(json) : draw.createPlan(json);
        }, id -> {
            message.set(i18n.get(rehearsal ? "sessions.createdRehearsal" : "sessions.created", id));
            reloadSelecting(id);
            onCreated.accept(id);
        }, e -> error.set(i18n.explain(e)));
    }

    /**
     * Reads a plan file and shows what it would give if frozen now (off the FX thread): then asks, via
     * confirm, whether to create the session from it.
     */
    public void previewThenCreate(Path planFile, boolean rehearsal,
                                  java.util.function.Predicate<String> confirm, java.util.function.LongConsumer onCreated) {
        error.set("");
        busy.set(true);
        tasks.run(p -> draw.preview(org.sortes.session.PlanJson.readFile(planFile), p), preview -> {
            busy.set(false);
            if (confirm.test(describe(preview))) {
                createFromPlan(planFile, rehearsal, onCreated);
            }
        }, e -> {
            busy.set(false);
            error.set(i18n.explain(e));
        });
    }

    /** The preview in lines to read before creating: strata, exclusions, inspectors, then warnings. */
    String describe(org.sortes.session.PlanPreview p) {
        StringBuilder sb = new StringBuilder(i18n.get("preview.plan", p.name(), p.sessionDate().toString())).append('\n');
        return sb.append(PreviewText.findings(i18n, p)).append('\n').append(i18n.get("preview.create")).toString();
    }

    /** Creates a session (or rehearsal) from a plan the editor wrote, selects it and runs onCreated. */
    public void createFromJson(String planJson, boolean rehearsal, java.util.function.LongConsumer onCreated) {
        error.set("");
        tasks.run(p -> rehearsal ? draw.createRehearsal(planJson) : draw.createPlan(planJson), id -> {
            message.set(i18n.get(rehearsal ? "sessions.createdRehearsal" : "sessions.created", id));
            reloadSelecting(id);
            onCreated.accept(id);
        }, e -> error.set(i18n.explain(e)));
    }

    /** True when the selected session can be run in the wizard (not ended). */
    public boolean selectedIsOpen() {
        DrawSession row = selected.get();
        return row != null && row.state() != SessionState.ABORTED && row.state() != SessionState.VOIDED;
    }

    private void reloadSelecting(long id) {
        tasks.run(p -> draw.sessions(), list -> {
            sessions.setAll(list);
            DrawSession chosen = list.stream().filter(r -> r.id() == id).findFirst().orElse(null);
            selected.set(chosen);
            load(chosen);
        }, e -> error.set(i18n.explain(e)));
    }

    /** Reloads the list, keeping the selected session selected. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.run(p -> draw.sessions(), list -> {
            sessions.setAll(list);
            DrawSession again = list.stream().filter(r -> keep != null && r.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(list.size() - 1));
            selected.set(again);
            load(again);
        }, e -> error.set(i18n.explain(e)));
    }

    private void load(DrawSession row) {
        targets.clear();
        if (row == null) {
            detail.set(i18n.get("sessions.none"));
            return;
        }
        tasks.run(p -> new Loaded(draw.targets(row.id()), row.state() == SessionState.LOCKED
                ? results.current(row.id()) : List.of()), loaded -> {
                    Map<Integer, InspectionResult> byRank = new HashMap<>();
                    loaded.results().forEach(r -> byRank.put(r.rank(), r));
                    for (DrawnTarget t : loaded.targets()) {
                        InspectionResult r = byRank.get(t.rank());
                        targets.add(new TargetLine(t.rank(), t.subjectId(), t.ticket(), team(t),
                                r == null ? "" : i18n.get(r.outcome().messageKey()) + "（" + r.inspectedOn() + "）",
                                r != null));
                    }
                    detail.set(describe(row, loaded.targets().size(), loaded.results().size()));
                }, e -> error.set(i18n.explain(e)));
        if (org.sortes.session.DocumentKind.MINUTES.availableIn(row.state())) {
            // its documents are what the officer or clerk came for: ready their code meanwhile (once);
            // a failure here is left to the document itself to report, when it is asked for
            tasks.run(p -> documents.warmUp(row.id()), done -> { }, e -> { });
        }
    }

    private record Loaded(List<DrawnTarget> targets, List<InspectionResult> results) {
    }

    private static String team(DrawnTarget t) {
        StringBuilder sb = new StringBuilder();
        for (DrawnTarget.TeamMember m : t.team()) {
            sb.append(sb.length() == 0 ? "" : "、").append(m.name() == null ? "" : m.name()).append("(").append(m.certificateNo()).append(")");
        }
        return sb.toString();
    }

    private String describe(DrawSession r, int targetCount, int withResult) {
        StringBuilder sb = new StringBuilder();
        sb.append(i18n.get("sessions.detail.title", r.id(), r.name(), i18n.get(r.state().messageKey()))).append('\n');
        sb.append(i18n.get("sessions.detail.stages", shown(r.createdAt()),
                shown(r.frozenStage().map(DrawSession.Frozen::at).orElse(null)), shown(r.committedAt()),
                shown(r.revealStage().map(DrawSession.Reveal::at).orElse(null)), shown(r.drawnAt()), shown(r.lockedAt()))).append('\n');
        r.frozenStage().ifPresent(f -> sb.append(i18n.get("sessions.detail.frozen", f.candidates(), f.pool())).append('\n'));
        if (r.hasCommitment()) {
            sb.append(i18n.get("sessions.detail.commitment", r.commitment().grouped())).append('\n');
        }
        if (r.auditHead() != null) {
            sb.append(i18n.get("sessions.detail.head", r.auditHead().grouped())).append('\n');
        }
        if (r.abortReason() != null) {
            sb.append(i18n.get("sessions.detail.aborted", r.abortReason())).append('\n');
        }
        if (r.voidReason() != null) {
            sb.append(i18n.get("sessions.detail.voided", r.voidReason())).append('\n');
        }
        r.declaredBeacon().ifPresent(b -> sb.append(i18n.get("sessions.detail.beacon", b.source(), b.reference(),
                r.beaconValue().map(DrawSession.Beacon::value).orElse("—"))).append('\n'));
        if (r.state() == SessionState.LOCKED) {
            sb.append(i18n.get("sessions.detail.results", withResult, targetCount - withResult));
        }
        return sb.toString().strip();
    }

    private static String shown(java.time.Instant at) {
        return at == null ? "—" : at.atZone(java.time.ZoneId.systemDefault()).format(SHOWN);
    }

    /** Writes the selected session's minutes in the background; progress and cancel while it runs. */
    public void writeMinutes(Path target) {
        write(target, p -> documents.minutes(selected.get().id(), target, p), "cli.minutes.written");
    }

    /** Writes the selected locked session's notification letters, as the minutes: progress and cancel. */
    public void writeLetters(Path target) {
        write(target, p -> documents.letters(selected.get().id(), target, p), "cli.letters.written");
    }

    /** Writes the selected locked session's draw result for publication (PDF, CSV, JSON) into a folder. */
    public void writeAnnouncement(Path folder) {
        DrawSession row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        tasks.run(p -> documents.announce(row.id(), folder), written -> {
            busy.set(false);
            message.set(i18n.get("sessions.announced", written.size(), folder));
        }, e -> {
            busy.set(false);
            error.set(i18n.explain(e));
        });
    }

    private void write(Path target, TaskRunner.Job<DocumentService.Written> job, String doneKey) {
        DrawSession row = selected.get();
        if (row == null || busy.get()) {
            return;
        }
        error.set("");
        message.set(i18n.get("sessions.minutes.running", target.getFileName()));
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        running = tasks.run(job, (DocumentService.Written w) -> {
            busy.set(false);
            message.set(i18n.get(doneKey, w.file(), w.pages(), w.targets()));
        }, e -> {
            busy.set(false);
            message.set("");
            error.set(e instanceof CancelledException ? i18n.get("sessions.minutes.cancelled") : i18n.explain(e));
        });
        progress.bind(running.progress());
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Enters a result (or a correction, with a reason); false with the reason in error when refused. */
    public boolean recordResult(int rank, ResultOutcome outcome, LocalDate inspectedOn, String note, String correction) {
        DrawSession row = selected.get();
        try {
            InspectionResult r = results.record(row.id(), rank, outcome, inspectedOn, note, correction);
            error.set("");
            message.set(i18n.get(r.supersedes() == null ? "sessions.result.recorded" : "sessions.result.corrected",
                    rank, i18n.get(r.outcome().messageKey())));
            load(row);
            return true;
        } catch (RuntimeException e) {
            error.set(i18n.explain(e));
            return false;
        }
    }

    /** Writes the current results of the selected session for publication. */
    public void exportResults(Path target) {
        DrawSession row = selected.get();
        tasks.run(p -> results.exportPublic(row.id(), target), n -> {
            error.set("");
            message.set(i18n.get("cli.result.exported", target, n, results.missing(row.id())));
        }, e -> error.set(i18n.explain(e)));
    }
}
