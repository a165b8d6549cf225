package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.AudioConferenceInput;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceInput;
import com.orange.api.mmc.webservice.CreateScheduledAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.ParticipantInfo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule the sandbox enforces, each with the code the manual gives it. Rules the SDK checks itself
 * before sending are driven over the wire with the generated stub, since the SDK never sends such requests.
 */
class SandboxRulesIT {

    private static final Instant T0 = Instant.parse("2030-01-15T09:00:00Z");
    private static final OffsetDateTime NOW = T0.atOffset(ZoneOffset.UTC);
    private static final SandboxAccount OTHER = new SandboxAccount("other-account", "other-password", 2, "sandbox");
    private static final SandboxAccount STRANGER = new SandboxAccount("stranger", "stranger-password", 3, "elsewhere");

    private final SandboxClock clock = SandboxClock.at(T0);
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;
    private MultimediaConferencePortType wire;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock)
                .account(new SandboxAccount(MmcSandbox.DEFAULT_SERVICE_ACCOUNT, MmcSandbox.DEFAULT_SERVICE_ACCOUNT_PASSWORD,
                        1, "sandbox"))
                .account(OTHER).account(STRANGER).start();
        mmc = sandbox.clientBuilder().maxAttempts(1).build();
        organizer = sandbox.organizer();
        wire = WirePort.of(sandbox);
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    /** @return the code of the MmcException the SDK call ends with, checking it came from the sandbox */
    private static String code(Runnable call) {
        MmcException e = catchThrowableOfType(MmcException.class, call::run);
        assertThat(e).as("an MmcException").isNotNull();
        assertThat(e.isLocal()).as("answered by the sandbox, not caught by the SDK").isFalse();
        return e.getCode();
    }

    /** A conference booked {@code startIn} from the sandbox's current time. */
    private ScheduledConference scheduled(Duration startIn, Duration length) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return mmc.createConference(organizer, new ScheduledConferenceInfo("weekly", "password", now.plus(startIn),
                now.plus(startIn).plus(length)));
    }

    private ScheduledConferenceInfo withParameter(ConferenceOptionalParameter key, String value) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("weekly", "password", NOW.plusHours(1), NOW.plusHours(2));
        info.getOptionalParameters().put(key, value);
        return info;
    }

    private String parameterCode(Map<ConferenceOptionalParameter, String> parameters) {
        InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "password");
        info.getOptionalParameters().putAll(parameters);
        return code(() -> mmc.createConference(organizer, info));
    }

    private static com.orange.api.mmc.webservice.ScheduledConferenceInfo wireInfo(String name, String password,
            OffsetDateTime start, OffsetDateTime end) {
        com.orange.api.mmc.webservice.ScheduledConferenceInfo info = new com.orange.api.mmc.webservice.ScheduledConferenceInfo();
        info.setName(name);
        info.setPassword(password);
        info.setStartDateTime(SandboxValues.write(start));
        info.setEndDateTime(SandboxValues.write(end));
        return info;
    }

    @Test
    void basicAuthenticationIsCheckedFirst() {
        try (Mmc intruder = sandbox.clientBuilder().maxAttempts(1).build()) {
            Organizer wrongKey = new Organizer("sandbox-access-key", "not-the-password", sandbox.serviceAccount(),
                    sandbox.serviceAccountPassword());

            TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> intruder.about(wrongKey));

            assertThat(e.getCode()).isEqualTo("REQ.AUTHENTICATION_FAILURE");
            assertThat(e.getHttpStatus()).isEqualTo(401);
        }
    }

    @Test
    void theApplicationContextHeaderIsChecked() {
        String id = "Partner_API_Account_ID";
        String pwd = "Partner_API_Account_Pwd";
        assertThat(WirePort.faultCode(() -> wire.about(null))).isEqualTo("MMC_50");
        assertThat(WirePort.faultCode(() -> wire.about(WirePort.context(pwd, "x")))).isEqualTo("MMC_52");
        assertThat(WirePort.faultCode(() -> wire.about(WirePort.context(id, "x")))).isEqualTo("MMC_53");
        assertThat(WirePort.faultCode(() -> wire.about(WirePort.context(id, "", pwd, "x")))).isEqualTo("MMC_57");
        assertThat(WirePort.faultCode(() -> wire.about(WirePort.context(id, "x", pwd, null)))).isEqualTo("MMC_58");
        assertThat(code(() -> mmc.about(new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(), "nobody", "pw12"))))
                .isEqualTo("MMC_79");
        assertThat(code(() -> mmc.about(new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(),
                sandbox.serviceAccount(), "wrong-password")))).isEqualTo("MMC_78");
        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
    }

    @Test
    void conferenceInfoRules() {
        var ctx = WirePort.context(sandbox);
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousConference(null, ctx))).isEqualTo("MMC_15");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo(null, "password", NOW.plusHours(1), NOW.plusHours(2)), ctx))).isEqualTo("MMC_16");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo(" ", "password", NOW.plusHours(1), NOW.plusHours(2)), ctx))).isEqualTo("MMC_17");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo("name", null, NOW.plusHours(1), NOW.plusHours(2)), ctx))).isEqualTo("MMC_18");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo("name", "", NOW.plusHours(1), NOW.plusHours(2)), ctx))).isEqualTo("MMC_19");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo("name", "abc", NOW.plusHours(1), NOW.plusHours(2)), ctx))).isEqualTo("MMC_20");
        assertThat(code(() -> scheduled(Duration.ofMinutes(-5), Duration.ofHours(1)))).isEqualTo("MMC_36");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo("name", "password", NOW.plusHours(1), NOW.minusHours(1)), ctx))).isEqualTo("MMC_37");
        assertThat(WirePort.faultCode(() -> wire.createScheduledConference(
                wireInfo("name", "password", NOW.plusHours(3), NOW.plusHours(2)), ctx))).isEqualTo("MMC_38");
    }

    static Stream<Arguments> parameterRules() {
        return Stream.of(
                rule("MMC_66", ConferenceOptionalParameter.AUDIO_CONF_ENABLED, " "),
                rule("MMC_67", ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "maybe"),
                rule("MMC_90", ConferenceOptionalParameter.CONFERENCE_VISIBILITY, ""),
                rule("MMC_89", ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Secret"),
                rule("MMC_123", ConferenceOptionalParameter.AUDIO_TYPE, ""),
                rule("MMC_112", ConferenceOptionalParameter.AUDIO_TYPE, "Skype"),
                rule("MMC_141", ConferenceOptionalParameter.AUDIO_CULTURE, ""),
                rule("MMC_111", ConferenceOptionalParameter.AUDIO_CULTURE, "de-DE"),
                rule("MMC_133", ConferenceOptionalParameter.CONFERENCE_CHAT, ""),
                rule("MMC_134", ConferenceOptionalParameter.CONFERENCE_CHAT, "Everyone"),
                rule("MMC_99", ConferenceOptionalParameter.CONFERENCE_WEBCAM, ""),
                rule("MMC_100", ConferenceOptionalParameter.CONFERENCE_WEBCAM, "NoWebcam"),
                rule("MMC_91", ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, ""),
                rule("MMC_92", ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "soon"),
                rule("MMC_94", ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "True",
                        ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED_DURATION, ""),
                rule("MMC_95", ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED_DURATION, "15"),
                rule("MMC_96", ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "True"),
                rule("MMC_124", ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, ""),
                rule("MMC_113", ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "call me"),
                rule("MMC_125", ConferenceOptionalParameter.AUDIO_ROOM_NUMBER, ""),
                rule("MMC_114", ConferenceOptionalParameter.AUDIO_ROOM_NUMBER, "room"),
                rule("MMC_126", ConferenceOptionalParameter.AUDIO_CODE, ""),
                rule("MMC_115", ConferenceOptionalParameter.AUDIO_CODE, "12-34"),
                rule("MMC_136", ConferenceOptionalParameter.AUDIO_TYPE, "ConferenceTelephone",
                        ConferenceOptionalParameter.AUDIO_ROOM_NUMBER, "775104"),
                rule("MMC_137", ConferenceOptionalParameter.AUDIO_TYPE, "Apac", ConferenceOptionalParameter.AUDIO_CODE, "1234"),
                rule("MMC_130", ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060"),
                rule("MMC_128", ConferenceOptionalParameter.AUDIO_TYPE, "ConferenceTelephone",
                        ConferenceOptionalParameter.AUDIO_CODE, "1234"),
                rule("MMC_127", ConferenceOptionalParameter.AUDIO_TYPE, "ConferenceTelephone",
                        ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060"),
                rule("MMC_129", ConferenceOptionalParameter.AUDIO_TYPE, "CTNE",
                        ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER, "+33149945060",
                        ConferenceOptionalParameter.AUDIO_CODE, "1234"));
    }

    private static Arguments rule(String code, Object... keysAndValues) {
        Map<ConferenceOptionalParameter, String> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put((ConferenceOptionalParameter) keysAndValues[i], (String) keysAndValues[i + 1]);
        }
        return Arguments.of(parameters, code);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("parameterRules")
    void anOptionalParameterRuleAnswersItsCode(Map<ConferenceOptionalParameter, String> parameters, String code) {
        assertThat(parameterCode(parameters)).isEqualTo(code);
    }

    @Test
    void parametersTogetherAreChecked() {
        var info = new com.orange.api.mmc.webservice.InstantaneousConferenceInfo();
        info.setName("daily");
        info.setPassword("password");
        info.setParameters(WirePort.parameters("audioType", "Apac", "audioConfEnabled", "true"));
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousConference(info, WirePort.context(sandbox))))
                .isEqualTo("MMC_140");
        InstantaneousConferenceInfo valid = new InstantaneousConferenceInfo("daily", "password");
        valid.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_AUTO_LAUNCHED, "False");
        valid.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
        valid.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "fr-FR");
        assertThat(mmc.createConference(organizer, valid).getIdentifier()).as("valid parameters pass").isPositive();
    }

    @Test
    void connectionsAndStatesAreChecked() {
        var ctx = WirePort.context(sandbox);
        assertThat(WirePort.faultCode(() -> wire.startScheduledConference(null, ctx))).isEqualTo("MMC_23");
        assertThat(WirePort.faultCode(() -> wire.startScheduledConference(WirePort.connection(null, "password"), ctx)))
                .isEqualTo("MMC_24");
        assertThat(WirePort.faultCode(() -> wire.startScheduledConference(WirePort.connection(1L, null), ctx))).isEqualTo("MMC_25");
        assertThat(WirePort.faultCode(() -> wire.startScheduledConference(WirePort.connection(1L, ""), ctx))).isEqualTo("MMC_26");
        assertThat(WirePort.faultCode(() -> wire.startScheduledConference(WirePort.connection(1L, "abc"), ctx))).isEqualTo("MMC_27");

        ScheduledConference conference = scheduled(Duration.ofMinutes(30), Duration.ofHours(1));
        long id = conference.getIdentifier();
        assertThat(code(() -> mmc.startConference(organizer, new ScheduledConference(id, "wrong-password"))))
                .isEqualTo("MMC_28");
        assertThat(code(() -> mmc.startConference(organizer, new ScheduledConference(999_999, "password"))))
                .isEqualTo("MMC_46");
        assertThat(code(() -> mmc.startConference(sandbox.organizer(OTHER), new ScheduledConference(id, "password"))))
                .isEqualTo("MMC_44");
        InstantaneousConference instant = mmc.createConference(organizer, new InstantaneousConferenceInfo("now", "password"));
        assertThat(code(() -> mmc.startConference(organizer, new ScheduledConference(instant.getIdentifier(), "password"))))
                .isEqualTo("MMC_45");

        mmc.startConference(organizer, conference);
        assertThat(code(() -> mmc.modifyConference(organizer, new ScheduledConference(id, "password"),
                withParameter(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public")))).isEqualTo("MMC_33");
        clock.advance(Duration.ofHours(2));
        assertThat(code(() -> mmc.deleteConference(organizer, new ScheduledConference(id, "password"))))
                .isEqualTo("MMC_34");

        ScheduledConference later = scheduled(Duration.ofHours(3), Duration.ofHours(1));
        assertThat(code(() -> mmc.startConference(organizer, later))).as("more than an hour early").isEqualTo("MMC_48");
        clock.advance(Duration.ofHours(5));
        assertThat(code(() -> mmc.startConference(organizer, later))).as("after its end").isEqualTo("MMC_49");

        ScheduledConference doomed = scheduled(Duration.ofHours(1), Duration.ofHours(1));
        mmc.deleteConference(organizer, doomed);
        assertThat(code(() -> mmc.startConference(organizer, doomed))).isEqualTo("MMC_35");
    }

    @Test
    void participantRules() {
        ScheduledConference conference = scheduled(Duration.ofMinutes(30), Duration.ofHours(1));
        var ctx = WirePort.context(sandbox);
        assertThat(WirePort.faultCode(() -> wire.joinConference(null, ctx))).isEqualTo("MMC_7");
        String[][] people = {
            {null, "Doe", "john@doe.com", "MMC_8"}, {" ", "Doe", "john@doe.com", "MMC_9"},
            {"John", null, "john@doe.com", "MMC_10"}, {"John", "", "john@doe.com", "MMC_11"},
            {"John", "Doe", null, "MMC_12"}, {"John", "Doe", "", "MMC_13"}, {"John", "Doe", "john.doe", "MMC_14"},
        };
        for (String[] person : people) {
            ParticipantInfo info = new ParticipantInfo();
            info.setFirstName(person[0]);
            info.setLastName(person[1]);
            info.setMail(person[2]);
            info.setConferenceConnection(WirePort.connection(conference.getIdentifier(), "password"));
            assertThat(WirePort.faultCode(() -> wire.joinConference(info, ctx))).as(person[3]).isEqualTo(person[3]);
        }
        ParticipantInfo noCulture = new ParticipantInfo();
        noCulture.setFirstName("John");
        noCulture.setLastName("Doe");
        noCulture.setMail("john@doe.com");
        noCulture.setConferenceConnection(WirePort.connection(conference.getIdentifier(), "password"));
        noCulture.setParameters(WirePort.parameters("other", "x"));
        assertThat(WirePort.faultCode(() -> wire.joinConference(noCulture, ctx))).isEqualTo("MMC_63");
        noCulture.setParameters(WirePort.parameters("cultureName", "xx-XX"));
        assertThat(WirePort.faultCode(() -> wire.joinConference(noCulture, ctx))).isEqualTo("MMC_64");

        ScheduledConference held = scheduled(Duration.ofMinutes(30), Duration.ofHours(1));
        mmc.startConference(organizer, held);
        clock.advance(Duration.ofHours(3));
        assertThat(code(() -> mmc.joinConference(organizer, new com.orange.api.mmc.model.ParticipantInfo("John", "Doe",
                "john@doe.com", held.getIdentifier(), "password")))).as("over").isEqualTo("MMC_34");
        assertThat(code(() -> mmc.joinConference(organizer, new com.orange.api.mmc.model.ParticipantInfo("John", "Doe",
                "john@doe.com", conference.getIdentifier(), "password")))).as("never started, slot over").isEqualTo("MMC_49");
    }

    @Test
    void detailsListAndLicenceRules() {
        var ctx = WirePort.context(sandbox);
        assertThat(WirePort.faultCode(() -> wire.getConferenceDetails(null, ctx))).isEqualTo("MMC_102");
        assertThat(code(() -> mmc.getConferenceDetails(organizer, 0))).isEqualTo("MMC_103");
        assertThat(code(() -> mmc.getConferenceDetails(organizer, 424242))).isEqualTo("MMC_106");
        ScheduledConference deleted = scheduled(Duration.ofHours(2), Duration.ofHours(1));
        mmc.deleteConference(organizer, deleted);
        assertThat(code(() -> mmc.getConferenceDetails(organizer, deleted.getIdentifier()))).isEqualTo("MMC_104");
        ScheduledConference mine = scheduled(Duration.ofHours(2), Duration.ofHours(1));
        assertThat(code(() -> mmc.getConferenceDetails(sandbox.organizer(STRANGER), mine.getIdentifier())))
                .isEqualTo("MMC_105");
        assertThat(mmc.getConferenceDetails(sandbox.organizer(OTHER), mine.getIdentifier()).getName())
                .as("same contract").isEqualTo("weekly");

        assertThat(WirePort.faultCode(() -> wire.getConferencesList(null, ctx))).isEqualTo("MMC_85");
        assertThat(code(() -> mmc.getConferencesList(organizer, NOW.minusMonths(7), NOW, null))).isEqualTo("MMC_86");
        assertThat(code(() -> mmc.getConferencesList(organizer, NOW, NOW.plusYears(2), null))).isEqualTo("MMC_87");
        GetConferencesListInput reversed = new GetConferencesListInput();
        reversed.setStartDateTime(SandboxValues.write(NOW.plusDays(2)));
        reversed.setEndDateTime(SandboxValues.write(NOW.plusDays(1)));
        assertThat(WirePort.faultCode(() -> wire.getConferencesList(reversed, ctx))).isEqualTo("MMC_88");

        assertThat(WirePort.faultCode(() -> wire.getLicencesUsage(null, ctx))).isEqualTo("MMC_107");
        assertThat(code(() -> mmc.getLicencesUsage(organizer, NOW.minusYears(2), NOW.minusDays(2)))).isEqualTo("MMC_108");
        assertThat(code(() -> mmc.getLicencesUsage(organizer, NOW.minusDays(10), NOW))).isEqualTo("MMC_109");
        GetLicencesUsageInput backwards = new GetLicencesUsageInput();
        backwards.setStartDateTime(SandboxValues.write(NOW.minusDays(3)));
        backwards.setEndDateTime(SandboxValues.write(NOW.minusDays(5)));
        assertThat(WirePort.faultCode(() -> wire.getLicencesUsage(backwards, ctx))).isEqualTo("MMC_110");
    }

    private static AudioConferenceInput wireAudio(String name, String password, String hostPhone, String attendeePhone,
            Integer duration) {
        AudioConferenceInput input = new AudioConferenceInput();
        input.setAudioConferenceName(name);
        input.setAudioConferencePassword(password);
        com.orange.api.mmc.webservice.Attendee host = new com.orange.api.mmc.webservice.Attendee();
        host.setAttendeeFirstName("joe");
        host.setAttendeeLastName("black");
        host.setAttendeeMail("joe.black@never.land");
        host.setAttendeePhoneNumber(hostPhone);
        input.setAudioConferenceHost(host);
        com.orange.api.mmc.webservice.AttendeesList attendees = new com.orange.api.mmc.webservice.AttendeesList();
        com.orange.api.mmc.webservice.Attendee guest = new com.orange.api.mmc.webservice.Attendee();
        guest.setAttendeeFirstName("joey");
        guest.setAttendeeLastName("blackey");
        guest.setAttendeeMail("joey.blackey@never.land");
        guest.setAttendeePhoneNumber(attendeePhone);
        attendees.getAttendee().add(guest);
        input.setAudioConferenceAttendeesList(attendees);
        input.setRealDuration(duration);
        return input;
    }

    private static CreateInstantaneousAudioConferenceInput instantAudio(AudioConferenceInput audio) {
        CreateInstantaneousAudioConferenceInput input = new CreateInstantaneousAudioConferenceInput();
        input.setAudioConferenceInput(audio);
        return input;
    }

    private ScheduledAudioConferenceInfo audioInfo(String hostPhone, OffsetDateTime start, OffsetDateTime end) {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName("confname");
        info.setPassword("confpwd");
        info.setHost(new Attendee(hostPhone, "joe", "black", "joe.black@never.land"));
        info.setRealDuration(60);
        info.setStartDate(start);
        info.setEndDate(end);
        return info;
    }

    @Test
    void audioConferenceRules() {
        var ctx = WirePort.context(sandbox);
        String phone = "+33100000000";
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(null, ctx))).isEqualTo("MMC_500");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(instantAudio(null), ctx)))
                .isEqualTo("MMC_501");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio(null, "confpwd", phone, phone, 60)), ctx))).isEqualTo("MMC_502");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("", "confpwd", phone, phone, 60)), ctx))).isEqualTo("MMC_503");
        AudioConferenceInput noHost = wireAudio("confname", "confpwd", phone, phone, 60);
        noHost.setAudioConferenceHost(null);
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(instantAudio(noHost), ctx)))
                .isEqualTo("MMC_504");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", "confpwd", "", phone, 60)), ctx))).isEqualTo("MMC_520");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", "confpwd", phone, null, 60)), ctx))).isEqualTo("MMC_519");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", null, phone, phone, 60)), ctx))).isEqualTo("MMC_531");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", "", phone, phone, 60)), ctx))).isEqualTo("MMC_532");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", "pwd", phone, phone, 60)), ctx))).isEqualTo("MMC_533");
        assertThat(WirePort.faultCode(() -> wire.createInstantaneousAudioConference(
                instantAudio(wireAudio("confname", "confpwd", phone, phone, 24 * 60 + 1)), ctx))).isEqualTo("MMC_542");

        InstantaneousAudioConferenceInfo badHost = new InstantaneousAudioConferenceInfo();
        badHost.setName("confname");
        badHost.setPassword("confpwd");
        badHost.setHost(new Attendee("0612", "joe", "black", "joe.black@never.land"));
        badHost.setRealDuration(60);
        assertThat(code(() -> mmc.createAudioConference(organizer, badHost))).isEqualTo("MMC_522");
        badHost.setHost(new Attendee(phone, "joe", "black", "joe.black@never.land"));
        badHost.getAttendees().add(new Attendee("+33 (1) 23", "joey", "blackey", "joey.blackey@never.land"));
        assertThat(code(() -> mmc.createAudioConference(organizer, badHost))).isEqualTo("MMC_523");

        assertThat(WirePort.faultCode(() -> wire.createScheduledAudioConference(null, ctx))).isEqualTo("MMC_526");
        CreateScheduledAudioConferenceInput noSlot = new CreateScheduledAudioConferenceInput();
        noSlot.setAudioConferenceInput(wireAudio("confname", "confpwd", phone, phone, 60));
        assertThat(WirePort.faultCode(() -> wire.createScheduledAudioConference(noSlot, ctx))).isEqualTo("MMC_527");
        assertThat(code(() -> mmc.createAudioConference(organizer, audioInfo(phone, NOW.minusHours(1), NOW.plusHours(1)))))
                .isEqualTo("MMC_528");
        com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo slot = new com.orange.api.mmc.webservice.ScheduledAudioConferenceInfo();
        slot.setStartDateTime(SandboxValues.write(NOW.plusHours(1)));
        slot.setEndDateTime(SandboxValues.write(NOW.minusHours(1)));
        noSlot.setScheduledAudioConferenceInfo(slot);
        assertThat(WirePort.faultCode(() -> wire.createScheduledAudioConference(noSlot, ctx))).isEqualTo("MMC_529");
        slot.setEndDateTime(SandboxValues.write(NOW.plusMinutes(30)));
        assertThat(WirePort.faultCode(() -> wire.createScheduledAudioConference(noSlot, ctx))).isEqualTo("MMC_530");
        assertThat(WirePort.faultCode(() -> wire.modifyScheduledAudioConference(null, ctx))).isEqualTo("MMC_537");
        assertThat(WirePort.faultCode(() -> wire.startScheduledAudioConference(null, ctx))).isEqualTo("MMC_543");

        ScheduledAudioConference audio = mmc.createAudioConference(organizer,
                audioInfo(phone, NOW.plusHours(3), NOW.plusHours(4)));
        assertThat(code(() -> mmc.startAudioConference(organizer, audio))).isEqualTo("MMC_535");
        clock.advance(Duration.ofHours(5));
        assertThat(code(() -> mmc.startAudioConference(organizer, audio))).isEqualTo("MMC_534");
    }
}
