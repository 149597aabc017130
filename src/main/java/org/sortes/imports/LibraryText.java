package org.sortes.imports;

/**
 * Keeps a library's own words (POI, FastCSV, the JDK) out of what users read: the refusal they
 * see is ours, in their language; the library's text goes to the log for whoever debugs it.
 */
final class LibraryText {
    private static final System.Logger LOG = System.getLogger("org.sortes.imports");

    private LibraryText() {
    }

    static ImportException logged(ImportException e) {
        LOG.log(System.Logger.Level.DEBUG, e.problem().code() + " " + e.problem().file(), e.getCause());
        return e;
    }

    /** True when the cause chain holds a text (libraries say "Zip bomb" in the message only). */
    static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
