package org.sortes.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LogSetupTest {
    @Test
    void logbackTakesTheSetupInCode_librariesQuiet_warningsToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertEquals(Level.WARN, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
        assertEquals(Level.OFF, context.getLogger("org.apache.poi.xssf").getEffectiveLevel());
        assertEquals(Level.OFF, context.getLogger("com.itextpdf.kernel").getEffectiveLevel());
        assertEquals(Level.ERROR, context.getLogger("org.apache.fontbox.ttf.CmapSubtable").getEffectiveLevel());
        assertEquals(Level.WARN, context.getLogger("org.sqlite.core").getEffectiveLevel());
        var err = (ch.qos.logback.core.ConsoleAppender<?>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("ERR");
        assertEquals(ch.qos.logback.core.joran.spi.ConsoleTarget.SystemErr.getName(), err.getTarget());
    }

    @Test
    void aLine_saysTimeLevelLoggerMessage_thenTheStackTrace() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger logger = context.getLogger("org.sqlite.core.DB");
        LoggingEvent event = new LoggingEvent(getClass().getName(), logger, Level.WARN, "busy {}", new IllegalStateException("locked"),
                new Object[] {"w.db"});
        String line = new LogSetup.Layout().doLayout(event);
        assertTrue(line.matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  org\\.sqlite\\.core\\.DB - busy w\\.db\\R"
                + "java\\.lang\\.IllegalStateException: locked\\R\\s+at .*"), line);
    }

    @Test
    void inTheApplication_librariesWarningsGoToTheFailureLog_notToStandardError() {
        java.util.logging.Logger failureLog = java.util.logging.Logger.getLogger("org.sortes");
        java.util.List<java.util.logging.LogRecord> written = new java.util.ArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                written.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        failureLog.addHandler(handler);
        failureLog.setUseParentHandlers(false);
        LogSetup.toFailureLog = true;
        try {
            LoggerContext context = new LoggerContext(); // as logback starts in the application
            new LogSetup().configure(context);
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            assertTrue(root.getAppender("ERR") == null && root.getAppender("LOG") != null);
            context.getLogger("org.sqlite.core.DB").warn("busy {}", "w.db", new IllegalStateException("locked"));
            context.getLogger("org.sqlite.core.DB").info("not kept");
            assertEquals(1, written.size());
            assertEquals(java.util.logging.Level.WARNING, written.get(0).getLevel());
            assertTrue(written.get(0).getMessage().startsWith("org.sqlite.core.DB - busy w.db")
                    && written.get(0).getMessage().contains("java.lang.IllegalStateException: locked"), written.get(0).getMessage());
        } finally {
            LogSetup.toFailureLog = false;
            failureLog.removeHandler(handler);
            failureLog.setUseParentHandlers(true);
        }
    }
}
