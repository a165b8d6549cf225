package com.orange.api.mmc.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample of the manual, run as a user would (no mmc.properties: an embedded sandbox), printing what
 * the manual's sample prints, in its layout (passwords masked), with the values the sandbox answers; and the
 * list sample against a sandbox that holds conferences.
 */
class SamplesIT {

    /** The first identifier a fresh sandbox gives; each sample runs against its own. */
    private static final String FIRST_ID = "37891";
    private static final String TOKEN = "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}";
    private static final String PORTAL = "http://127\\.0\\.0\\.1:\\d+/portal/";
    private static final String START_URL = PORTAL + "start\\?id=" + FIRST_ID + "&token=" + TOKEN;
    private static final String AUDIO_URL = PORTAL + "audio\\?id=" + FIRST_ID + "&token=" + TOKEN;
    private static final String DATE = "\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d";
    private static final String AUDIO_NUMBERS = "  \\[Parameter\\]\n    Key = 'audioAccessNumber'\n"
            + "    Value = '\\+33149945060'\n  \\[Parameter\\]\n    Key = 'audioRoomNumber'\n    Value = '\\d{6}'\n";

    /** The service's defaults that details carry, as the manual's GetConferenceDetails output prints them. */
    private static final String DEFAULT_PARAMETERS = "  \\[Parameter\\]\n    Key = 'conferenceVisibility'\n    Value = 'Public'\n"
            + "  \\[Parameter\\]\n    Key = 'conferenceWebcam'\n    Value = 'AirAnyWebcam'\n"
            + "  \\[Parameter\\]\n    Key = 'conferenceChat'\n    Value = 'Participants'\n"
            + "  \\[Parameter\\]\n    Key = 'conferenceAutoLaunched'\n    Value = 'False'\n";

    /**
     * What a creation, a modification or a start answers, as the sandbox answers it: the identifier, the
     * password (masked) and {@code url}; nothing else.
     */
    private static String answered(String url) {
        return "  AccessCode = 'null'\n  HostFirstName = 'null'\n  HostLastName = 'null'\n  HostLogin = 'null'\n"
                + "  Identifier = '" + FIRST_ID + "'\n  Name = 'null'\n  Origin = 'null'\n  Password = '\\*\\*\\*\\*'\n"
                + "  StartDate = 'null'\n  State = 'null'\n  Type = 'null'\n  Url = '" + url + "'\n";
    }

    /** What an audio creation, modification or start answers. */
    private static String audioAnswered(String url) {
        return "  Identifier = '" + FIRST_ID + "'\n  Password = '\\*\\*\\*\\*'\n  Url = '" + url + "'\n";
    }

    /** Runs a sample's main with no settings (an embedded sandbox) and returns what it printed on standard output. */
    static String run(Consumer<String[]> main, String... args) {
        Printed printed = capture(main, args);
        assertThat(printed.notices()).contains("No mmc.properties found: using an embedded MMC sandbox");
        return printed.out();
    }

    /** What a sample printed on standard output and standard error. */
    record Printed(String out, String notices) {
    }

