package org.sortes.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.joran.spi.ConsoleTarget;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The libraries' logging (SQLite's driver, POI, iText, PDFBox reach logback through slf4j), set up in
 * code: logback.xml's parser and pattern language cost about a third of a second at every start of
 * a command, the console or a crash test's child, before any work. Registered in
 * META-INF/services, so logback takes it instead of looking for an XML file.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // POI logs every malformed workbook as an error and iText every damaged PDF it reads to verify
        // ("xref will be rebuilt"): Sortes reports those itself, in words
        context.getLogger("org.apache.poi").setLevel(Level.OFF);
        context.getLogger("com.itextpdf").setLevel(Level.OFF);
        // PDFBox, rendering the console's preview, warns of every cmap quirk of the embedded Chinese fonts
        context.getLogger("org.apache.fontbox").setLevel(Level.ERROR);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        if (toFailureLog) {
            ToFailureLog log = new ToFailureLog();
            log.setContext(context);
            log.setName("LOG");
            log.start();
            root.addAppender(log);
        } else {
            root.addAppender(standardError(context));
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static ConsoleAppender<ILoggingEvent> standardError(LoggerContext context) {
        Layout layout = new Layout();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        // standard output belongs to the command line's results
        ConsoleAppender<ILoggingEvent> err = new ConsoleAppender<>();
        err.setContext(context);
        err.setName("ERR");
        err.setTarget(ConsoleTarget.SystemErr.getName());
        err.setEncoder(encoder);
        err.start();
        return err;
    }

    /**
     * Set by the launcher once the failure log is open: then the libraries' warnings go to that log in
     * the data folder, not to standard error. The console has no terminal to show them, and on the
     * command line's terminal they were English lines among Chinese ones; in the log, whoever supports
     * the user finds them beside the failures. Read when logback starts, which is when a library first
     * logs: a command that never does pays nothing for it. The tests leave it unset, and keep them in
     * their output.
     */
    static volatile boolean toFailureLog;

    /** Passes the libraries' events to the failure log ("org.sortes.libraries", under the launcher's "org.sortes"). */
    static final class ToFailureLog extends ch.qos.logback.core.AppenderBase<ILoggingEvent> {
        private final java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.sortes.libraries");

        @Override
        protected void append(ILoggingEvent event) {
            IThrowableProxy thrown = event.getThrowableProxy();
            log.log(event.getLevel().isGreaterOrEqual(Level.ERROR) ? java.util.logging.Level.SEVERE
                            : java.util.logging.Level.WARNING,
                    event.getLoggerName() + " - " + event.getFormattedMessage()
                            + (thrown == null ? "" : System.lineSeparator() + ThrowableProxyUtil.asString(thrown)));
        }
    }

    /** "12:03:04.567 WARN  org.sqlite.Foo - message", then the stack trace if there is one. */
    static final class Layout extends LayoutBase<ILoggingEvent> {
        @Override
        public String doLayout(ILoggingEvent event) {
            StringBuilder line = new StringBuilder(128)
                    .append(LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault()).format(TIME)).append(' ')
                    .append(String.format("%-5s", event.getLevel())).append(' ')
                    .append(event.getLoggerName()).append(" - ")
                    .append(event.getFormattedMessage()).append(System.lineSeparator());
            IThrowableProxy thrown = event.getThrowableProxy();
            if (thrown != null) {
                line.append(ThrowableProxyUtil.asString(thrown)).append(System.lineSeparator());
            }
            return line.toString();
        }
    }
}
