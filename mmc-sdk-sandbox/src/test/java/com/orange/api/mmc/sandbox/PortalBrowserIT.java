package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in a real headless browser: Debian's chromium driven by Debian's chromedriver (never one Selenium
 * Manager would download). A screenshot of each page goes to {@code target/portal-screenshots/}. Under
 * {@code CI=true} a missing browser fails the test; elsewhere it skips it.
 */
class PortalBrowserIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Paths.get("target", "portal-screenshots");
    private static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");

    private static final SandboxClock CLOCK = SandboxClock.at(T0);
    private static MmcSandbox sandbox;
    private static Mmc mmc;
    private static Organizer organizer;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(present).as("chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)").isTrue();
        }
        Assumptions.assumeTrue(present, "chromium and chromium-driver are not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("mmc-portal-chromium");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1024,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        sandbox = MmcSandbox.builder().clock(CLOCK).start();
        mmc = sandbox.newClient();
        organizer = sandbox.organizer();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (mmc != null) {
            mmc.close();
            sandbox.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static OffsetDateTime now() {
        return CLOCK.instant().atOffset(ZoneOffset.UTC);
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String message() {
        return browser.findElement(By.cssSelector("p.message")).getText();
    }

    private static ScheduledConference book(String name, int startInMinutes, String culture) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(name, "password", now().plusMinutes(startInMinutes),
                now().plusMinutes(startInMinutes + 60));
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, culture);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        return mmc.createConference(organizer, info);
    }

    private static Participant invite(ScheduledConference conference, CultureName culture) {
        ParticipantInfo guest = new ParticipantInfo("Gérard", "Test", "gerard@test.fr", conference.getIdentifier(), "password");
        guest.setCultureName(culture);
        return mmc.joinConference(organizer, guest);
    }

    @Test
    void theOrganizerOutOfTheSlotSeesWhyAndNoStartButton() throws IOException {
        ScheduledConference conference = book("test", 180, "fr-FR");

        browser.get(conference.getUrl());
        screenshot("organizer-out-of-slot");

        assertThat(message()).startsWith("Vous ne pouvez pas démarrer cette réunion");
        assertThat(browser.findElements(By.cssSelector("button[value=startButton]"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.summary")).getText()).contains("type de démarrage Manuel");
    }

    @Test
    void theOrganizerStartsInTheSlotGuestsFollowAndTheOrganizerLeaves() throws IOException {
        ScheduledConference conference = book("weekly", 30, "en-US");
        Participant french = invite(conference, CultureName.FR_FR);
        Participant english = invite(conference, CultureName.EN_US);

        browser.get(french.getConferenceUrl());
        screenshot("guest-before-start-fr");
        assertThat(message()).isEqualTo("Vous ne pouvez pas participer à cette réunion : Elle n'est pas encore démarrée.");
        assertThat(browser.findElement(By.cssSelector("table.summary")).getText()).doesNotContain("code d'accès", "+33");
        browser.get(english.getConferenceUrl());
        screenshot("guest-before-start-en");
        assertThat(message()).isEqualTo("You cannot take part in this conference: it has not started yet.");

        browser.get(conference.getUrl());
        screenshot("organizer-in-slot");
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.NOT_STARTED);
        press(By.cssSelector("button[value=startButton]"));
        screenshot("organizer-in-conference");
        assertThat(message()).startsWith("The conference is started");
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STARTED);

        browser.get(french.getConferenceUrl());
        screenshot("guest-after-start-fr");
        assertThat(message()).isEqualTo("Vous êtes dans la réunion.");
        browser.get(english.getConferenceUrl());
        screenshot("guest-after-start-en");
        assertThat(message()).isEqualTo("You are in the conference.");

        browser.get(conference.getUrl());
        press(By.cssSelector("button[value=leaveButton]"));
        screenshot("organizer-left");
        assertThat(message()).isEqualTo("You have just left the conference.");
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STOPPED);
    }

    @Test
    void theAudioPilotMutesAndUnmutesAnAttendee() throws IOException {
        ScheduledAudioConference audio = audio();

        browser.get(audio.getUrl());
        browser.findElements(By.cssSelector("button[value=mute]")).get(1).click();
        screenshot("audio-pilot-muted");
        assertThat(browser.findElements(By.cssSelector("tr.line")).get(1).getAttribute("data-state")).isEqualTo("MUTED");

        browser.get(audio.getUrl());
        assertThat(browser.findElements(By.cssSelector("tr.line")).get(1).getAttribute("data-state"))
                .as("the state persists").isEqualTo("MUTED");
        press(By.cssSelector("button[value=unmute]"));
        screenshot("audio-pilot-unmuted");
        assertThat(browser.findElements(By.cssSelector("tr.line")).get(1).getAttribute("data-state")).isEqualTo("CONNECTED");
    }

    /** Clicks a button or link and waits until the browser has left the page, so that the next step sees the answer. */
    private static void press(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Waits for the launched diagnosis's page, so that the clock moves only once the run has started. */
    private static void awaitRunning() {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[value=diagnosticStop]")));
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static ScheduledAudioConference audio() {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName("audio");
        info.setPassword("confpwd");
        info.setHost(new Attendee("+33100000000", "Guilhem", "Martin", "guilhem@example.com"));
        info.getAttendees().add(new Attendee("+33100000001", "Ada", "Lovelace", "ada@example.com"));
        info.setRealDuration(60);
        info.setStartDate(now().plusMinutes(10));
        info.setEndDate(now().plusMinutes(70));
        return mmc.createAudioConference(organizer, info);
    }

    @Test
    void theHeaderWelcomesTheOrganizerAndTheGuestWithTheSandboxsDateAndTimeZone() throws IOException {
        ScheduledConference conference = book("header", 30, "fr-FR");
        Participant guest = invite(conference, CultureName.FR_FR);
        String clock = PortalTexts.FRENCH.clock(CLOCK.instant());

        browser.get(conference.getUrl());
        screenshot("header-organizer");
        assertThat(text("header p.welcome")).isEqualTo("bienvenue M. " + sandbox.serviceAccount());
        assertThat(text("header p.clock")).isEqualTo(clock + " (GMT+01:00) Paris, Madrid");

        browser.get(guest.getConferenceUrl());
        screenshot("header-guest");
        assertThat(text("header p.welcome")).isEqualTo("bienvenue M. Gérard Test");
        assertThat(text("header p.clock")).isEqualTo(clock + " (GMT+01:00) Paris, Madrid");

        press(By.linkText("outil de diagnostic"));
        assertThat(text("header p.welcome")).as("the diagnostic keeps the viewer").isEqualTo("bienvenue M. Gérard Test");
    }

    @Test
    void anOrganizersPagesAreInFrenchByDefault() throws IOException {
        ScheduledConference conference = mmc.createConference(organizer, new ScheduledConferenceInfo("défaut", "password",
                now().plusMinutes(30), now().plusMinutes(90)));

        browser.get(conference.getUrl());
        screenshot("organizer-default-language");

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(text("h1")).isEqualTo("récapitulatif");
        assertThat(message()).isEqualTo("Informations détaillées sur la réunion.");
        assertThat(text("button[value=startButton]")).isEqualTo("commencer la réunion");
    }

    @Test
    void aGuestLeavesTheConference() throws IOException {
        ScheduledConference conference = book("leave", 30, "fr-FR");
        Participant guest = invite(conference, CultureName.FR_FR);
        browser.get(conference.getUrl());
        press(By.cssSelector("button[value=startButton]"));

        browser.get(guest.getConferenceUrl());
        assertThat(message()).isEqualTo("Vous êtes dans la réunion.");
        press(By.cssSelector("button[value=leaveButton]"));
        screenshot("guest-left");

        assertThat(message()).isEqualTo("Vous venez de quitter la réunion.");
        assertThat(text("header p.welcome")).isEqualTo("bienvenue M. Gérard Test");
        assertThat(browser.findElements(By.linkText("rejoindre la réunion"))).hasSize(1);
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .as("the conference goes on").isEqualTo(ConferenceState.STARTED);
    }

    @Test
    void theAudioPilotsMuteAllClosesEveryLineAndAnOutgoingCallAddsOne() throws IOException {
        ScheduledAudioConference audio = audio();
        String number = audio.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow();

        browser.get(audio.getUrl());
        assertThat(text("p.pilot")).endsWith("vous pilotez la conférence " + number);
        press(By.cssSelector("button[value=muteAll]"));
        screenshot("audio-pilot-all-muted");
        assertThat(browser.findElements(By.cssSelector("tr.line"))).extracting(line -> line.getAttribute("data-state"))
                .containsExactly("MUTED", "MUTED");
        assertThat(browser.findElements(By.cssSelector("tr.line td.state"))).extracting(cell -> cell.getText())
                .containsExactly("micro fermé", "micro fermé");

        browser.findElement(By.name("name")).sendKeys("Grace Hopper");
        browser.findElement(By.name("phone")).sendKeys("+33100000002");
        press(By.cssSelector("button[value=call]"));
        screenshot("audio-pilot-outgoing-call");
        assertThat(browser.findElements(By.cssSelector("tr.line"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("tr.line")).get(2).getText()).contains("Grace Hopper", "+33100000002");
        assertThat(text("li[data-section=conference]")).isEqualTo("conférence 3");
    }

    @Test
    void theDiagnosticShowsItsProgressThenTheFailureView() throws IOException {
        browser.get(sandbox.serviceUrl().resolve("/portal/diagnostic?lang=fr-FR&fail=UserSoftware").toString());
        browser.findElement(By.cssSelector("button[value=diagnosticLaunch]")).click();
        awaitRunning();
        CLOCK.advance(DiagnosticTool.STEP);
        browser.navigate().refresh();
        screenshot("diagnostic-running");
        assertThat(message()).isEqualTo("En cours... 16 %");
        assertThat(browser.findElements(By.cssSelector("button[value=diagnosticStop]"))).hasSize(1);

        CLOCK.advance(DiagnosticTool.STEP.multipliedBy(DiagnosticTool.STEPS.size()));
        browser.navigate().refresh();
        screenshot("diagnostic-failed");

        assertThat(message()).isEqualTo("Un ou plusieurs tests ont échoué, le Multimedia-conferenceDiagnosticLog-MMC.xml"
                + " sauvegardé.");
        assertThat(text("li[data-step=UserSoftware]")).startsWith("Diagnostic UserSoftware : échoué");
        assertThat(browser.findElements(By.cssSelector("button[value=diagnosticStop]"))).as("stop only while it runs")
                .isEmpty();
    }

    @Test
    void theDiagnosticToolRunsFromTheSummary() throws IOException {
        ScheduledConference conference = book("diag", 180, "en-US");
        browser.get(conference.getUrl());

        press(By.linkText("diagnostic tool"));
        screenshot("diagnostic");
        browser.findElement(By.cssSelector("button[value=diagnosticLaunch]")).click();
        awaitRunning();
        CLOCK.advance(DiagnosticTool.STEP.multipliedBy(DiagnosticTool.STEPS.size()));
        browser.navigate().refresh();
        screenshot("diagnostic-result");

        assertThat(message()).startsWith("All tests passed");
        assertThat(browser.findElements(By.cssSelector("ul.diagnostic li[data-state=stepPassed]"))).hasSize(6);
    }
}
