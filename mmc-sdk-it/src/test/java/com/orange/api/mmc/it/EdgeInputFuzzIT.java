package com.orange.api.mmc.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * Seeded random calls against the sandbox: web and audio conferences, instantaneous and scheduled, list and
 * licence windows, with random names and passwords (legal text, lone surrogates, control characters,
 * U+FFFE/FFFF, astral characters), random offsets (seconds included, beyond the xsd range), dates beyond the
 * wire's years up to {@code OffsetDateTime.MIN}/{@code MAX}, optional parameters (keys that cannot be sent
 * among them), and organizers whose credentials XML cannot carry (see {@link EdgeInputs}).
 *
 * <p>Asserts that only documented exceptions come out, never {@code SDK_ERROR} (a failure the SDK did not
 * foresee) and no technical failure against a healthy sandbox; that input the wire cannot carry is refused
 * locally, a bad credential as {@code SDK_INVALID_TEXT} naming the setting, a key that cannot be sent where it
 * is added; that every accepted value reads back exactly (strings char for char, dates as the same instant);
 * and, counted per operation in the sandbox's access log, that nothing is sent for input refused locally.
 * {@code -Dfuzz.calls} and {@code -Dfuzz.seed} change the run; the {@code fuzz} profile makes 10,000 calls.
 */
class EdgeInputFuzzIT {

    private static final String ACCESS_LOG = "com.orange.api.mmc.sandbox.access";
    private static final int CALLS = Integer.getInteger("fuzz.calls", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final String[] CREDENTIALS = {"accessKey", "accessKeyPassword", "serviceAccount",
        "serviceAccountPassword"};

    private final EdgeInputs inputs = new EdgeInputs(SEED);
    private final Map<String, Integer> outcomes = new TreeMap<>();
    /** The requests that must have reached the sandbox, per WSDL operation: one per call not refused locally. */
    private final Map<String, Integer> sent = new TreeMap<>();
    private Mmc mmc;
    private Organizer organizer;
    /** The credential spoiled for the current call, null when the organizer's credentials are sound. */
    private String spoiled;

    @Test
    void randomCallsThrowOnlyDocumentedExceptionsAndReadBackExactly() {
        ListAppender<ILoggingEvent> received = receivedRequests();
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc client = sandbox.clientBuilder().maxAttempts(1).build()) {
            mmc = client;
            Organizer sound = sandbox.organizer();
            for (int call = 0; call < CALLS; call++) {
                organizer = inputs.chance(12) ? spoil(sound) : sound;
                try {
                    switch (inputs.below(6)) {
                        case 0 -> instantaneous();
                        case 1 -> scheduled();
                        case 2 -> instantaneousAudio();
                        case 3 -> scheduledAudio();
                        case 4 -> list();
                        default -> licences();
                    }
                } catch (AssertionError e) {
                    throw new AssertionError("seed " + SEED + ", call " + call + ": " + e.getMessage(), e);
                }
            }
        }
        ((Logger) LoggerFactory.getLogger(ACCESS_LOG)).detachAppender(received);
        Map<String, Integer> receivedPerOperation = new TreeMap<>();
        received.list.forEach(event -> receivedPerOperation.merge(event.getFormattedMessage().split(" ")[1], 1,
                Integer::sum));
        System.out.println("EdgeInputFuzzIT seed " + SEED + ", " + CALLS + " calls: " + outcomes
                + "; requests the sandbox received: " + receivedPerOperation);
        assertThat(outcomes).as("no SDK_ERROR").doesNotContainKey("SDK_ERROR");
        assertThat(outcomes.getOrDefault("accepted", 0)).as("some calls must succeed").isPositive();
        assertThat(outcomes.getOrDefault("local SDK_INVALID_TEXT", 0)).as("some text must be refused").isPositive();
        assertThat(outcomes.getOrDefault("local SDK_INVALID_DATE", 0)).as("some dates must be refused").isPositive();
        assertThat(outcomes.getOrDefault("local SDK_INVALID_TEXT, a credential", 0))
                .as("some credentials must be refused").isPositive();
        assertThat(outcomes.getOrDefault("key refused where added: IllegalArgumentException", 0))
                .as("UNKNOWN_TO_SDK_VERSION keys must be tried").isPositive();
        assertThat(outcomes.getOrDefault("key refused where added: NullPointerException", 0))
                .as("null keys must be tried").isPositive();
        assertThat(receivedPerOperation).as("the sandbox received one request per call not refused locally, and "
                + "one per read-back; none for the calls refused locally").isEqualTo(sent);
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

    /** The sandbox's organizer with one of its four credentials holding a character XML cannot carry. */
    private Organizer spoil(Organizer sound) {
        spoiled = CREDENTIALS[inputs.below(CREDENTIALS.length)];
        Organizer organizer = new Organizer(sound.getAccessKey(), sound.getAccessKeyPassword(),
                sound.getServiceAccount(), sound.getServiceAccountPassword());
        switch (spoiled) {
            case "accessKey" -> organizer.setAccessKey(inputs.spoiled(sound.getAccessKey()));
            case "accessKeyPassword" -> organizer.setAccessKeyPassword(inputs.spoiled(sound.getAccessKeyPassword()));
            case "serviceAccount" -> organizer.setServiceAccount(inputs.spoiled(sound.getServiceAccount()));
            default -> organizer.setServiceAccountPassword(inputs.spoiled(sound.getServiceAccountPassword()));
        }
        return organizer;
    }

    private void instantaneous() {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo(inputs.text(), "pw" + inputs.text());
        boolean parametersCarriable = parameters(info.getOptionalParameters());
        boolean carriable = EdgeInputs.carriable(info.getName()) && EdgeInputs.carriable(info.getPassword())
                && parametersCarriable;
        InstantaneousConference created = attempt("createInstantaneousConference",
                () -> mmc.createConference(organizer, info), carriable);
        if (created != null) {
            Conference read = readBack(created.getIdentifier());
            assertThat(read.getName()).as("name read back").isEqualTo(info.getName());
        }
    }

    private void scheduled() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime start = inputs.chance(12) ? inputs.extreme() : inputs.future(now);
        if (inputs.chance(20)) {
            start = start.withYear(inputs.chance(2) ? 10_000 + inputs.below(1000) : -inputs.below(1000));
        }
        OffsetDateTime end = inputs.chance(12) ? inputs.extreme() : later(start, 30 + inputs.below(180));
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(inputs.text(), "pass1234", start, end);
        boolean parametersCarriable = parameters(info.getOptionalParameters());
        boolean carriable = EdgeInputs.carriable(info.getName()) && EdgeInputs.carriable(start)
                && EdgeInputs.carriable(end) && parametersCarriable;
        ScheduledConference created = attempt("createScheduledConference", () -> mmc.createConference(organizer, info),
                carriable);
        if (created != null) {
            Conference read = readBack(created.getIdentifier());
            assertThat(read.getName()).as("name read back").isEqualTo(info.getName());
            assertThat(read.getStartDate().toInstant().truncatedTo(ChronoUnit.MILLIS))
                    .as("start read back").isEqualTo(start.toInstant().truncatedTo(ChronoUnit.MILLIS));
            Instant sentTicks = start.toInstant().with(ChronoField.NANO_OF_SECOND, start.getNano() / 100 * 100);
            assertThat(read.getStartDate().toInstant()).as("start read back to the service's 100 ns")
                    .isEqualTo(sentTicks);
        }
    }

