package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.ApplicationContext;
import com.orange.api.mmc.webservice.Attendee;
import com.orange.api.mmc.webservice.AttendeesList;
import com.orange.api.mmc.webservice.AudioConferenceInput;
import com.orange.api.mmc.webservice.ConferenceConnection;
import com.orange.api.mmc.webservice.CreateInstantaneousAudioConferenceInput;
import com.orange.api.mmc.webservice.GetConferencesListInput;
import com.orange.api.mmc.webservice.GetLicencesUsageInput;
import com.orange.api.mmc.webservice.MmcServiceFault;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;
import com.orange.api.mmc.webservice.Parameters;

import java.time.OffsetDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule table, two enforcers: every rule the SDK checks before sending is also checked by the sandbox, with
 * the same code. Each row runs once through the SDK (caught locally, nothing sent) and once as raw SOAP to the
 * sandbox (answered by the service's fault).
 */
class RuleTableIT {

    private static final OffsetDateTime NOW = OffsetDateTime.now();
    private static MmcSandbox sandbox;
    private static Mmc mmc;
    private static Organizer organizer;
    private static MultimediaConferencePortType wire;
    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        sandbox = MmcSandbox.start();
        mmc = sandbox.newClient();
        organizer = sandbox.organizer();
        wire = WirePort.of(sandbox);
        context = WirePort.context(sandbox);
    }

    @AfterAll
    static void stop() {
        mmc.close();
        sandbox.close();
    }

    /** What the SDK is asked to do. */
    private interface SdkCall {
        void run(Mmc mmc, Organizer organizer);
    }

    /** The same request, as raw SOAP. */
    private interface WireCall {
        void run(MultimediaConferencePortType port, ApplicationContext context) throws MmcServiceFault;
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("empty conference name", "MMC_17",
                        (m, o) -> m.createConference(o, new InstantaneousConferenceInfo(" ", "password")),
                        (p, c) -> p.createInstantaneousConference(instant(" ", "password", null), c)),
                rule("empty conference password", "MMC_19",
                        (m, o) -> m.createConference(o, new InstantaneousConferenceInfo("daily", "")),
                        (p, c) -> p.createInstantaneousConference(instant("daily", "", null), c)),
                rule("blank conference password, 4 long (empty, not too short)", "MMC_19",
                        (m, o) -> m.createConference(o, new InstantaneousConferenceInfo("daily", "    ")),
                        (p, c) -> p.createInstantaneousConference(instant("daily", "    ", null), c)),
                rule("conference password shorter than 4", "MMC_20",
                        (m, o) -> m.createConference(o, new InstantaneousConferenceInfo("daily", "abc")),
                        (p, c) -> p.createInstantaneousConference(instant("daily", "abc", null), c)),
                rule("scheduled start after end", "MMC_38",
                        (m, o) -> m.createConference(o, new ScheduledConferenceInfo("weekly", "password", NOW.plusHours(3),
                                NOW.plusHours(2))),
                        (p, c) -> p.createScheduledConference(scheduled(NOW.plusHours(3), NOW.plusHours(2)), c)),
                rule("audioType with audioConfEnabled (web)", "MMC_140",
                        (m, o) -> {
                            InstantaneousConferenceInfo info = new InstantaneousConferenceInfo("daily", "password");
                            info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
                            info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
                            m.createConference(o, info);
                        },
                        (p, c) -> p.createInstantaneousConference(instant("daily", "password",
                                WirePort.parameters("audioType", "Apac", "audioConfEnabled", "true")), c)),
                rule("audioType with audioConfEnabled (audio)", "MMC_140",
                        (m, o) -> {
                            AudioConferenceInfo info = audio(60);
                            info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, "Apac");
                            info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
                            m.createAudioConference(o, info);
                        },
                        (p, c) -> p.createInstantaneousAudioConference(wireAudio(60,
                                WirePort.parameters("audioType", "Apac", "audioConfEnabled", "true")), c)),
                rule("audio real duration 0", "MMC_542",
                        (m, o) -> m.createAudioConference(o, audio(0)),
                        (p, c) -> p.createInstantaneousAudioConference(wireAudio(0, null), c)),
                rule("audio real duration negative", "MMC_542",
                        (m, o) -> m.createAudioConference(o, audio(-1)),
                        (p, c) -> p.createInstantaneousAudioConference(wireAudio(-1, null), c)),
                rule("blank audio password, 6 long (empty, not too short)", "MMC_532",
                        (m, o) -> {
                            AudioConferenceInfo info = audio(60);
                            info.setPassword("      ");
                            m.createAudioConference(o, info);
                        },
                        (p, c) -> {
                            CreateInstantaneousAudioConferenceInput input = wireAudio(60, null);
                            input.getAudioConferenceInput().setAudioConferencePassword("      ");
                            p.createInstantaneousAudioConference(input, c);
                        }),
                rule("blank connection password, 5 long (empty, not too short)", "MMC_26",
                        (m, o) -> m.joinConference(o, new ParticipantInfo("Ada", "Lovelace", "ada@example.com", 1L,
                                "     ")),
                        (p, c) -> {
                            com.orange.api.mmc.webservice.ParticipantInfo info = participant("ada@example.com");
                            info.getConferenceConnection().setPassword("     ");
                            p.joinConference(info, c);
                        }),
                rule("audio duration over 24 hours", "MMC_542",
                        (m, o) -> m.createAudioConference(o, audio(24 * 60 + 1)),
                        (p, c) -> p.createInstantaneousAudioConference(wireAudio(24 * 60 + 1, null), c)),
                rule("participant mail not of the form w.x@y.z", "MMC_14",
                        (m, o) -> m.joinConference(o, new ParticipantInfo("Ada", "Lovelace", "ada-at-example", 1L, "password")),
                        (p, c) -> p.joinConference(participant("ada-at-example"), c)),
                rule("list start after end", "MMC_88",
                        (m, o) -> m.getConferencesList(o, NOW.plusHours(2), NOW.plusHours(1), null),
                        (p, c) -> {
                            GetConferencesListInput input = new GetConferencesListInput();
                            input.setStartDateTime(SandboxValues.write(NOW.plusHours(2)));
                            input.setEndDateTime(SandboxValues.write(NOW.plusHours(1)));
                            p.getConferencesList(input, c);
                        }),
                rule("licence start after end", "MMC_110",
                        (m, o) -> m.getLicencesUsage(o, NOW.minusDays(2), NOW.minusDays(3)),
                        (p, c) -> {
                            GetLicencesUsageInput input = new GetLicencesUsageInput();
                            input.setStartDateTime(SandboxValues.write(NOW.minusDays(2)));
                            input.setEndDateTime(SandboxValues.write(NOW.minusDays(3)));
                            p.getLicencesUsage(input, c);
                        }));
    }

    private static Arguments rule(String name, String code, SdkCall sdk, WireCall raw) {
        return Arguments.of(name, code, sdk, raw);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rules")
    void theSdkAndTheSandboxAnswerTheSameCode(String name, String code, SdkCall sdk, WireCall raw) {
        MmcException local = catchThrowableOfType(MmcException.class, () -> sdk.run(mmc, organizer));
        assertThat(local).as("the SDK refuses it").isNotNull();
        assertThat(local.isLocal()).as("caught before sending").isTrue();

        String answered = WirePort.faultCode(() -> raw.run(wire, context));

        assertThat(local.getCode()).as("the SDK's code").isEqualTo(code);
        assertThat(answered).as("the sandbox's code").isEqualTo(code);
    }

    private static com.orange.api.mmc.webservice.InstantaneousConferenceInfo instant(String name, String password,
            Parameters parameters) {
        com.orange.api.mmc.webservice.InstantaneousConferenceInfo info = new com.orange.api.mmc.webservice.InstantaneousConferenceInfo();
        info.setName(name);
        info.setPassword(password);
        info.setParameters(parameters);
        return info;
    }

    private static com.orange.api.mmc.webservice.ScheduledConferenceInfo scheduled(OffsetDateTime start, OffsetDateTime end) {
        com.orange.api.mmc.webservice.ScheduledConferenceInfo info = new com.orange.api.mmc.webservice.ScheduledConferenceInfo();
        info.setName("weekly");
        info.setPassword("password");
        info.setStartDateTime(SandboxValues.write(start));
        info.setEndDateTime(SandboxValues.write(end));
        return info;
    }

    private static AudioConferenceInfo audio(int minutes) {
        InstantaneousAudioConferenceInfo info = new InstantaneousAudioConferenceInfo();
        info.setName("audio");
        info.setPassword("confpwd");
        info.setHost(new com.orange.api.mmc.model.Attendee("+33100000000", "Guilhem", "Martin", "guilhem@example.com"));
        info.setRealDuration(minutes);
        return info;
    }

    private static CreateInstantaneousAudioConferenceInput wireAudio(int minutes, Parameters parameters) {
        Attendee host = new Attendee();
        host.setAttendeeFirstName("Guilhem");
        host.setAttendeeLastName("Martin");
        host.setAttendeeMail("guilhem@example.com");
        host.setAttendeePhoneNumber("+33100000000");
        AudioConferenceInput audio = new AudioConferenceInput();
        audio.setAudioConferenceName("audio");
        audio.setAudioConferencePassword("confpwd");
        audio.setAudioConferenceHost(host);
        audio.setAudioConferenceAttendeesList(new AttendeesList());
        audio.setRealDuration(minutes);
        audio.setParameters(parameters);
        CreateInstantaneousAudioConferenceInput input = new CreateInstantaneousAudioConferenceInput();
        input.setAudioConferenceInput(audio);
        return input;
    }

    private static com.orange.api.mmc.webservice.ParticipantInfo participant(String mail) {
        ConferenceConnection connection = WirePort.connection(1L, "password");
        com.orange.api.mmc.webservice.ParticipantInfo info = new com.orange.api.mmc.webservice.ParticipantInfo();
        info.setFirstName("Ada");
        info.setLastName("Lovelace");
        info.setMail(mail);
        info.setConferenceConnection(connection);
        info.setParameters(WirePort.parameters("cultureName", "en-US"));
        return info;
    }
}
