package com.orange.api.mmc.samples.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;

import java.nio.file.Path;

import org.slf4j.LoggerFactory;

/**
 * How much {@code mmc} logs: warnings only by default (the result is what a user reads), each call at INFO
 * with {@code -v}, everything with {@code -vv} (wire envelopes included, secrets masked); a file only with
 * {@code --log-file}.
 */
final class Logging {

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
        root.detachAppender(FILE_APPENDER);
        if (logFile != null) {
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%d [%thread] %-5level %logger %msg%n");
            encoder.start();
            FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> file = new FileAppender<>();
            file.setName(FILE_APPENDER);
            file.setContext(context);
            file.setFile(logFile.toString());
            file.setAppend(true);
            file.setEncoder(encoder);
            file.start();
            root.addAppender(file);
        }
    }
}
