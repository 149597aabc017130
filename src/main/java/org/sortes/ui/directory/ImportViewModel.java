package org.sortes.ui.directory;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sortes.directory.ImportPreview;
import org.sortes.directory.Register;
import org.sortes.i18n.I18n;
import org.sortes.progress.CancelledException;
import org.sortes.session.DirectoryService;
import org.sortes.session.PendingImport;
import org.sortes.ui.DialogService;
import org.sortes.ui.TaskRunner;

/**
 * The import of one file into one register: read with progress (cancellable) → preview with counts
 * and problems → commit (cancellable, all or nothing) or close. The pending import (an open write
 * transaction) lives here and is discarded whenever the flow ends without a commit.
 */
public final class ImportViewModel {
    /** Where the flow is; the view shows a progress page or the preview accordingly. */
    public enum Phase { READING, PREVIEW, WRITING, CLOSED }

    private final Register register;
    private final Path file;
    private final DirectoryService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.READING);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final StringProperty encoding = new SimpleStringProperty("auto");
    private final StringProperty working = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty cancelling = new SimpleBooleanProperty(false);
    private PendingImport pending;
    private TaskRunner.Handle running;
    private boolean committed;

    public ImportViewModel(Register register, Path file, DirectoryService service, TaskRunner tasks,
                           DialogService dialogs, I18n i18n) {
        this.register = register;
        this.file = file;
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    public String title() {
        return i18n.get("import.title", i18n.get("register." + register.table()), file.getFileName());
    }

    public Register register() {
        return register;
    }

    /** CSV files can be read again in another encoding; a workbook has none to choose. */
    public boolean encodingChoosable() {
        return !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Reads the file (again) in the chosen encoding: "auto", "utf-8" or "gb18030". */
    public void read() {
        discard();
        String chosen = encoding.get();
        working.set(i18n.get("import.reading", file.getFileName()));
        run(Phase.READING, p -> service.previewImport(register, file, chosen, p), imported -> {
            pending = imported;
            preview.set(imported.preview());
            phase.set(Phase.PREVIEW);
        });
    }

    /** Writes what the preview showed: all or nothing. */
    public void commit() {
        if (pending == null || preview.get() == null || !preview.get().canCommit()) {
            return;
        }
        working.set(i18n.get("import.writing"));
        PendingImport toCommit = pending;
        run(Phase.WRITING, p -> toCommit.commit(), versions -> {
            committed = true;
            pending = null;
            phase.set(Phase.CLOSED);
        });
    }

    public void cancel() {
        if (running != null && (phase.get() == Phase.READING || phase.get() == Phase.WRITING)) {
            cancelling.set(true);
            working.set(i18n.get("import.cancelling"));
            running.cancel();
        }
    }

    /** Writes every problem of the preview to a CSV file the user chooses. */
    public void saveProblems() {
        ImportPreview p = preview.get();
        if (p == null || p.problems().isEmpty()) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("import.saveProblems"), "problems.csv").ifPresent(target -> {
            try {
                service.saveProblems(p, target, i18n);
            } catch (RuntimeException ex) {
                dialogs.error(i18n.get("import.failed.title"), i18n.explain(ex));
            }
        });
    }

    /** The window is closing: an import not committed is discarded, the workspace stays as it was. */
    public void close() {
        discard();
        phase.set(Phase.CLOSED);
    }

    public boolean committed() {
        return committed;
    }

    private void discard() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
        preview.set(null);
    }

    private <T> void run(Phase during, TaskRunner.Job<T> job, java.util.function.Consumer<T> then) {
        phase.set(during);
        cancelling.set(false);
        progress.unbind();
        progress.set(-1);
        running = tasks.run(job, then, e -> {
            if (e instanceof CancelledException) {
                dialogs.info(i18n.get("import.cancelled.title"), i18n.get("import.cancelled"));
            } else {
                dialogs.error(i18n.get("import.failed.title"), i18n.explain(e));
            }
            close();
        });
        if (phase.get() == during) {
            progress.bind(running.progress());
        }
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    /** What is being done while reading or writing. */
    public StringProperty workingProperty() {
        return working;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty cancellingProperty() {
        return cancelling;
    }
}
