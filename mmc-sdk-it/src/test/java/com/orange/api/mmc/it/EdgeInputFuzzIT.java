package com.orange.api.mmc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Seeded random calls against the sandbox (issue 10, "Must show"): random names and passwords (legal text,
 * lone surrogates, control characters, U+FFFE/FFFF, astral characters), random offsets (seconds included,
 * beyond the xsd range), random years. Asserts that only documented exceptions come out, that input the
 * wire cannot carry is refused locally, and that every accepted value reads back exactly (strings char for
 * char, dates as the same instant), and, counted in the sandbox's access log, that nothing is sent for input
 * refused locally. {@code -Dfuzz.calls} and {@code -Dfuzz.seed} change the run; the
 * {@code fuzz} profile makes 10,000 calls.
 */
class EdgeInputFuzzIT {

    private static final String ACCESS_LOG = "com.orange.api.mmc.sandbox.access";
    private static final int CALLS = Integer.getInteger("fuzz.calls", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);

    private final Random random = new Random(SEED);
    private final Map<String, Integer> outcomes = new TreeMap<>();

    @Test
    void randomCallsThrowOnlyDocumentedExceptionsAndReadBackExactly() {
        ListAppender<ILoggingEvent> received = receivedRequests();
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.clientBuilder().maxAttempts(1).build()) {
            Organizer organizer = sandbox.organizer();
            for (int call = 0; call < CALLS; call++) {
                try {
                    if (random.nextBoolean()) {
                        instantaneous(mmc, organizer);
                    } else {
                        scheduled(mmc, organizer);
                    }
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + SEED + ", call " + call + ": " + e.getMessage(), e);
                }
            }
        }
        ((Logger) LoggerFactory.getLogger(ACCESS_LOG)).detachAppender(received);
        long creates = received.list.stream().filter(event -> event.getFormattedMessage().contains(" create")).count();
        int sent = outcomes.entrySet().stream().filter(e -> !e.getKey().startsWith("local ")).mapToInt(Map.Entry::getValue).sum();
        System.out.println("EdgeInputFuzzIT seed " + SEED + ", " + CALLS + " create calls: " + outcomes + "; creates the sandbox received: " + creates);
        assertThat(outcomes.getOrDefault("accepted", 0)).as("some calls must succeed").isPositive();
        assertThat(outcomes.getOrDefault("local SDK_INVALID_TEXT", 0)).as("some text must be refused").isPositive();
        assertThat(creates).as("the sandbox received one create per call not refused locally, none for the "
                + (CALLS - sent) + " refused locally").isEqualTo(sent);
    }

    /** Captures the sandbox's access log: one line per request it received, naming the operation. */
    private static ListAppender<ILoggingEvent> receivedRequests() {
        Logger access = (Logger) LoggerFactory.getLogger(ACCESS_LOG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        access.setLevel(Level.INFO);
        access.setAdditive(false);
        access.addAppender(appender);
        return appender;
    }

    private void instantaneous(Mmc mmc, Organizer organizer) {
        String name = text();
        String password = "pw" + text();
        boolean carriable = carriable(name) && carriable(password);
        InstantaneousConference created = attempt(() -> mmc.createConference(organizer,
                new InstantaneousConferenceInfo(name, password)), carriable);
        if (created != null) {
            Conference read = mmc.getConferenceDetails(organizer, created.getIdentifier());
            assertThat(read.getName()).as("name read back").isEqualTo(name);
        }
    }

    private void scheduled(Mmc mmc, Organizer organizer) {
        String name = text();
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(18 * 3600 * 2 + 1) - 18 * 3600);
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1 + random.nextInt(30))
                .plusSeconds(random.nextInt(86_400)).plusNanos(random.nextInt(1_000_000_000))
                .withOffsetSameInstant(offset);
        if (random.nextInt(20) == 0) {
            start = start.withYear(random.nextBoolean() ? 10_000 + random.nextInt(1000) : -random.nextInt(1000));
        }
        OffsetDateTime end = start.plusMinutes(30 + random.nextInt(180));
        boolean carriable = carriable(name) && start.getYear() >= 1 && end.getYear() <= 9999
                && start.withOffsetSameInstant(ZoneOffset.UTC).getYear() >= 1
                && end.withOffsetSameInstant(ZoneOffset.UTC).getYear() <= 9999;
        OffsetDateTime sentStart = start;
        ScheduledConference created = attempt(() -> mmc.createConference(organizer,
                new ScheduledConferenceInfo(name, "pass1234", sentStart, end)), carriable);
        if (created != null) {
            Conference read = mmc.getConferenceDetails(organizer, created.getIdentifier());
            assertThat(read.getName()).as("name read back").isEqualTo(name);
            assertThat(read.getStartDate().toInstant().truncatedTo(ChronoUnit.MILLIS))
                    .as("start read back").isEqualTo(sentStart.toInstant().truncatedTo(ChronoUnit.MILLIS));
            Instant sentTicks = sentStart.toInstant().with(ChronoField.NANO_OF_SECOND,
                    sentStart.getNano() / 100 * 100);
            assertThat(read.getStartDate().toInstant()).as("start read back to the service's 100 ns")
                    .isEqualTo(sentTicks);
        }
    }

    /** Runs one call; returns its result, or null when it failed in a documented way. */
    private <T> T attempt(java.util.function.Supplier<T> call, boolean carriable) {
        try {
            T result = call.get();
            assertThat(carriable).as("a value the wire cannot carry was accepted").isTrue();
            count("accepted");
            return result;
        } catch (MmcException e) {
            if (!carriable) {
                assertThat(e.isLocal()).as("refused locally: " + e.getMessage()).isTrue();
                assertThat(e.getCode()).isIn("SDK_INVALID_TEXT", "SDK_INVALID_DATE", "MMC_17",
                        "MMC_20", "MMC_38");
            }
            count((e.isLocal() ? "local " : "service ") + e.getCode());
            return null;
        } catch (TechnicalException e) {
            fail("no technical failure expected against the sandbox: " + e.getMessage(), e);
            return null;
        } catch (OrangeApiException e) {
            fail("undocumented failure: " + e, e);
            return null;
        } catch (RuntimeException e) {
            fail("an exception outside the documented hierarchy escaped: " + e, e);
            return null;
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    /** Random text: mostly legal, sometimes with a character XML 1.0 cannot carry. */
    private String text() {
        int length = 1 + random.nextInt(12);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(48)) {
                case 0, 6, 7 -> text.append((char) random.nextInt(0x20));                     // controls: tab, LF, CR legal
                case 1 -> text.append((char) (0xD800 + random.nextInt(0x800)));               // lone surrogate
                case 2 -> text.append(random.nextBoolean() ? '\uFFFE' : '\uFFFF');
                case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10000));             // astral pair
                case 4 -> text.append("<&>\"'");
                case 5 -> text.append((char) (0xE000 + random.nextInt(0x1FFE)));
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    /** XML 1.0's Char production. */
    private static boolean carriable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD))) {
                return false;
            }
        }
        return true;
    }
}
