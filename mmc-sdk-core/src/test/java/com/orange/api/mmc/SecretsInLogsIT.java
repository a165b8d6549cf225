package com.orange.api.mmc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Every operation, successes and failures, logged at DEBUG with the wire log on, and the HTTP library's own
 * loggers at DEBUG too (its header and wire logs would show the Authorization header): no secret shows.
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

    @Test
    void aWholeSessionAtDebugShowsNoSecret() {
        String conference = "<m:conference><m:id>1</m:id><m:password>" + CONFERENCE_SECRET + "</m:password>"
                + "<m:url>https://start</m:url></m:conference>";
        String audio = "<m:audioConference><m:id>2</m:id><m:password>" + AUDIO_SECRET + "</m:password></m:audioConference>";
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
                + "<m:subscribedLicencesCount>2</m:subscribedLicencesCount><m:usageRate>50</m:usageRate></m:licenceUsage>");
        stubs.answer("createInstantaneousAudioConference", audio);
        stubs.answer("createScheduledAudioConference", audio);
        stubs.answer("modifyScheduledAudioConference", audio);
        stubs.fault("startScheduledAudioConference", "MMC_28", "Wrong password", "audioconferenceConnection/password");
        OffsetDateTime start = OffsetDateTime.now().plusHours(1);

        mmc.about(organizer);
        mmc.createConference(organizer, new InstantaneousConferenceInfo("n", CONFERENCE_SECRET));
        ScheduledConference scheduled = mmc.createConference(organizer,
                new ScheduledConferenceInfo("n", CONFERENCE_SECRET, start, start.plusHours(1)));
        mmc.modifyConference(organizer, scheduled,
                new ScheduledConferenceInfo("n", NEW_CONFERENCE_SECRET, start, start.plusHours(1)));
        mmc.startConference(organizer, scheduled);
        mmc.joinConference(organizer, new ParticipantInfo("John", "Doe", "john@doe.com", 1, NEW_CONFERENCE_SECRET));
        mmc.deleteConference(organizer, scheduled);
        mmc.getConferenceDetails(organizer, 1);
        mmc.getConferencesList(organizer, start.minusHours(2), start, null);
        mmc.getLicencesUsage(organizer, start.minusDays(9), start.minusDays(2));
        InstantaneousAudioConferenceInfo instantAudio = new InstantaneousAudioConferenceInfo();
        instantAudio.setName("a");
        instantAudio.setPassword(AUDIO_SECRET);
        instantAudio.setHost(new Attendee("+33100000000", "joe", "black", "joe@black.com"));
        instantAudio.setRealDuration(30);
        mmc.createAudioConference(organizer, instantAudio);
        ScheduledAudioConferenceInfo scheduledAudio = new ScheduledAudioConferenceInfo();
        scheduledAudio.setName("a");
        scheduledAudio.setPassword(AUDIO_SECRET);
        scheduledAudio.setHost(new Attendee("+33100000000", "joe", "black", "joe@black.com"));
        scheduledAudio.setRealDuration(30);
        scheduledAudio.setStartDate(start);
        scheduledAudio.setEndDate(start.plusHours(1));
        ScheduledAudioConference audioConference = mmc.createAudioConference(organizer, scheduledAudio);
        mmc.modifyAudioConference(organizer, audioConference, scheduledAudio);
        Throwable startFailure = catchThrowable(() -> mmc.startAudioConference(organizer, audioConference));
        stubs.answer("about", aResponse().withStatus(401));
        Throwable authFailure = catchThrowable(() -> mmc.about(organizer));

        String logged = everythingLogged();
        assertThat(captured.list).as("the wire log wrote both directions of every call").hasSizeGreaterThan(30);
        assertThat(logged).contains("Partner_API_Account_Pwd", "****", "--> POST", "<-- 200", "<createConference>");
        assertThat(captured.list).as("the HTTP library logged at DEBUG too")
                .anyMatch(event -> event.getLoggerName().startsWith("org.apache.hc"));
        for (String secret : List.of(SoapStubs.ACCESS_KEY_PASSWORD, SoapStubs.SERVICE_ACCOUNT_PASSWORD, CONFERENCE_SECRET,
                NEW_CONFERENCE_SECRET, AUDIO_SECRET, SoapStubs.basicAuth(SoapStubs.ACCESS_KEY,
                        SoapStubs.ACCESS_KEY_PASSWORD).substring(6))) {
            assertThat(logged).as("logs contain " + secret).doesNotContain(secret);
            assertThat(startFailure.getMessage()).doesNotContain(secret);
            assertThat(authFailure.getMessage()).doesNotContain(secret);
            assertThat(scheduled.toString()).doesNotContain(secret);
            assertThat(audioConference.toString()).doesNotContain(secret);
            assertThat(organizer.toString()).doesNotContain(secret);
            assertThat(mmc.toString()).doesNotContain(secret);
        }
    }
}
