package org.sortes.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure the user is told is in the log is in the log, however long the program has run. */
class FailureLogTest {
    @TempDir
    Path dir;

    @AfterEach
    void detach() {
        // the next test class in this JVM gets the logging it had before
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.sortes");
        for (java.util.logging.Handler h : logger.getHandlers()) {
            logger.removeHandler(h);
            h.close();
        }
        logger.setUseParentHandlers(true);
        logger.setLevel(null);
    }

    @Test
    void anUnexplainedFailure_isWrittenToTheLogFile_afterCollections() throws Exception {
        Launcher.logToFile(dir);
        for (int i = 0; i < 3; i++) {
            System.gc(); // the logging framework holds its loggers weakly: a collection took the file with it
            Thread.sleep(20);
        }
        String said = org.sortes.i18n.I18n.forLanguage("zh").explain(new IllegalStateException("planted for the log"));
        assertTrue(said.contains("sortes0.log"), said);
        String log = Files.readString(dir.resolve("sortes0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("planted for the log") && log.contains("IllegalStateException"), log);
    }
}
