package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The portal as the manual's chapter 6 shows it, driven over plain HTTP as a browser without scripts would. */
class SandboxPortalIT {

    private static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");

    private final SandboxClock clock = SandboxClock.at(T0);
    private final PortalBrowser browser = new PortalBrowser();
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).start();
        mmc = sandbox.newClient();
        organizer = sandbox.organizer();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private ScheduledConference scheduled(String name, int startInMinutes, String... parameters) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(name, "password", now().plusMinutes(startInMinutes),
                now().plusMinutes(startInMinutes + 60));
        for (int i = 0; i < parameters.length; i += 2) {
            info.getOptionalParameters().put(ConferenceOptionalParameter.fromWireValue(parameters[i]), parameters[i + 1]);
        }
        return mmc.createConference(organizer, info);
    }

    private Participant invite(ScheduledConference conference, CultureName culture) {
        ParticipantInfo guest = new ParticipantInfo("Gérard", "Test", "gerard@test.fr", conference.getIdentifier(), "password");
        guest.setCultureName(culture);
        return mmc.joinConference(organizer, guest);
    }

    private ConferenceState state(long id) {
        return mmc.getConferenceDetails(organizer, id).getState();
    }

    @Test
    void openingTheStartUrlChangesNothingAndOtherMethodsAreRefused() throws Exception {
        ScheduledConference conference = scheduled("test", 20);

        HttpResponse<String> summary = browser.open(conference.getUrl());
        browser.open(conference.getUrl());
        HttpResponse<String> put = browser.post(URI.create(conference.getUrl().replace("/start?", "/nothing?")), "");

        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body()).contains(">start the conference</button>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);
        assertThat(put.statusCode()).isEqualTo(404);
    }

    @Test
    void aForgedStartWithoutThePagesTokenIsRefused() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        URI start = URI.create(conference.getUrl());
        String query = start.getRawQuery();

        HttpResponse<String> forged = browser.post(start.resolve("/portal/start"), query + "&form=guessed");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);
    }

    @Test
    void theOrganizersSummaryCarriesTheManualsFields() throws Exception {
        ScheduledConference conference = scheduled("test", 20, "audioConfEnabled", "true");
        invite(conference, CultureName.EN_US);

        String page = browser.open(conference.getUrl()).body();

        assertThat(page).contains("<th>conference name</th><td>test</td>", "<th>access code</th>",
                "<th>conference visibility</th><td>Public</td>", "<th>conference</th><td>Scheduled</td>",
                "<th>start date and time</th><td>Friday 1 March 2030 - 08:20</td>", "<th>start mode</th><td>Manual</td>",
                "<th>number of participants</th><td>1</td>", "Dial-in number: +33149945060 Conference number: ",
                ">diagnostic tool</a>", ">contact us</a>", ">legal notice</a>", ">faq</a>");
    }

    @Test
    void anOrganizersPagesFollowTheAudioCulture() throws Exception {
        ScheduledConference conference = scheduled("test", 180, "audioCulture", "fr-FR");

        HttpResponse<String> early = browser.open(conference.getUrl());

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Vous ne pouvez pas démarrer cette réunion : La réunion ne peut être démarrée car"
                + " l'heure courante n'est pas comprise dans la plage de réservation de la réunion.",
                "<th>type de démarrage</th><td>Manuel</td>", "<th>nombre de participants</th><td>Aucun</td>",
                "<th>réunion audio</th><td>Pas d'audio</td>", "vendredi 1 mars 2030 - 11:00");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FR_FR | Vous ne pouvez pas participer à cette réunion : Elle n'est pas encore démarrée. | Vous êtes dans la réunion.",
            "EN_US | You cannot take part in this conference: it has not started yet. | You are in the conference."})
    void aGuestSeesTheGuestSummaryInTheirLanguageBeforeAndAfterTheStart(CultureName culture, String before, String after)
            throws Exception {
        ScheduledConference conference = scheduled("test", 20, "audioConfEnabled", "true");
        Participant guest = invite(conference, culture);

        HttpResponse<String> tooSoon = browser.open(guest.getConferenceUrl());
        browser.press(browser.open(conference.getUrl()), "startButton");
        HttpResponse<String> in = browser.open(guest.getConferenceUrl());

        assertThat(tooSoon.statusCode()).isEqualTo(409);
        assertThat(tooSoon.body()).contains(before, "Gérard Test").doesNotContain(conference.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow())
                .doesNotContain("+33149945060").doesNotContain("access code").doesNotContain("code d'accès")
                .doesNotContain("participants");
        assertThat(in.statusCode()).isEqualTo(200);
        assertThat(in.body()).contains(after);
    }

    @Test
    void anInstantaneousConferenceRunsFromItsOrganizerOpeningItUntilItsOrganizerLeavesIt() throws Exception {
        InstantaneousConference conference = mmc.createConference(organizer, new InstantaneousConferenceInfo("toto", "password"));

        HttpResponse<String> summary = browser.open(conference.getUrl());
        assertThat(summary.body()).contains("<th>conference</th><td>Instantaneous</td>",
                "<th>start date and time</th><td>Not started</td>", ">start the conference</button>");
        assertThat(state(conference.getIdentifier())).as("not in session, as the manual's list shows 37886")
                .isEqualTo(ConferenceState.STOPPED);

        HttpResponse<String> opened = browser.press(summary, "startButton");

        assertThat(opened.body()).contains("The conference is started", ">leave the conference</button>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
        clock.advance(Duration.ofHours(5));
        assertThat(state(conference.getIdentifier())).as("no invented end: it runs until its organizer leaves")
                .isEqualTo(ConferenceState.STARTED);

        browser.press(opened, "leaveButton");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STOPPED);
    }

    @Test
    void anAutoLaunchedConferenceStartsAtItsStartTime() {
        ScheduledConference conference = scheduled("auto", 30, "conferenceAutoLaunched", "True",
                "conferenceAutoLaunchedDuration", "60");

        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);
        clock.advance(Duration.ofMinutes(30));
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void theErrorExitPageLeadsBackIntoTheConference() throws Exception {
        ScheduledConference conference = scheduled("toto", 20);
        HttpResponse<String> in = browser.press(browser.open(conference.getUrl()), "startButton");
        String exit = in.uri().toString().replace("/portal/start?", "/portal/exit?");

        HttpResponse<String> page = browser.open(exit);

        assertThat(page.body()).contains("An error occurred during the conference toto. Error: #20",
                ">join the conference</a>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void theAudioPilotMutesUnmutesAndDisconnectsAndTheStateStays() throws Exception {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName("audio");
        info.setPassword("confpwd");
        info.setHost(new Attendee("+33100000000", "Guilhem", "Martin", "guilhem@example.com"));
        info.getAttendees().add(new Attendee("+33100000001", "Ada", "Lovelace", "ada@example.com"));
        info.setRealDuration(60);
        info.setStartDate(now().plusMinutes(10));
        info.setEndDate(now().plusMinutes(70));
        ScheduledAudioConference audio = mmc.createAudioConference(organizer, info);

        HttpResponse<String> pilot = browser.open(audio.getUrl());
        assertThat(pilot.body()).contains("you are piloting conference " + audio.getIdentifier(), "Guilhem Martin",
                "Ada Lovelace");
        HttpResponse<String> muted = browser.press(pilot, "mute");
        assertThat(browser.open(audio.getUrl()).body()).contains("data-state=\"MUTED\"", "microphone closed");
        HttpResponse<String> unmuted = browser.press(muted, "unmute");
        assertThat(unmuted.body()).doesNotContain("data-state=\"MUTED\"");
        browser.press(unmuted, "disconnect");

        assertThat(browser.open(audio.getUrl()).body()).contains("data-state=\"DISCONNECTED\"", "disconnected");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | launch the diagnosis | All tests passed | stop the diagnosis | The diagnosis was stopped.",
            "fr-FR | lancer le diagnostic | Tous les tests ont réussi | stopper le diagnostic | Le diagnostic a été stoppé."})
    void theDiagnosticToolRunsEmulatedStepsAndStops(String lang, String launch, String done, String stop, String stopped)
            throws Exception {
        HttpResponse<String> tool = browser.open(sandbox.serviceUrl().resolve("/portal/diagnostic?lang=" + lang).toString());
        assertThat(tool.body()).contains(">" + launch + "</button>");

        HttpResponse<String> result = browser.press(tool, "diagnosticLaunch");
        assertThat(result.body()).contains(done, "Diagnostic Hardware: OK", "Diagnostic NetworkPerfs: OK", stop);

        assertThat(browser.press(result, "diagnosticStop").body()).contains(stopped);
    }

    @ParameterizedTest
    @CsvSource({"help, help", "contact, contact us", "legal, legal notice", "faq, faq"})
    void theFootersPagesAreThere(String page, String title) throws Exception {
        HttpResponse<String> answer = browser.open(sandbox.serviceUrl().resolve("/portal/" + page).toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1>" + title + "</h1>");
    }
}
