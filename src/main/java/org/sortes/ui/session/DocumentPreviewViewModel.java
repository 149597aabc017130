package org.sortes.ui.session;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.stage.Window;
import org.sortes.i18n.I18n;
import org.sortes.progress.CancelledException;
import org.sortes.session.DocumentDraft;
import org.sortes.session.DocumentKind;
import org.sortes.session.DocumentService;
import org.sortes.session.DrawSession;
import org.sortes.session.RenderedPage;
import org.sortes.ui.DialogService;
import org.sortes.ui.Printing;
import org.sortes.ui.TaskRunner;

/**
 * A session's documents looked at before they leave the office: the document is written once to a
 * temporary folder (with progress and cancel), its pages are shown one at a time, and what is saved
 * or printed are those very bytes, recorded in the audit log with their SHA-256.
 */
public final class DocumentPreviewViewModel {
    /** Dots per inch of the page on screen: an A4 page about 830 px wide. */
    static final int SCREEN_DPI = 100;

    private final DocumentService documents;
    private final DrawSession session;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Printing printing;
    private final I18n i18n;
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<DocumentDraft> draft = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final ObjectProperty<RenderedPage> pageImage = new SimpleObjectProperty<>();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanBinding ready = Bindings.createBooleanBinding(() -> draft.get() != null && !busy.get(),
            draft, busy);
    private TaskRunner.Handle running;
    private boolean closed;

    public DocumentPreviewViewModel(DocumentService documents, DrawSession session, TaskRunner tasks,
                                    DialogService dialogs, Printing printing, I18n i18n) {
        this.documents = documents;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.printing = printing;
        this.i18n = i18n;
        page.addListener((o, a, b) -> showPage());
    }

    /** The documents this session has at its stage, in the order they arise. */
    public List<DocumentKind> kinds() {
        return java.util.Arrays.stream(DocumentKind.values()).filter(k -> k.availableIn(session.state())).toList();
    }

    public String title(DocumentKind k) {
        return i18n.get("document.kind." + k.code());
    }

    /** Writes the chosen document to a temporary folder and shows its first page. */
    public void open(DocumentKind chosen) {
        if (chosen == null || busy.get() || chosen == kind.get() && draft.get() != null) {
            return;
        }
        discard();
        kind.set(chosen);
        error.set("");
        message.set(i18n.get("preview.writing", title(chosen)));
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        running = tasks.run(p -> documents.draft(chosen, session.id(), p), d -> {
            if (closed) {
                d.close(); // the window went while the document was being written
                return;
            }
            busy.set(false);
            progress.unbind();
            draft.set(d);
            pageCount.set(d.pageCount());
            message.set(i18n.get("preview.ready", title(chosen), d.pageCount(), d.pdf().sha256()));
            page.set(0);
            showPage();
        }, e -> {
            busy.set(false);
            progress.unbind();
            kind.set(null);
            if (e instanceof CancelledException) {
                message.set(i18n.get("preview.cancelled"));
            } else {
                message.set("");
                error.set(i18n.explain(e));
            }
        });
        followProgress();
    }

    /** Progress follows the running job, if it is still running (a test's runner finishes at once). */
    private void followProgress() {
        if (busy.get()) {
            progress.bind(running.progress());
        }
    }

    public void cancel() {
        if (running != null && busy.get()) {
            message.set(i18n.get("preview.cancelling"));
            running.cancel();
        }
    }

    public void next() {
        if (draft.get() != null && page.get() + 1 < pageCount.get()) {
            page.set(page.get() + 1);
        }
    }

    public void previous() {
        if (draft.get() != null && page.get() > 0) {
            page.set(page.get() - 1);
        }
    }

    private void showPage() {
        DocumentDraft d = draft.get();
        if (d == null) {
            pageImage.set(null);
            pageText.set("");
            return;
        }
        int index = page.get();
        pageText.set(i18n.get("preview.page", index + 1, pageCount.get()));
        tasks.run(p -> d.page(index, SCREEN_DPI), rendered -> {
            if (draft.get() == d && page.get() == index) {
                pageImage.set(rendered);
            }
        }, e -> error.set(i18n.explain(e)));
    }