    private void instantaneousAudio() {
        InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
        boolean carriable = audio(info);
        attempt("createInstantaneousAudioConference", () -> mmc.createAudioConference(organizer, info), carriable);
    }

    private void scheduledAudio() {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        boolean carriable = audio(info);
        OffsetDateTime start = inputs.chance(8) ? inputs.extreme() : inputs.future(OffsetDateTime.now(ZoneOffset.UTC));
        info.setStartDate(start);
        info.setEndDate(inputs.chance(8) ? inputs.extreme() : later(start, 15 + inputs.below(120)));
        boolean datesCarriable = EdgeInputs.carriable(info.getStartDate()) && EdgeInputs.carriable(info.getEndDate());
        attempt("createScheduledAudioConference", () -> mmc.createAudioConference(organizer, info),
                carriable && datesCarriable);
    }

    /** Fills an audio conference's info at random; @return whether the wire can carry every value */
    private boolean audio(AudioConferenceInfo info) {
        info.setName(inputs.text());
        info.setPassword("pw" + inputs.text());
        info.setHost(new Attendee("+33100000000", inputs.text(), "black", "joe.black@never.land"));
        if (inputs.chance(3)) {
            info.getAttendees().add(new Attendee("+33100000001", "joey", inputs.text(), "joey@never.land"));
        }
        int[] outside = {0, -1, 24 * 60 + 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
        info.setRealDuration(inputs.chance(8) ? outside[inputs.below(outside.length)] : 1 + inputs.below(24 * 60));
        boolean carriable = EdgeInputs.carriable(info.getName()) && EdgeInputs.carriable(info.getPassword())
                && EdgeInputs.carriable(info.getHost().getFirstName());
        for (Attendee attendee : info.getAttendees()) {
            carriable &= EdgeInputs.carriable(attendee.getLastName());
        }
        return parameters(info.getOptionalParameters()) && carriable;
    }

    private void list() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // Windows far enough ahead to hold none of the conferences booked here: the answer stays small.
        OffsetDateTime start = inputs.chance(6) ? inputs.extreme() : inputs.future(now.plusDays(40 + inputs.below(260)));
        OffsetDateTime end = inputs.chance(6) ? inputs.extreme() : later(start, inputs.below(30 * 24 * 60));
        attempt("getConferencesList", () -> mmc.getConferencesList(organizer, start, end, null),
                EdgeInputs.carriable(start) && EdgeInputs.carriable(end));
    }

