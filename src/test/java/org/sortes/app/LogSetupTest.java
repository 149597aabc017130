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
}
