package org.sortes.ui;

import java.util.Optional;
import javafx.stage.Window;
import org.sortes.session.RenderedPage;

/**
 * The system's printers as the console uses them: the print dialog, then page after page. Behind an
 * interface so that view models are tested without a printer.
 */
public interface Printing {

    /** Why no job came from the dialog. */
    enum Refused { NO_PRINTER, CANCELLED }

    /** A job the user accepted in the dialog. Pages may be sent from a worker thread. */
    interface Job {
        String printerName();

        /** Dots per inch to render pages at for this printer. */
        int dpi();

        /** Whether page index (0-based) is in the range the user chose. */
        boolean wanted(int index);

        void print(RenderedPage page);

        /** Sends the job to the printer; false when the system refused it. */
        boolean finish();

        void cancel();
    }

    /** The result of the dialog: a job, or why there is none. */
    record Choice(Job job, Refused refused) {
        public static Choice of(Job job) {
            return new Choice(job, null);
        }

        public static Choice none(Refused why) {
            return new Choice(null, why);
        }

        public Optional<Job> accepted() {
            return Optional.ofNullable(job);
        }
    }

    /** Shows the system's print dialog (on the JavaFX thread) for a document of pageCount pages. */
    Choice showDialog(Window owner, String jobName, int pageCount);
}