    private void licences() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime start = inputs.chance(6) ? inputs.extreme() : now.minusDays(2 + inputs.below(300));
        OffsetDateTime end = inputs.chance(6) ? inputs.extreme() : later(start, inputs.below(30 * 24 * 60));
        attempt("getLicencesUsage", () -> mmc.getLicencesUsage(organizer, start, end),
                EdgeInputs.carriable(start) && EdgeInputs.carriable(end));
    }

    /**
     * Adds random optional parameters; a key that cannot be sent must be refused where it is added.
     *
     * @return whether the wire can carry every value the parameters hold (a key added twice keeps its last)
     */
    private boolean parameters(Map<ConferenceOptionalParameter, String> parameters) {
        int count = inputs.chance(4) ? 1 + inputs.below(2) : 0;
        for (int i = 0; i < count; i++) {
            ConferenceOptionalParameter key = inputs.key();
            String value = inputs.text();
            if (key == null || key == ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION) {
                try {
                    parameters.put(key, value);
                    fail("the key " + key + " was added though it cannot be sent");
                } catch (NullPointerException | IllegalArgumentException e) {
                    assertThat(e).as("the exception for key " + key).isInstanceOf(key == null
                            ? NullPointerException.class : IllegalArgumentException.class);
                    assertThat(e.getMessage()).as("names the parameter").startsWith("optional parameter key");
                    count("key refused where added: " + e.getClass().getSimpleName());
                }
                continue;
            }
            parameters.put(key, value);
        }
        return parameters.values().stream().allMatch(EdgeInputs::carriable);
    }

    private Conference readBack(long identifier) {
        sent.merge("getConferenceDetails", 1, Integer::sum);
        return mmc.getConferenceDetails(organizer, identifier);
    }

    /** {@code start} plus {@code minutes}, or {@code start} itself where java.time has no later date. */
    private static OffsetDateTime later(OffsetDateTime start, int minutes) {
        try {
            return start.plusMinutes(minutes);
        } catch (DateTimeException e) {
            return start;
        }
    }

    /** Runs one call; returns its result, or null when it failed in a documented way. */
    private <T> T attempt(String operation, Supplier<T> call, boolean carriable) {
        String credential = spoiled;
        try {
            T result = call.get();
            assertThat(credential).as("a credential the wire cannot carry was accepted").isNull();
            assertThat(carriable).as("a value the wire cannot carry was accepted").isTrue();
            count("accepted");
            sent.merge(operation, 1, Integer::sum);
            return result;
        } catch (MmcException e) {
            if (credential != null) {
                assertThat(e.isLocal()).as("a bad credential refused locally: " + e.getMessage()).isTrue();
                assertThat(e.getCode()).as(e.getMessage()).isEqualTo("SDK_INVALID_TEXT");
                assertThat(e.getInputParameter()).as("names the setting").contains(credential);
                count("local SDK_INVALID_TEXT, a credential");
                return null;
            }
            if (!carriable) {
                assertThat(e.isLocal()).as("refused locally: " + e.getMessage()).isTrue();
                assertThat(e.getCode()).as(e.getMessage()).matches("SDK_INVALID_TEXT|SDK_INVALID_DATE|MMC_[0-9]+");
            } else {
                assertThat(e.getCode()).as("a value the wire can carry refused as one it cannot: " + e.getMessage())
                        .isNotIn("SDK_INVALID_TEXT", "SDK_INVALID_DATE");
            }
            if (!e.isLocal()) {
                sent.merge(operation, 1, Integer::sum);
            }
            count((e.isLocal() ? "local " : "service ") + e.getCode());
            return null;
        } catch (TechnicalException e) {
            if ("SDK_ERROR".equals(e.getCode())) {
                count("SDK_ERROR");
                fail("SDK_ERROR, a failure the SDK did not foresee, for input of " + operation + ": " + e, e);
            }
            fail("no technical failure expected against the sandbox: " + e.getMessage(), e);
            return null;
        } catch (OrangeApiException e) {
            fail("undocumented failure: " + e, e);
            return null;
        } catch (RuntimeException e) {
            fail("an exception outside the documented hierarchy escaped: " + e, e);
            return null;
        } finally {
            spoiled = null;
        }
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }
}
