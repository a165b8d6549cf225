package com.orange.api.mmc.samples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import java.nio.file.Path;
import java.util.Iterator;

import org.slf4j.LoggerFactory;

/**
 * How much {@code mmc} logs: warnings only by default (the result is what a user reads), each call at INFO
 * with {@code -v}, everything with {@code -vv} (wire envelopes included, secrets masked); a file only with
 * {@code --log-file}. The file gets every line at the chosen level; the console leaves out the SDK's line
 * for a failed call, because the command prints that failure itself, once.
 */
final class Logging {

    /** The SDK's call logger: its ERROR line is a failed call, which the command reports. */
    static final String CALL_LOGGER = "com.orange.api.mmc.Mmc";

    private static final String FILE_APPENDER = "mmc-log-file";

    private Logging() {
    }

    static void configure(int verbosity, Path logFile) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Level level = verbosity >= 2 ? Level.DEBUG : verbosity == 1 ? Level.INFO : Level.WARN;
        context.getLogger("com.orange.api").setLevel(level);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ILoggingEvent>> appenders = root.iteratorForAppenders(); appenders.hasNext(); ) {
            Appender<ILoggingEvent> appender = appenders.next();
            if (appender instanceof ConsoleAppender<ILoggingEvent>
                    && appender.getCopyOfAttachedFiltersList().stream().noneMatch(FailedCallFilter.class::isInstance)) {
                FailedCallFilter filter = new FailedCallFilter();
                filter.start();
                appender.addFilter(filter);
            }
        }
        root.detachAppender(FILE_APPENDER);
        if (logFile != null) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d [%thread] %-5level %logger %msg%n");
            encoder.start();
            FileAppender<ILoggingEvent> file = new FileAppender<>();
            file.setName(FILE_APPENDER);
            file.setContext(context);
            file.setFile(logFile.toString());
            file.setAppend(true);
            file.setEncoder(encoder);
            file.start();
            root.addAppender(file);
        }
    }

    /** Denies the SDK's ERROR line for a failed call; lets everything else through. */
    static final class FailedCallFilter extends Filter<ILoggingEvent> {
        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getLevel() == Level.ERROR && CALL_LOGGER.equals(event.getLoggerName())
                    ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
