package org.sortes.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sortes.app.WorkspaceServices;
import org.sortes.draw.Sha256;
import org.sortes.i18n.I18n;
import org.sortes.session.AuditEntry;
import org.sortes.session.AuditQuery;
import org.sortes.session.DocumentKind;
import org.sortes.session.DrawSession;
import org.sortes.session.RenderedPage;
import org.sortes.testutil.ScriptedDialogs;
import org.sortes.testutil.Sessions;
import org.sortes.ui.Printing;
import org.sortes.ui.TaskRunner;

/**
 * The preview window's model with a printer that records what it is sent: the document is written
 * once, paged, saved and printed as the same bytes, and only saving and printing reach the audit log.
 */
class DocumentPreviewViewModelTest {
    static final I18n CHINESE = new I18n(I18n.CHINESE);

    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static DrawSession locked;
    static DrawSession committed;
    ScriptedDialogs dialogs;
    RecordingPrinter printer;
    DocumentPreviewViewModel model;

    @BeforeAll
    static void sessions() throws Exception {
        services = Sessions.demoWorkspace(dir.resolve("w.db"), "王抽签");
        long id = Sessions.locked(services.draw(), Sessions.demoPlan());
        locked = services.draw().session(id);
        committed = services.draw().session(Sessions.committed(services.draw(), Sessions.demoPlan()).id());
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void model() {
        dialogs = new ScriptedDialogs();
        printer = new RecordingPrinter();
        model = new DocumentPreviewViewModel(services.documents(), locked, TaskRunner.sameThread(), dialogs,
                (owner, name, pages) -> printer.choice, CHINESE);
    }

    private List<AuditEntry> events(String type) {
        return services.integrity().events(AuditQuery.all()).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void kinds_followTheSessionsStage() {
        assertEquals(List.of(DocumentKind.NOTICE, DocumentKind.MINUTES, DocumentKind.LETTERS, DocumentKind.ANNOUNCEMENT),
                model.kinds());
        DocumentPreviewViewModel early = new DocumentPreviewViewModel(services.documents(), committed,
                TaskRunner.sameThread(), dialogs, (o, n, p) -> printer.choice, CHINESE);
        assertEquals(List.of(DocumentKind.NOTICE), early.kinds(), "before the lock only the notice exists");
    }

    @Test
    void open_showsRenderedPages_pagesForwardAndBack_nothingRecorded() {
        int documents = events("document").size();
        model.open(DocumentKind.MINUTES);
        assertTrue(model.readyProperty().get(), model.errorProperty().get());
        assertTrue(model.pageCountProperty().get() >= 3, "the minutes run to several pages");
        RenderedPage first = model.pageImageProperty().get();
        assertTrue(first.width() > 700 && first.height() > first.width(), "an A4 page, upright: " + first.width());
        assertTrue(inked(first) > 1_000, "the page has print on it");
        assertEquals("第 1 页 / 共 " + model.pageCountProperty().get() + " 页", model.pageTextProperty().get());
        model.previous();
        assertEquals(0, model.pageProperty().get(), "no page before the first");
        model.next();
        assertEquals(1, model.pageProperty().get());
        assertFalse(java.util.Arrays.equals(first.argb(), model.pageImageProperty().get().argb()), "another page");
        for (int i = 0; i < 50; i++) {
            model.next();
        }
        assertEquals(model.pageCountProperty().get() - 1, model.pageProperty().get(), "no page after the last");
        assertEquals(documents, events("document").size(), "a preview is not a document issued");
    }

    @Test
    void pagingBack_showsTheEarlierPagesAgain_andAnotherDocumentStartsAtItsFirstPage_theOnesFilesGone() {
        model.open(DocumentKind.MINUTES);
        RenderedPage first = model.pageImageProperty().get();
        model.next();
        model.next();
        RenderedPage third = model.pageImageProperty().get();
        model.previous();
        assertEquals(1, model.pageProperty().get());
        assertEquals("第 2 页 / 共 " + model.pageCountProperty().get() + " 页", model.pageTextProperty().get());
        assertFalse(java.util.Arrays.equals(third.argb(), model.pageImageProperty().get().argb()), "the second page");
        model.previous();
        assertEquals(0, model.pageProperty().get());
        assertTrue(java.util.Arrays.equals(first.argb(), model.pageImageProperty().get().argb()), "the first page again");

        model.next();
        Path minutesFolder = model.draft().pdf().file().getParent();
        model.open(DocumentKind.NOTICE);
        assertEquals(DocumentKind.NOTICE, model.draft().kind());
        assertEquals(0, model.pageProperty().get(), "a document opens at its first page");
        assertEquals("第 1 页 / 共 " + model.pageCountProperty().get() + " 页", model.pageTextProperty().get());
        assertFalse(Files.exists(minutesFolder), "the minutes' temporary copy went when the notice was opened");
        assertTrue(model.readyProperty().get());
        assertFalse(model.busyProperty().get());
        assertEquals(DocumentKind.NOTICE, model.kindProperty().get(), "the list shows the document open");
        assertEquals(CHINESE.get("preview.ready", model.title(DocumentKind.NOTICE), model.pageCountProperty().get(),
                model.draft().pdf().sha256()), model.messageProperty().get());
        assertEquals("", model.errorProperty().get());
    }

    @Test
    void save_writesTheVeryBytesPreviewed_andRecordsThem() throws Exception {
        model.open(DocumentKind.LETTERS);
        String sha = model.draft().pdf().sha256();
        Path target = dir.resolve("saved-letters.pdf");
        dialogs.files.add(target);
        model.save();
        assertEquals(sha, Sha256.hex(Files.readAllBytes(target)), "saved as previewed");
        assertFalse(model.busyProperty().get(), "ready for the next action");
        assertTrue(model.messageProperty().get().contains(target.toString()) && model.messageProperty().get().contains(sha),
                model.messageProperty().get());
        AuditEntry saved = events("document").get(events("document").size() - 1);
        assertTrue(saved.payload().contains(sha) && saved.payload().contains("saved-letters.pdf"), saved.payload());

        // the announcement saves its CSV and JSON beside the PDF
        model.open(DocumentKind.ANNOUNCEMENT);
        Path announced = dir.resolve("公示").resolve("result.pdf");
        dialogs.files.add(announced);
        model.save();
        assertTrue(Files.isRegularFile(announced));
        try (var files = Files.list(announced.getParent())) {
            assertEquals(3, files.filter(f -> !f.toString().endsWith(".partial")).count());
        }
    }

    @Test
    void print_sendsTheChosenPagesAtThePrintersResolution_andRecordsIt() {
        model.open(DocumentKind.NOTICE);
        int pages = model.pageCountProperty().get();
        printer.choice = Printing.Choice.of(printer.job);
        printer.job.range = index -> index != 1; // the user left out page 2
        model.print(null);
        assertNull(model.errorProperty().get().isEmpty() ? null : model.errorProperty().get());
        assertEquals(pages - 1, printer.job.printed.size());
        assertTrue(printer.job.printed.get(0).width() > 1_500, "rendered for the printer, not the screen");
        assertTrue(printer.job.finished);
        AuditEntry print = events("print").get(events("print").size() - 1);
        assertTrue(print.payload().contains("办公室打印机") && print.payload().contains(model.draft().pdf().sha256()),
                print.payload());
        assertEquals("已向打印机“办公室打印机”发送 " + (pages - 1) + " 页，已记入审计日志", model.messageProperty().get());
    }

    @Test
    void print_withoutAPrinterOrCancelled_saysSo_recordsNothing() {
        model.open(DocumentKind.NOTICE);
        int prints = events("print").size();
        printer.choice = Printing.Choice.none(Printing.Refused.NO_PRINTER);
        model.print(null);
        assertTrue(model.errorProperty().get().contains("没有可用的打印机"), model.errorProperty().get());
        printer.choice = Printing.Choice.none(Printing.Refused.CANCELLED);
        model.print(null);
        assertEquals("已取消打印，未记入审计日志", model.messageProperty().get());
        assertEquals(prints, events("print").size());
    }

    @Test
    void close_removesTheTemporaryFiles() {
        model.open(DocumentKind.MINUTES);
        Path folder = model.draft().pdf().file().getParent();
        assertTrue(Files.isDirectory(folder));
        model.close();
        assertFalse(Files.exists(folder), "no temporary copy of the minutes is left behind");
    }

    private static int inked(RenderedPage page) {
        int n = 0;
        for (int p : page.argb()) {
            if ((p & 0xFFFFFF) != 0xFFFFFF) {
                n++;
            }
        }
        return n;
    }

    /** A printer that keeps what it is sent. */
    static final class RecordingPrinter {
        Printing.Choice choice = Printing.Choice.none(Printing.Refused.NO_PRINTER);
        final RecordingJob job = new RecordingJob();
    }

    static final class RecordingJob implements Printing.Job {
        final List<RenderedPage> printed = new ArrayList<>();
        java.util.function.IntPredicate range = i -> true;
        boolean finished;

        @Override
        public String printerName() {
            return "办公室打印机";
        }

        @Override
        public int dpi() {
            return 200;
        }

        @Override
        public boolean wanted(int index) {
            return range.test(index);
        }

        @Override
        public void print(RenderedPage page) {
            printed.add(page);
        }

        @Override
        public boolean finish() {
            finished = true;
            return true;
        }

        @Override
        public void cancel() {
        }
    }
}