    /** Saves the previewed document under a name the officer chooses (the announcement's CSV and JSON beside it). */
    public void save() {
        DocumentDraft d = draft.get();
        if (d == null || busy.get()) {
            return;
        }
        dialogs.chooseFileToSave(i18n.get("preview.save"), d.kind().fileName(session.id())).ifPresent(target -> {
            busy.set(true);
            error.set("");
            tasks.run(p -> documents.save(d, target), written -> {
                busy.set(false);
                message.set(i18n.get("preview.saved", written.size(), target, d.pdf().sha256()));
            }, e -> {
                busy.set(false);
                error.set(i18n.explain(e));
            });
        });
    }

    /**
     * Prints the previewed document through the system's print dialog: the pages chosen are rendered
     * for the printer one at a time (progress, cancel), and the print is recorded in the audit log.
     */
    public void print(Window owner) {
        DocumentDraft d = draft.get();
        if (d == null || busy.get()) {
            return;
        }
        error.set("");
        Printing.Choice choice = printing.showDialog(owner, d.kind().fileName(session.id()), d.pageCount());
        if (choice.accepted().isEmpty()) {
            if (choice.refused() == Printing.Refused.NO_PRINTER) {
                error.set(i18n.get("preview.noPrinter"));
            } else {
                message.set(i18n.get("preview.printCancelled"));
            }
            return;
        }
        Printing.Job job = choice.accepted().get();
        busy.set(true);
        progress.unbind();
        progress.set(0);
        message.set(i18n.get("preview.printing", job.printerName()));
        running = tasks.run(p -> {
            int total = d.pageCount();
            int sent = 0;
            for (int i = 0; i < total; i++) {
                if (p.isCancelled()) {
                    job.cancel();
                    throw new CancelledException();
                }
                if (job.wanted(i)) {
                    RenderedPage rendered = d.page(i, job.dpi());
                    try {
                        job.print(rendered);
                    } catch (RuntimeException e) {
                        job.cancel();
                        throw new org.sortes.i18n.ExplainedException("preview.printFailed", "the printer "
                                + job.printerName() + " refused a page", e, job.printerName());
                    }
                    sent++;
                }
                p.update(i + 1, total);
            }
            if (!job.finish()) {
                throw new org.sortes.i18n.ExplainedException("preview.printFailed", "the printer " + job.printerName()
                        + " did not take the job", null, job.printerName());
            }
            documents.recordPrint(d, job.printerName(), sent);
            return sent;
        }, sent -> {
            busy.set(false);
            progress.unbind();
            message.set(i18n.get("preview.printed", sent, job.printerName()));
        }, e -> {
            busy.set(false);
            progress.unbind();
            if (e instanceof CancelledException) {
                message.set(i18n.get("preview.printCancelled"));
            } else {
                error.set(i18n.explain(e));
            }
        });
        followProgress();
    }

    /** The window is gone: a job still running is cancelled and the temporary files are removed. */
    public void close() {
        closed = true;
        cancel();
        discard();
    }

    /** Removes the temporary files of the document shown (on switching documents and on closing). */
    public void discard() {
        DocumentDraft d = draft.get();
        draft.set(null);
        pageCount.set(0);
        pageImage.set(null);
        pageText.set("");
        if (d != null) {
            d.close();
        }
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    /** The page shown, as pixels (the view makes an image of it). */
    public ObjectProperty<RenderedPage> pageImageProperty() {
        return pageImage;
    }

    public StringProperty pageTextProperty() {
        return pageText;
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

    /** A document is shown and nothing is running: it can be paged, saved and printed. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public long sessionId() {
        return session.id();
    }

    DocumentDraft draft() {
        return draft.get();
    }
}
