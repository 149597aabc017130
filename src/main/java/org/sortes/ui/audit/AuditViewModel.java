package org.sortes.ui.audit;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sortes.i18n.I18n;
import org.sortes.session.AuditEntry;
import org.sortes.session.AuditQuery;
import org.sortes.session.IntegrityService;
import org.sortes.ui.TaskRunner;

/** The audit log as a filtered list, with the state of the chain. */
public final class AuditViewModel {
    private final IntegrityService integrity;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final StringProperty session = new SimpleStringProperty("");
    private final StringProperty type = new SimpleStringProperty("");
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty chain = new SimpleStringProperty("");
    private final BooleanProperty chainIntact = new SimpleBooleanProperty(true);
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<AuditEntry> events = FXCollections.observableArrayList();

    private final org.sortes.ui.DialogService dialogs;

    public AuditViewModel(IntegrityService integrity, TaskRunner tasks, I18n i18n, org.sortes.ui.DialogService dialogs) {
        this.integrity = integrity;
        this.tasks = tasks;
        this.i18n = i18n;
        this.dialogs = dialogs;
    }

    /** Asks where, then writes the whole log as JSON lines (off the FX thread) and says how many events. */
    public void exportLog() {
        dialogs.chooseFileToSave(i18n.get("audit.export"), "audit.jsonl").ifPresent(target -> tasks.run(
                p -> integrity.exportLog(target),
                n -> dialogs.info(i18n.get("audit.export"), i18n.get("cli.audit.exported", n, target)),
                ex -> dialogs.error(i18n.get("audit.export"), i18n.explain(ex))));
    }

    public StringProperty sessionProperty() {
        return session;
    }

    /** The event type filtered on: a code of {@link AuditEntry#TYPES}, or "" for every type. */
    public StringProperty typeProperty() {
        return type;
    }

    /** What the type filter offers: every type ("") and each known type. */
    public java.util.List<String> typeChoices() {
        java.util.List<String> choices = new java.util.ArrayList<>();
        choices.add("");
        choices.addAll(AuditEntry.TYPES);
        return choices;
    }

    /** An event's details in words (the stored JSON is what the export writes). */
    public String details(AuditEntry e) {
        return org.sortes.session.AuditWords.details(e, i18n);
    }

    /** An event type in the user's words, "all" for none; a type this version does not know is shown as written. */
    public String typeLabel(String type) {
        if (type == null || type.isEmpty()) {
            return i18n.get("audit.type.all");
        }
        return org.sortes.session.AuditWords.type(type, i18n);
    }

    public StringProperty actorProperty() {
        return actor;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty chainProperty() {
        return chain;
    }

    public BooleanProperty chainIntactProperty() {
        return chainIntact;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<AuditEntry> events() {
        return events;
    }

    /** Reloads the events that match the filters and checks the whole chain. */
    public void refresh() {
        Long sessionId;
        try {
            sessionId = session.get() == null || session.get().isBlank() ? null : Long.valueOf(session.get().strip());
        } catch (NumberFormatException e) {
            error.set(i18n.get("audit.badSession", session.get()));
            return;
        }
        error.set("");
        AuditQuery filter = new AuditQuery(sessionId, type.get() == null || type.get().isEmpty() ? null : type.get(),
                actor.get(), from.get(), to.get());
        tasks.run(p -> integrity.events(filter), list -> events.setAll(list), e -> error.set(i18n.explain(e)));
        tasks.run(p -> integrity.verifyChain(), s -> {
            chainIntact.set(s.intact());
            chain.set(s.intact() ? i18n.get("cli.audit.intact", s.events(), s.head().substring(0, 16) + "…")
                    : i18n.get("cli.audit.broken", s.firstBroken(), s.said()));
        }, e -> error.set(i18n.explain(e)));
    }
}
