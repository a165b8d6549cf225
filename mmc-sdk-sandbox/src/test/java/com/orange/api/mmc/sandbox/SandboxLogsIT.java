package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * What the sandbox logs: one access line per call, a WARN off loopback, and never a secret, even with every
 * logger (SLF4J at TRACE, Metro's java.util.logging at FINEST) turned up.
 */
class SandboxLogsIT {

    private static final String CONFERENCE_PASSWORD = "conference-secret-4711";

    private final ListAppender<ILoggingEvent> slf4j = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private ch.qos.logback.classic.Level rootLevel;
    private final List<String> jul = Collections.synchronizedList(new ArrayList<>());
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final java.util.logging.Logger metro = java.util.logging.Logger.getLogger("com.sun.xml.ws");
    private Level julRootLevel;
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            jul.add(record.getLoggerName() + " " + record.getMessage() + " " + java.util.Arrays.toString(record.getParameters())
                    + " " + (record.getThrown() == null ? "" : record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        slf4j.start();
        root.addAppender(slf4j);
        rootLevel = root.getLevel();
        julRootLevel = julRoot.getLevel();
        julHandler.setLevel(Level.ALL);
        julRoot.addHandler(julHandler);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(slf4j);
        root.setLevel(rootLevel);
        julRoot.removeHandler(julHandler);
        julRoot.setLevel(julRootLevel);
        metro.setLevel(null);
    }

    private List<String> lines(String logger) {
        synchronized (slf4j) { // logback appends under the appender's lock
            return slf4j.list.stream().filter(event -> event.getLoggerName().equals(logger))
                    .map(event -> event.getLevel() + " " + event.getFormattedMessage()).toList();
        }
    }

    /** The access line is written once the answer has gone: polls for it, up to 5 s. */
    private List<String> accessLines() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> lines = lines("com.orange.api.mmc.sandbox.access");
        while (lines.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
            lines = lines("com.orange.api.mmc.sandbox.access");
        }
        return lines;
    }

    @Test
    void everyCallLeavesOneAccessLine() throws InterruptedException {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            mmc.about(sandbox.organizer());

            assertThat(accessLines()).singleElement().asString()
                    .matches("INFO POST about account=sandbox-service-account status=200 code=- \\d+ ms");
        }
    }

    @Test
    void aRefusedCallsAccessLineCarriesItsCode() throws InterruptedException {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            Organizer stranger = new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(), "nobody", "nobody-password");
            org.assertj.core.api.Assertions.catchThrowable(() -> mmc.about(stranger));

            assertThat(accessLines()).singleElement().asString()
                    .contains("about account=nobody status=500 code=MMC_79").doesNotContain("nobody-password");
        }
    }

    @Test
    void aCallStillHeldWhenTheSandboxClosesIsLoggedBeforeCloseReturns() {
        MmcSandbox sandbox = MmcSandbox.start();
        sandbox.faults().next("about").delay(java.time.Duration.ofSeconds(30));
        try (Mmc impatient = sandbox.clientBuilder().requestTimeout(java.time.Duration.ofMillis(200)).maxAttempts(1).build()) {
            org.assertj.core.api.Assertions.catchThrowable(() -> impatient.about(sandbox.organizer()));
        } finally {
            sandbox.close();
        }

        // No polling: close() interrupts the held call and waits for it, so its line is already there.
        assertThat(lines("com.orange.api.mmc.sandbox.access")).singleElement().asString()
                .startsWith("INFO POST about account=sandbox-service-account status=none");
    }

    @Test
    void aSandboxOffLoopbackWarns() {
        try (MmcSandbox sandbox = MmcSandbox.builder().host("0.0.0.0").start()) {
            assertThat(lines(MmcSandbox.class.getName())).anySatisfy(line -> assertThat(line)
                    .startsWith("WARN The MMC sandbox listens on 0.0.0.0, not on the loopback interface"));
        }
    }

    @Test
    void noSecretReachesAnyLogAtAnyLevel() {
        root.setLevel(ch.qos.logback.classic.Level.TRACE);
        julRoot.setLevel(Level.ALL);
        metro.setLevel(Level.FINEST);
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            Organizer organizer = sandbox.organizer();
            mmc.about(organizer);
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(5);
            ScheduledConference conference = mmc.createConference(organizer,
                    new ScheduledConferenceInfo("secret-free", CONFERENCE_PASSWORD, start, start.plusHours(1)));
            mmc.startConference(organizer, conference);
            ParticipantInfo guest = new ParticipantInfo("Ada", "Lovelace", "ada@example.com", conference.getIdentifier(),
                    CONFERENCE_PASSWORD);
            guest.setCultureName(CultureName.FR_FR);
            mmc.joinConference(organizer, guest);

            List<String> everything = new ArrayList<>(jul);
            synchronized (slf4j) {
                slf4j.list.forEach(event -> everything.add(event.getFormattedMessage()));
            }
            String basic = Base64.getEncoder().encodeToString((sandbox.accessKey() + ":" + sandbox.accessKeyPassword())
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(everything).as("something was logged").isNotEmpty();
            assertThat(everything).noneSatisfy(line -> assertThat(line).containsAnyOf(sandbox.accessKeyPassword(),
                    sandbox.serviceAccountPassword(), CONFERENCE_PASSWORD, basic));
        }
    }
}
