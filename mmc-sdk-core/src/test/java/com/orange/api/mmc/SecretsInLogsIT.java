package com.orange.api.mmc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Every operation, successes and failures, one case each, logged at DEBUG with the wire log on, and the HTTP
 * library's own loggers at DEBUG too (its header and wire logs would show the Authorization header): no
 * secret shows in the logs, nor in what the call returns or throws.
 */
class SecretsInLogsIT extends WireMockTestBase {

    private static final String CONFERENCE_SECRET = "Conf-Secret-77";
    private static final String NEW_CONFERENCE_SECRET = "Conf-Secret-88";
    private static final String AUDIO_SECRET = "Audio-Secret-99";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger("com.orange.api"),
            (Logger) LoggerFactory.getLogger("org.apache.hc"));
    private final List<Level> previous = new ArrayList<>();

    @BeforeEach
    void capture() {
        captured.start();
        for (Logger logger : loggers) {
            previous.add(logger.getLevel());
            logger.setLevel(Level.DEBUG);
            logger.addAppender(captured);
        }
    }

    @AfterEach
    void release() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).detachAppender(captured);
            loggers.get(i).setLevel(previous.get(i));
        }
    }

    private String everythingLogged() {
        return captured.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    private static final List<String> SECRETS = List.of(SoapStubs.ACCESS_KEY_PASSWORD,
            SoapStubs.SERVICE_ACCOUNT_PASSWORD, CONFERENCE_SECRET, NEW_CONFERENCE_SECRET, AUDIO_SECRET,
            SoapStubs.basicAuth(SoapStubs.ACCESS_KEY, SoapStubs.ACCESS_KEY_PASSWORD).substring(6));
    private static final OffsetDateTime START = OffsetDateTime.now().plusHours(1);

    /** One call of a session; its outcome is what it returns, or what it throws. */
    private interface Step {
        Object run(Mmc mmc, Organizer organizer, SoapStubs stubs);
    }

    @BeforeEach
    void answerEveryOperation() {
        String conference = "<m:conference><m:id>1</m:id><m:password>" + CONFERENCE_SECRET + "</m:password>"
                + "<m:url>https://start</m:url></m:conference>";
        String audio = "<m:audioConference><m:id>2</m:id><m:password>" + AUDIO_SECRET
                + "</m:password></m:audioConference>";
        stubs.answer("about", "<m:aboutReturn>V1.4</m:aboutReturn>");
        stubs.answer("createInstantaneousConference", conference);
        stubs.answer("createScheduledConference", conference);
        stubs.answer("modifyScheduledConference", conference);
        stubs.answer("deleteScheduledConference", "");
        stubs.answer("startScheduledConference", conference);
        stubs.answer("joinConference", "<m:participant><m:id>3</m:id><m:conferenceUrl>https://join</m:conferenceUrl>"
                + "</m:participant>");
        stubs.answer("getConferenceDetails", conference);
        stubs.answer("getConferencesList", "<m:conferenceList>" + conference + "</m:conferenceList>");
        stubs.answer("getLicencesUsage", "<m:licenceUsage><m:maxConcurrentConnections>1</m:maxConcurrentConnections>"
                + "<m:subscribedLicencesCount>2</m:subscribedLicencesCount><m:usageRate>50</m:usageRate>"
                + "</m:licenceUsage>");
        stubs.answer("createInstantaneousAudioConference", audio);
        stubs.answer("createScheduledAudioConference", audio);
        stubs.answer("modifyScheduledAudioConference", audio);
        stubs.fault("startScheduledAudioConference", "MMC_28", "Wrong password", "audioconferenceConnection/password");
    }

    static Stream<Arguments> session() {
        return Stream.of(
                step("about", String.class, (m, o, s) -> m.about(o)),
                step("createConference, instantaneous", InstantaneousConference.class,
                        (m, o, s) -> m.createConference(o, new InstantaneousConferenceInfo("n", CONFERENCE_SECRET))),
                step("createConference, scheduled", ScheduledConference.class, (m, o, s) -> m.createConference(o,
                        new ScheduledConferenceInfo("n", CONFERENCE_SECRET, START, START.plusHours(1)))),
                step("modifyConference, new password", ScheduledConference.class, (m, o, s) -> m.modifyConference(o,
                        scheduled(), new ScheduledConferenceInfo("n", NEW_CONFERENCE_SECRET, START, START.plusHours(1)))),
                step("startConference", ScheduledConference.class, (m, o, s) -> m.startConference(o, scheduled())),
                step("joinConference", Participant.class, (m, o, s) -> m.joinConference(o,
                        new ParticipantInfo("John", "Doe", "john@doe.com", 1, NEW_CONFERENCE_SECRET))),
                step("deleteConference", Void.class, (m, o, s) -> {
                    m.deleteConference(o, scheduled());
                    return null;
                }),
                step("getConferenceDetails", Conference.class, (m, o, s) -> m.getConferenceDetails(o, 1)),
                step("getConferencesList", List.class, (m, o, s) -> m.getConferencesList(o, START.minusHours(2),
                        START, null)),
                step("getLicencesUsage", LicenceUsage.class, (m, o, s) -> m.getLicencesUsage(o, START.minusDays(9),
                        START.minusDays(2))),
                step("createAudioConference, instantaneous", InstantaneousAudioConference.class,
                        (m, o, s) -> m.createAudioConference(o, audio(new InstantaneousAudioConferenceInfo()))),
                step("createAudioConference, scheduled", ScheduledAudioConference.class,
                        (m, o, s) -> m.createAudioConference(o, scheduledAudio())),
                step("modifyAudioConference", ScheduledAudioConference.class,
                        (m, o, s) -> m.modifyAudioConference(o, audioConference(), scheduledAudio())),
                step("startAudioConference, refused", MmcException.class,
                        (m, o, s) -> m.startAudioConference(o, audioConference())),
                step("about, answered 401", TechnicalException.class, (m, o, s) -> {
                    s.answer("about", aResponse().withStatus(401));
                    return m.about(o);
                }));
    }

    @ParameterizedTest
    @MethodSource("session")
    void aCallAtDebugShowsNoSecret(Class<?> expected, Step step) {
        Object outcome;
        try {
            outcome = step.run(mmc, organizer, stubs);
        } catch (RuntimeException failure) {
            outcome = failure;
        }

        if (expected == Void.class) {
            assertThat(outcome).isNull();
        } else {
            assertThat(outcome).isInstanceOf(expected);
        }
        String logged = everythingLogged();
        assertThat(logged).as("the wire log wrote both directions").contains("--> POST", "<-- ");
        assertThat(captured.list).as("the HTTP library logged at DEBUG too")
                .anyMatch(event -> event.getLoggerName().startsWith("org.apache.hc"));
        String shown = outcome instanceof Throwable failure ? failure.getMessage() : String.valueOf(outcome);
        for (String secret : SECRETS) {
            assertThat(logged).as("logs contain " + secret).doesNotContain(secret);
            assertThat(shown).as("the outcome shows " + secret).doesNotContain(secret);
        }
    }

    @Test
    void theWireLogMasksTheHeaderPassword() {
        mmc.about(organizer);

        assertThat(everythingLogged()).contains("Partner_API_Account_Pwd", "****", "<about>");
    }

    @Test
    void theClientAndTheOrganizerShowNoSecret() {
        for (String secret : SECRETS) {
            assertThat(organizer.toString()).doesNotContain(secret);
            assertThat(mmc.toString()).doesNotContain(secret);
        }
    }

    private static Arguments step(String name, Class<?> expected, Step step) {
        return argumentSet(name, expected, step);
    }

    private static ScheduledConference scheduled() {
        return new ScheduledConference(1, CONFERENCE_SECRET);
    }

    private static ScheduledAudioConference audioConference() {
        return new ScheduledAudioConference(2, AUDIO_SECRET);
    }

    private static <T extends AudioConferenceInfo> T audio(T info) {
        info.setName("a");
        info.setPassword(AUDIO_SECRET);
        info.setHost(new Attendee("+33100000000", "joe", "black", "joe@black.com"));
        info.setRealDuration(30);
        return info;
    }

    private static ScheduledAudioConferenceInfo scheduledAudio() {
        ScheduledAudioConferenceInfo info = audio(new ScheduledAudioConferenceInfo());
        info.setStartDate(START);
        info.setEndDate(START.plusHours(1));
        return info;
    }
}
