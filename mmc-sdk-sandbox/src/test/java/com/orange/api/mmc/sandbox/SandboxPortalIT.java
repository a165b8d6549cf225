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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        assertThat(summary.body()).contains(">commencer la réunion</button>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);
        assertThat(put.statusCode()).isEqualTo(404);
    }

    @Test
    void openingThePilotTheGuestPageAndTheDiagnosticChangesNothing() throws Exception {
        ScheduledAudioConference audio = audio(null);
        ScheduledConference conference = scheduled("test", 20);
        Participant guest = invite(conference, CultureName.FR_FR);
        String diagnostic = sandbox.serviceUrl().resolve("/portal/diagnostic?fail=UserSoftware").toString();
        String pilot = browser.open(audio.getUrl()).body();
        String guestPage = browser.open(guest.getConferenceUrl()).body();
        String tool = browser.open(diagnostic).body();

        for (int i = 0; i < 3; i++) {
            assertThat(browser.open(audio.getUrl()).body()).isEqualTo(pilot);
            assertThat(browser.open(guest.getConferenceUrl()).body()).isEqualTo(guestPage);
            assertThat(browser.open(diagnostic).body()).isEqualTo(tool);
        }
        assertThat(tool).contains("Vous pouvez démarrer le diagnostic").doesNotContain("En cours");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);
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
    void theOrganizersSummaryCarriesTheManualsFieldsInFrenchByDefault() throws Exception {
        ScheduledConference conference = scheduled("test", 20, "audioConfEnabled", "true");
        invite(conference, CultureName.EN_US);

        String page = browser.open(conference.getUrl()).body();

        assertThat(page).contains("<html lang=\"fr\">", "<th>nom de la réunion</th><td>test</td>", "<th>code d'accès</th>",
                "<th>visibilité de la réunion</th><td>Publique</td>", "<th>réunion</th><td>Programmée</td>",
                "<th>date et heure de début</th><td>vendredi 1 mars 2030 - 09:20</td>",
                "<th>type de démarrage</th><td>Manuel</td>", "<th>nombre de participants</th><td>1</td>",
                "Numéro d'appel : +33149945060 Numéro conférence téléphone : ", ">outil de diagnostic</a>",
                ">contactez-nous</a>", ">mentions légales</a>", ">faq</a>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Private | Privée   | Private",
            "Public  | Publique | Public"})
    void theSummaryShowsTheBookedVisibility(String visibility, String french, String english) throws Exception {
        ScheduledConference conference = scheduled("test", 20, "conferenceVisibility", visibility);
        ScheduledConference inEnglish = scheduled("test", 20, "conferenceVisibility", visibility, "audioCulture", "en-US");

        assertThat(browser.open(conference.getUrl()).body()).contains("<th>visibilité de la réunion</th><td>" + french);
        assertThat(browser.open(inEnglish.getUrl()).body()).contains("<th>conference visibility</th><td>" + english);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr-FR | Vous ne pouvez pas démarrer cette réunion : La réunion ne peut être démarrée car l'heure courante | vendredi 1 mars 2030 - 12:00 | <th>type de démarrage</th><td>Manuel</td>",
            "en-US | You cannot start this conference: the conference cannot be started because the current time | Friday 1 March 2030 - 12:00 | <th>start mode</th><td>Manual</td>"})
    void anOrganizersPagesFollowTheAudioCulture(String culture, String outOfSlot, String start, String mode)
            throws Exception {
        ScheduledConference conference = scheduled("test", 180, "audioCulture", culture);

        HttpResponse<String> early = browser.open(conference.getUrl());

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains(outOfSlot, start, mode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr-FR | Vous ne pouvez pas démarrer cette réunion : elle est terminée.",
            "en-US | You cannot start this conference: it is over."})
    void aStoppedConferencesPageNamesItsStateInThePagesLanguage(String culture, String message) throws Exception {
        ScheduledConference conference = scheduled("test", 20, "audioCulture", culture);
        browser.press(browser.open(conference.getUrl()), "startButton");
        clock.advance(Duration.ofMinutes(90));

        HttpResponse<String> over = browser.open(conference.getUrl());

        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STOPPED);
        assertThat(over.body()).contains(message).doesNotContain("Stopped");
    }

    @Test
    void everyPageOpensWithTheHeaderWelcomingItsViewerAtTheSandboxsTime() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        Participant guest = invite(conference, CultureName.FR_FR);
        String header = "<p class=\"clock\"><time datetime=\"2030-03-01T08:00:00Z\">vendredi 1 mars 2030 — 09:00</time>"
                + " <span class=\"zone\">(GMT+01:00) Paris, Madrid</span></p>";

        String organizerPage = browser.open(conference.getUrl()).body();
        String guestPage = browser.open(guest.getConferenceUrl()).body();
        String help = browser.open(link(organizerPage, "/portal/help")).body();
        String diagnostic = browser.open(link(guestPage, "/portal/diagnostic")).body();
        String plain = browser.open(sandbox.serviceUrl().resolve("/portal/faq").toString()).body();

        assertThat(organizerPage).contains("<p class=\"welcome\">bienvenue M. " + sandbox.serviceAccount() + "</p>", header);
        assertThat(guestPage).contains("<p class=\"welcome\">bienvenue M. Gérard Test</p>", header);
        assertThat(help).contains("<p class=\"welcome\">bienvenue M. " + sandbox.serviceAccount() + "</p>", header);
        assertThat(diagnostic).contains("<p class=\"welcome\">bienvenue M. Gérard Test</p>", header);
        assertThat(plain).contains("<p class=\"welcome\">bienvenue</p>", header);
        clock.advance(Duration.ofMinutes(5));
        assertThat(browser.open(conference.getUrl()).body()).contains("vendredi 1 mars 2030 — 09:05");
    }

    @Test
    void theHeaderNamesSummerTime() throws Exception {
        clock.set(Instant.parse("2030-07-10T09:56:00Z"));
        ScheduledConference conference = scheduled("test", 180);

        assertThat(browser.open(conference.getUrl()).body()).contains("mercredi 10 juillet 2030 — 11:56",
                "(GMT+01:00) Paris, Madrid (heure d'été)", "mercredi 10 juillet 2030 - 14:56");
    }

    /** @return the absolute URL of the first link of {@code page} to {@code path}, as the page wrote it */
    private String link(String page, String path) {
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(path) + "\\?[^\"]+)\"").matcher(page);
        assertThat(link.find()).as("a link to " + path).isTrue();
        return sandbox.serviceUrl().resolve(link.group(1).replace("&amp;", "&")).toString();
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
        assertThat(summary.body()).contains("<th>réunion</th><td>Immédiate</td>",
                "<th>date et heure de début</th><td>Non démarrée</td>", ">commencer la réunion</button>");
        assertThat(state(conference.getIdentifier())).as("not in session, as the manual's list shows 37886")
                .isEqualTo(ConferenceState.STOPPED);

        HttpResponse<String> opened = browser.press(summary, "startButton");

        assertThat(opened.body()).contains("La réunion est démarrée", ">quitter la réunion</button>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
        clock.advance(Duration.ofHours(5));
        assertThat(state(conference.getIdentifier())).as("no invented end: it runs until its organizer leaves")
                .isEqualTo(ConferenceState.STARTED);

        // Five hours on, the page opened at the start has lost its session (1.2): the organizer opens it again.
        browser.press(browser.open(conference.getUrl()), "leaveButton");
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

        assertThat(page.body()).contains("Une erreur est survenue pendant la réunion toto. Erreur : #20",
                ">rejoindre la réunion</a>");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    private ScheduledAudioConference audio(String culture) {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName("audio");
        info.setPassword("confpwd");
        info.setHost(new Attendee("+33100000000", "Guilhem", "Martin", "guilhem@example.com"));
        info.getAttendees().add(new Attendee("+33100000001", "Ada", "Lovelace", "ada@example.com"));
        info.setRealDuration(60);
        info.setStartDate(now().plusMinutes(10));
        info.setEndDate(now().plusMinutes(70));
        if (culture != null) {
            info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, culture);
        }
        return mmc.createAudioConference(organizer, info);
    }

    @Test
    void theAudioPilotShowsTheConferenceNumberAndTheHost() throws Exception {
        ScheduledAudioConference audio = audio(null);
        String number = audio.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow();

        String pilot = browser.open(audio.getUrl()).body();

        assertThat(number).matches("[0-9]{6}").isNotEqualTo(String.valueOf(audio.getIdentifier()));
        assertThat(pilot).contains("<p class=\"welcome\">bienvenue M. Guilhem Martin</p>",
                "bienvenue sur Conférence Téléphone, vous êtes : Guilhem Martin, vous pilotez la conférence " + number,
                ">fermer la conférence</button>", ">appel sortant</button>", ">fermer tous les micros</button>",
                ">désactiver le carillon</button>", "carillon : activé", "Ada Lovelace")
                .doesNotContain("vous pilotez la conférence " + audio.getIdentifier());
    }

    @Test
    void theAudioPilotMutesUnmutesAndDisconnectsAndTheStateStays() throws Exception {
        ScheduledAudioConference audio = audio("en-US");

        HttpResponse<String> pilot = browser.open(audio.getUrl());
        assertThat(pilot.body()).contains("you are piloting conference "
                + audio.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow(), "Guilhem Martin",
                "Ada Lovelace");
        HttpResponse<String> muted = browser.press(pilot, "mute");
        assertThat(browser.open(audio.getUrl()).body()).contains("data-state=\"MUTED\"", "microphone closed");
        HttpResponse<String> unmuted = browser.press(muted, "unmute");
        assertThat(unmuted.body()).doesNotContain("data-state=\"MUTED\"");
        browser.press(unmuted, "disconnect");

        assertThat(browser.open(audio.getUrl()).body()).contains("data-state=\"DISCONNECTED\"", "disconnected",
                "people not connected <span class=\"count\">1</span>");
    }

    @Test
    void theAudioPilotsConferenceControlsChangeEveryLineAndStay() throws Exception {
        ScheduledAudioConference audio = audio(null);

        HttpResponse<String> allMuted = browser.press(browser.open(audio.getUrl()), "muteAll");
        assertThat(allMuted.body()).contains(">ouvrir tous les micros</button>")
                .doesNotContain("data-state=\"CONNECTED\"");
        HttpResponse<String> chimeOff = browser.press(allMuted, "chimeOff");
        assertThat(chimeOff.body()).contains("carillon : désactivé", ">activer le carillon</button>");
        HttpResponse<String> called = browser.press(chimeOff, "call", "name", "Grace Hopper", "phone", "+33100000002");
        assertThat(called.body()).contains("<td>Grace Hopper</td><td>+33100000002</td>",
                "conférence <span class=\"count\">3</span>", ">fermer tous les micros</button>");
        HttpResponse<String> opened = browser.press(browser.press(called, "muteAll"), "unmuteAll");

        String again = browser.open(audio.getUrl()).body();
        assertThat(opened.body()).doesNotContain("data-state=\"MUTED\"");
        assertThat(again).contains("carillon : désactivé", "Grace Hopper", ">fermer tous les micros</button>");
    }

    @Test
    void theAudioPilotPutsALineAsideAndTakesItsVote() throws Exception {
        ScheduledAudioConference audio = audio(null);

        HttpResponse<String> aside = browser.press(browser.open(audio.getUrl()), "aside");
        HttpResponse<String> noVote = browser.press(aside, "voteOff");

        assertThat(aside.body()).contains("data-place=\"aside\"", "aparté <span class=\"count\">1</span>",
                "conférence <span class=\"count\">1</span>");
        assertThat(noVote.body()).contains("<td class=\"vote\">non</td>", ">activer le droit de vote</button>");
        assertThat(browser.press(noVote, "back").body()).doesNotContain("data-place=\"aside\"");
    }

    @Test
    void anOutgoingCallWithoutAValidNumberIsRefusedNamingIt() throws Exception {
        ScheduledAudioConference audio = audio("en-US");

        HttpResponse<String> refused = browser.press(browser.open(audio.getUrl()), "call", "name", "Grace", "phone",
                "call me");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The outgoing call needs a name", "&quot;call me&quot;").doesNotContain("<td>Grace</td>");
    }

    @Test
    void closingTheAudioConferenceDisconnectsEveryLineAndLeavesNoControl() throws Exception {
        ScheduledAudioConference audio = audio(null);
        String pilot = audio.getUrl();
        mmc.startAudioConference(organizer, audio);

        HttpResponse<String> closed = browser.press(browser.open(pilot), "closeConference");

        assertThat(closed.body()).contains("La conférence est fermée", "personnes non connectées <span class=\"count\">2</span>")
                .doesNotContain("data-state=\"CONNECTED\"", ">fermer tous les micros</button>", "value=\"mute\"");
        assertThat(browser.open(pilot).body()).contains("La conférence est fermée");
    }

    @Test
    void aGuestLeavesTheConferenceWhichGoesOn() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        Participant guest = invite(conference, CultureName.FR_FR);
        browser.press(browser.open(conference.getUrl()), "startButton");

        HttpResponse<String> in = browser.open(guest.getConferenceUrl());
        HttpResponse<String> left = browser.press(in, "leaveButton");

        assertThat(in.body()).contains("Vous êtes dans la réunion.", ">quitter la réunion</button>");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("Vous venez de quitter la réunion.", "bienvenue M. Gérard Test",
                ">rejoindre la réunion</a>").doesNotContain("code d'accès");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void aGuestsForgedLeaveIsRefused() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        Participant guest = invite(conference, CultureName.EN_US);
        URI join = URI.create(guest.getConferenceUrl());

        HttpResponse<String> forged = browser.post(join.resolve("/portal/leave"), join.getRawQuery() + "&session=1.guessed");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired");
    }

    @Test
    void aButtonPressedAfterTheSessionTimedOutLeadsToTheSessionLossPageAndChangesNothing() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        HttpResponse<String> summary = browser.open(conference.getUrl());
        clock.advance(PortalSessions.TIMEOUT.plusMinutes(1));

        HttpResponse<String> lost = browser.press(summary, "startButton");

        assertThat(lost.uri().getPath()).isEqualTo("/portal/session");
        assertThat(lost.body()).contains("<h1>bienvenue sur le bac à sable MMC</h1>", "<h2>authentification</h2>",
                "Merci de vous authentifier à nouveau auprès de votre fournisseur de service.",
                "bienvenue M. " + sandbox.serviceAccount());
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.NOT_STARTED);

        HttpResponse<String> again = browser.open(link(lost.body(), "/portal/start"));
        browser.press(again, "startButton");
        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void aButtonPressedWithinTheSessionWorks() throws Exception {
        ScheduledConference conference = scheduled("test", 20);
        HttpResponse<String> summary = browser.open(conference.getUrl());
        clock.advance(PortalSessions.TIMEOUT.minusMinutes(1));

        browser.press(summary, "startButton");

        assertThat(state(conference.getIdentifier())).isEqualTo(ConferenceState.STARTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en-US | launch the diagnosis | In progress... 16 % | All tests passed | stop the diagnosis | The diagnosis was stopped.",
            "fr-FR | lancer le diagnostic | En cours... 16 % | Tous les tests ont réussi | stopper le diagnostic | Le diagnostic a été stoppé."})
    void theDiagnosticToolShowsItsProgressAndOffersStopOnlyWhileItRuns(String lang, String launch, String progress,
            String done, String stop, String stopped) throws Exception {
        HttpResponse<String> tool = browser.open(sandbox.serviceUrl().resolve("/portal/diagnostic?lang=" + lang).toString());
        assertThat(tool.body()).contains(">" + launch + "</button>").doesNotContain(stop);

        HttpResponse<String> started = browser.press(tool, "diagnosticLaunch");
        clock.advance(DiagnosticTool.STEP);
        HttpResponse<String> running = browser.open(started.uri().toString());
        assertThat(running.body()).contains(progress, ">" + stop + "</button>", "<meta http-equiv=\"refresh\"",
                "data-step=\"Hardware\" data-state=\"stepPassed\"", "data-step=\"SystemSoftware\" data-state=\"stepRunning\"");
        clock.advance(DiagnosticTool.STEP.multipliedBy(DiagnosticTool.STEPS.size()));
        HttpResponse<String> finished = browser.open(started.uri().toString());
        assertThat(finished.body()).contains(done, "data-step=\"NetworkPerfs\" data-state=\"stepPassed\"",
                ">" + launch + "</button>").doesNotContain(stop, "http-equiv=\"refresh\"");

        HttpResponse<String> again = browser.press(finished, "diagnosticLaunch");
        assertThat(browser.press(again, "diagnosticStop").body()).contains(stopped,
                "data-step=\"Hardware\" data-state=\"stepNotRun\"").doesNotContain(">" + stop + "</button>");
    }

    @Test
    void theDiagnosticToolShowsTheFailureViewOfTheStepAskedToFail() throws Exception {
        HttpResponse<String> tool = browser.open(sandbox.serviceUrl().resolve("/portal/diagnostic?fail=UserSoftware").toString());

        HttpResponse<String> started = browser.press(tool, "diagnosticLaunch");
        clock.advance(DiagnosticTool.STEP.multipliedBy(DiagnosticTool.STEPS.size()));
        String failed = browser.open(started.uri().toString()).body();

        assertThat(failed).contains("Un ou plusieurs tests ont échoué, le Multimedia-conferenceDiagnosticLog-MMC.xml sauvegardé.",
                "data-step=\"UserSoftware\" data-state=\"stepFailed\" class=\"failed\"", "échec émulé, demandé par fail=UserSoftware",
                "data-step=\"Hardware\" data-state=\"stepPassed\"").doesNotContain("Tous les tests ont réussi");
    }

    @Test
    void anUnknownDiagnosticStepIsRefusedNamingIt() throws Exception {
        HttpResponse<String> tool = browser.open(sandbox.serviceUrl().resolve("/portal/diagnostic?fail=Coffee").toString());

        assertThat(tool.statusCode()).isEqualTo(400);
        assertThat(tool.body()).contains("Pas d'étape de diagnostic Coffee", "Hardware, SystemSoftware");
    }

    @ParameterizedTest
    @CsvSource({"help, aide ?, en-US, help", "contact, contactez-nous, en-US, contact us",
            "legal, mentions légales, en-US, legal notice", "faq, faq, en-US, faq"})
    void theFootersPagesAreThereInFrenchByDefault(String page, String title, String lang, String english) throws Exception {
        HttpResponse<String> answer = browser.open(sandbox.serviceUrl().resolve("/portal/" + page).toString());
        HttpResponse<String> inEnglish = browser.open(sandbox.serviceUrl().resolve("/portal/" + page + "?lang=" + lang).toString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1>" + title + "</h1>");
        assertThat(inEnglish.body()).contains("<h1>" + english + "</h1>");
    }
}
