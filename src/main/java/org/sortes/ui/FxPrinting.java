package org.sortes.ui;

import javafx.print.JobSettings;
import javafx.print.PageLayout;
import javafx.print.PageRange;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.sortes.session.RenderedPage;

/** Printing through JavaFX's PrinterJob: the system print dialog, each page as an image fitted to the paper. */
public final class FxPrinting implements Printing {

    @Override
    public Choice showDialog(Window owner, String jobName, int pageCount) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Choice.none(Refused.NO_PRINTER);
        }
        JobSettings settings = job.getJobSettings();
        settings.setJobName(jobName);
        settings.setPageRanges(new PageRange(1, Math.max(1, pageCount)));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return Choice.none(Refused.CANCELLED);
        }
        // the pages chosen are sent, and only they. The job itself must hold no range: with any range set
        // (even 1 to the page count) JavaFX's printPage refused every page (status ERROR, nothing sent to
        // CUPS; found printing to a CUPS printer, where every document and the sealed slip failed)
        PageRange[] chosen = settings.getPageRanges();
        settings.setPageRanges((PageRange[]) null);
        return Choice.of(new FxJob(job, chosen == null ? new PageRange[0] : chosen));
    }

    private static final class FxJob implements Job {
        private final PrinterJob job;
        private final PageRange[] chosen;

        FxJob(PrinterJob job, PageRange[] chosen) {
            this.job = job;
            this.chosen = chosen;
        }

        @Override
        public String printerName() {
            return job.getPrinter().getName();
        }

        @Override
        public int dpi() {
            // enough for 5-point type and the QR code; the printer scales to its own resolution
            return 200;
        }

        @Override
        public boolean wanted(int index) {
            if (chosen.length == 0) {
                return true;
            }
            for (PageRange r : chosen) {
                if (index + 1 >= r.getStartPage() && index + 1 <= r.getEndPage()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void print(RenderedPage page) {
            boolean printed = onFxThread(() -> {
                PageLayout layout = job.getJobSettings().getPageLayout();
                ImageView view = new ImageView(FxImages.of(page));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                return job.printPage(layout, view);
            });
            if (!printed) {
                throw new IllegalStateException("the printer refused a page (job " + job.getJobStatus() + ")");
            }
        }

        /** True only when the system took the job (JavaFX reports a failed submission in the status alone). */
        @Override
        public boolean finish() {
            return onFxThread(job::endJob) && job.getJobStatus() != PrinterJob.JobStatus.ERROR;
        }

        /**
         * JavaFX prints a page only from its own thread (from a worker, printPage returns false): the
         * worker renders the page's pixels, the FX thread hands them to the printer, the worker waits.
         */
        private static boolean onFxThread(java.util.concurrent.Callable<Boolean> work) {
            if (javafx.application.Platform.isFxApplicationThread()) {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            java.util.concurrent.FutureTask<Boolean> task = new java.util.concurrent.FutureTask<>(work);
            javafx.application.Platform.runLater(task);
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