    private static Printed capture(Consumer<String[]> main, String... args) {
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
        return new Printed(captured.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                notices.toString(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("About", (Consumer<String[]>) About::main, "About\nV1.4\n"),
                Arguments.of("CreateInstantaneousConference", (Consumer<String[]>) CreateInstantaneousConference::main,
                        "Conference created\n\\[InstantaneousConference\\]\n" + answered(START_URL) + AUDIO_NUMBERS),
                Arguments.of("CreateScheduledConference", (Consumer<String[]>) CreateScheduledConference::main,
                        "Conference created\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + answered(START_URL)
                                + AUDIO_NUMBERS),
                Arguments.of("ModifyConference", (Consumer<String[]>) ModifyConference::main,
                        "Conference modified\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + answered("null")),
                Arguments.of("DeleteConference", (Consumer<String[]>) DeleteConference::main, "Conference deleted\n"),
                Arguments.of("StartConference", (Consumer<String[]>) StartConference::main,
                        "Conference started\n\\[ScheduledConference\\]\n  EndDate = 'null'\n" + answered(START_URL)),
                Arguments.of("JoinConference", (Consumer<String[]>) JoinConference::main,
                        "Participant details\n\\[Participant\\]\n  ConferenceUrl = '" + PORTAL + "join\\?participant=37892"
                                + "&token=" + TOKEN + "'\n  CultureName = 'null'\n  Identifier = '37892'\n"),
                Arguments.of("GetConferenceDetails", (Consumer<String[]>) GetConferenceDetails::main,
                        "Conference details\n\\[ScheduledConference\\]\n  EndDate = '" + DATE + "'\n"
                                + "  AccessCode = '\\d{6}'\n  HostFirstName = 'sandbox-service-account'\n"
                                + "  HostLastName = 'sandbox-service-account'\n  HostLogin = 'sandbox-service-account'\n"
                                + "  Identifier = '" + FIRST_ID + "'\n  Name = 'your_conference_name'\n  Origin = 'Odn'\n"
                                + "  Password = 'null'\n  StartDate = '" + DATE + "'\n  State = 'NotStarted'\n"
                                + "  Type = 'Scheduled'\n  Url = 'null'\n" + DEFAULT_PARAMETERS),
                Arguments.of("GetConferencesList, nothing booked", (Consumer<String[]>) GetConferencesList::main,
                        "No conference found\n"),
                Arguments.of("GetLicencesUsage", (Consumer<String[]>) GetLicencesUsage::main,
                        "Licence usage\n\\[LicenceUsage\\]\n  MaxConcurrentConnections = '0'\n  SubscribedLicencesCount = '10'\n"
                                + "  UsageRate = '0'\n"),
                Arguments.of("CreateInstantaneousAudioConference", (Consumer<String[]>) CreateInstantaneousAudioConference::main,
                        "AudioConference created\n\\[InstantaneousAudioConference\\]\n" + audioAnswered(AUDIO_URL)
                                + AUDIO_NUMBERS),
                Arguments.of("CreateScheduledAudioConference", (Consumer<String[]>) CreateScheduledAudioConference::main,
                        "AudioConference created\n\\[ScheduledAudioConference\\]\n" + audioAnswered(AUDIO_URL)
                                + AUDIO_NUMBERS),
                Arguments.of("ModifyAudioConference", (Consumer<String[]>) ModifyAudioConference::main,
                        "AudioConference modified\n\\[ScheduledAudioConference\\]\n" + audioAnswered(AUDIO_URL)
                                + AUDIO_NUMBERS),
                Arguments.of("StartAudioConference", (Consumer<String[]>) StartAudioConference::main,
                        "AudioConference started\n\\[ScheduledAudioConference\\]\n" + audioAnswered("null")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSamplePrintsWhatTheManualShows(String name, Consumer<String[]> main, String expected) {
        assertThat(run(main)).as(name).matches(expected);
    }

    @Test
    void aSampleReportsAFailureAsTheManualsSamplesDo() {
        String printed = run(StartConference::main, "999999", "not-the-password");

        assertThat(printed).startsWith("An exception occurred while processing your request: MMC_46 NotFoundConference");
    }

    @Test
    void theListSampleListsWhatTheServiceHolds() {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(30);
            long listed = mmc.createConference(sandbox.organizer(), new ScheduledConferenceInfo("listed", "s3cret-pw",
                    start, start.plusHours(1))).getIdentifier();
            long other = mmc.createConference(sandbox.organizer(), new InstantaneousConferenceInfo("other",
                    "s3cret-pw")).getIdentifier();
            Map<String, String> settings = Map.of("mmc.serviceUrl", sandbox.serviceUrl().toString(),
                    "mmc.accessKey", sandbox.accessKey(), "mmc.accessKeyPassword", sandbox.accessKeyPassword(),
                    "mmc.serviceAccount", sandbox.serviceAccount(),
                    "mmc.serviceAccountPassword", sandbox.serviceAccountPassword());
            settings.forEach(System::setProperty);
            Printed printed;
            try {
                printed = capture(GetConferencesList::main);
            } finally {
                settings.keySet().forEach(System::clearProperty);
            }

            assertThat(printed.notices()).doesNotContain("embedded");
            assertThat(printed.out()).startsWith("Conference details\n[").doesNotContain("No conference found")
                    .contains("Identifier = '" + listed + "'\n  Name = 'listed'", "Type = 'Scheduled'",
                            "Identifier = '" + other + "'\n  Name = 'other'", "Type = 'Instantaneous'");
            assertThat(printed.out().split("Conference details\n", -1)).as("one block per conference").hasSize(3);
        }
    }
}
