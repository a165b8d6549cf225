package com.orange.api.mmc.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample of the manual, run as a user would (no mmc.properties: an embedded sandbox), printing what
 * the manual's sample prints, in its layout (passwords masked).
 */
class SamplesIT {

    private static final String CONFERENCE_FIELDS = "  AccessCode = '.*'\n  HostFirstName = '.*'\n  HostLastName = '.*'\n"
            + "  HostLogin = '.*'\n  Identifier = '\\d+'\n  Name = '.*'\n  Origin = '.*'\n  Password = '(\\*\\*\\*\\*|null)'\n"
            + "  StartDate = '.*'\n  State = '.*'\n  Type = '.*'\n  Url = '.*'\n";
    private static final String AUDIO_NUMBERS = "  \\[Parameter\\]\n    Key = 'audioAccessNumber'\n    Value = '\\+\\d+'\n"
            + "  \\[Parameter\\]\n    Key = 'audioRoomNumber'\n    Value = '\\d+'\n";

    /** The service's defaults that details carry, as the manual's GetConferenceDetails output prints them. */
    private static final String DEFAULT_PARAMETERS = "  \\[Parameter\\]\n    Key = 'conferenceWebcam'\n    Value = 'AirAnyWebcam'\n"
            + "  \\[Parameter\\]\n    Key = 'conferenceChat'\n    Value = 'Participants'\n"
            + "  \\[Parameter\\]\n    Key = 'conferenceAutoLaunched'\n    Value = 'False'\n";

    /** Runs a sample's main and returns what it printed on standard output. */
    static String run(Consumer<String[]> main, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ByteArrayOutputStream notices = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(notices, true, StandardCharsets.UTF_8));
            main.accept(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(notices.toString(StandardCharsets.UTF_8)).contains("No mmc.properties found: using an embedded MMC sandbox");
        return captured.toString(StandardCharsets.UTF_8);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("About", (Consumer<String[]>) About::main, "About\nV1.4\n"),
                Arguments.of("CreateInstantaneousConference", (Consumer<String[]>) CreateInstantaneousConference::main,
                        "Conference created\n\\[InstantaneousConference\\]\n" + CONFERENCE_FIELDS + AUDIO_NUMBERS),
                Arguments.of("CreateScheduledConference", (Consumer<String[]>) CreateScheduledConference::main,
                        "Conference created\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + CONFERENCE_FIELDS + AUDIO_NUMBERS),
                Arguments.of("ModifyConference", (Consumer<String[]>) ModifyConference::main,
                        "Conference modified\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + CONFERENCE_FIELDS),
                Arguments.of("DeleteConference", (Consumer<String[]>) DeleteConference::main, "Conference deleted\n"),
                Arguments.of("StartConference", (Consumer<String[]>) StartConference::main,
                        "Conference started\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + CONFERENCE_FIELDS),
                Arguments.of("JoinConference", (Consumer<String[]>) JoinConference::main,
                        "Participant details\n\\[Participant\\]\n  ConferenceUrl = 'http://.*/portal/join\\?participant=\\d+&token=.*'\n"
                                + "  CultureName = 'null'\n  Identifier = '\\d+'\n"),
                Arguments.of("GetConferenceDetails", (Consumer<String[]>) GetConferenceDetails::main,
                        "Conference details\n\\[ScheduledConference\\]\n  EndDate = '\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d'\n"
                                + CONFERENCE_FIELDS + DEFAULT_PARAMETERS),
                Arguments.of("GetConferencesList", (Consumer<String[]>) GetConferencesList::main, "No conference found\n"),
                Arguments.of("GetLicencesUsage", (Consumer<String[]>) GetLicencesUsage::main,
                        "Licence usage\n\\[LicenceUsage\\]\n  MaxConcurrentConnections = '0'\n  SubscribedLicencesCount = '10'\n"
                                + "  UsageRate = '0'\n"),
                Arguments.of("CreateInstantaneousAudioConference", (Consumer<String[]>) CreateInstantaneousAudioConference::main,
                        "AudioConference created\n\\[InstantaneousAudioConference\\]\n  Identifier = '\\d+'\n  Password = '\\*\\*\\*\\*'\n"
                                + "  Url = 'http://.*/portal/audio\\?id=\\d+&token=.*'\n" + AUDIO_NUMBERS),
                Arguments.of("CreateScheduledAudioConference", (Consumer<String[]>) CreateScheduledAudioConference::main,
                        "AudioConference created\n\\[ScheduledAudioConference\\]\n  Identifier = '\\d+'\n  Password = '\\*\\*\\*\\*'\n"
                                + "  Url = '.*'\n" + AUDIO_NUMBERS),
                Arguments.of("ModifyAudioConference", (Consumer<String[]>) ModifyAudioConference::main,
                        "AudioConference modified\n\\[ScheduledAudioConference\\]\n  Identifier = '\\d+'\n  Password = '\\*\\*\\*\\*'\n"
                                + "  Url = '.*'\n" + AUDIO_NUMBERS),
                Arguments.of("StartAudioConference", (Consumer<String[]>) StartAudioConference::main,
                        "AudioConference started\n\\[ScheduledAudioConference\\]\n  Identifier = '\\d+'\n  Password = '\\*\\*\\*\\*'\n"
                                + "  Url = 'null'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSamplePrintsWhatTheManualShows(String name, Consumer<String[]> main, String expected) {
        assertThat(run(main).replace("\r\n", "\n")).as(name).matches(expected);
    }

    @Test
    void aSampleReportsAFailureAsTheManualsSamplesDo() {
        String printed = run(StartConference::main, "999999", "not-the-password");

        assertThat(printed).startsWith("An exception occurred while processing your request: MMC_46 NotFoundConference");
    }
}
