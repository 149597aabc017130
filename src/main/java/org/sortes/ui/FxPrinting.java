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
        return Choice.of(new FxJob(job));
    }

    private static final class FxJob implements Job {
        private final PrinterJob job;

        FxJob(PrinterJob job) {
            this.job = job;
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
            PageRange[] ranges = job.getJobSettings().getPageRanges();
            if (ranges == null || ranges.length == 0) {
                return true;
            }
            for (PageRange r : ranges) {
                if (index + 1 >= r.getStartPage() && index + 1 <= r.getEndPage()) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void print(RenderedPage page) {
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(FxImages.of(page));
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                throw new IllegalStateException("the printer refused a page");
            }
        }

        @Override
        public boolean finish() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
