package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens as time passes, on a sandbox whose clock the test moves: licences and the portal pages. */
class SandboxTimeIT {

    private static final Instant T0 = Instant.parse("2030-03-01T08:00:00Z");

    private final SandboxClock clock = SandboxClock.at(T0);
    private final PortalBrowser browser = new PortalBrowser();
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).subscribedLicences(4).start();
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

    private HttpResponse<String> open(String url) throws IOException, InterruptedException {
        return browser.open(url);
    }

    /** Creates an instantaneous conference and opens it as its organizer: it runs from then on. */
    private void openInstantaneous(String name) throws IOException, InterruptedException {
        String url = mmc.createConference(organizer, new InstantaneousConferenceInfo(name, "password")).getUrl();
        assertThat(browser.press(open(url), "startButton").statusCode()).isEqualTo(200);
    }

    @Test
    void licenceUsageCountsTheConferencesThatRanTogether() throws Exception {
        openInstantaneous("one");
        clock.advance(Duration.ofMinutes(30));
        openInstantaneous("two");
        clock.advance(Duration.ofMinutes(30));
        ScheduledConference third = mmc.createConference(organizer,
                new ScheduledConferenceInfo("three", "password", now().plusMinutes(10), now().plusHours(1)));
        mmc.startConference(organizer, third);
        clock.advance(Duration.ofDays(3));

        LicenceUsage usage = mmc.getLicencesUsage(organizer, T0.atOffset(ZoneOffset.UTC).minusHours(1),
                T0.atOffset(ZoneOffset.UTC).plusDays(1));
        LicenceUsage before = mmc.getLicencesUsage(organizer, T0.atOffset(ZoneOffset.UTC).minusDays(2),
                T0.atOffset(ZoneOffset.UTC).minusDays(1));

        assertThat(usage.getMaxConcurrentConnections()).isEqualTo(3);
        assertThat(usage.getSubscribedLicencesCount()).isEqualTo(4);
        assertThat(usage.getUsageRate()).isEqualByComparingTo(new BigDecimal("75"));
        assertThat(before.getMaxConcurrentConnections()).isZero();
    }

    @Test
    void thePortalRefusesAnEarlyStartThenStartsAndLetsGuestsIn() throws Exception {
        ScheduledConference conference = mmc.createConference(organizer,
                new ScheduledConferenceInfo("test", "password", now().plusHours(3), now().plusHours(4)));
        Participant guest = mmc.joinConference(organizer, new ParticipantInfo("Gérard", "Test", "gerard@test.fr",
                conference.getIdentifier(), "password"));

        HttpResponse<String> early = open(conference.getUrl());
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Vous ne pouvez pas démarrer cette réunion", "plage de réservation", "test")
                .doesNotContain("commencer la réunion</button>");
        HttpResponse<String> guestTooSoon = open(guest.getConferenceUrl());
        assertThat(guestTooSoon.body()).contains("Vous ne pouvez pas participer à cette réunion : Elle n'est pas encore démarrée.");

        clock.advance(Duration.ofHours(2).plusMinutes(30));
        HttpResponse<String> summary = open(conference.getUrl());
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState()).as("a GET changes nothing")
                .isEqualTo(ConferenceState.NOT_STARTED);
        HttpResponse<String> started = browser.press(summary, "startButton");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("La réunion est démarrée");
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STARTED);
        assertThat(open(guest.getConferenceUrl()).body()).contains("bienvenue M. Gérard Test", "Vous êtes dans la réunion.");

        HttpResponse<String> left = browser.press(started, "leaveButton");
        assertThat(left.body()).contains("Vous venez de quitter la réunion");
        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STOPPED);
        assertThat(open(conference.getUrl().replace("token=", "token=x")).statusCode()).as("a wrong token").isEqualTo(404);
    }

    @Test
    void aStartedConferenceStopsAtItsEnd() {
        ScheduledConference conference = mmc.createConference(organizer,
                new ScheduledConferenceInfo("test", "password", now().plusMinutes(5), now().plusHours(1)));
        mmc.startConference(organizer, conference);

        clock.advance(Duration.ofHours(1));

        assertThat(mmc.getConferenceDetails(organizer, conference.getIdentifier()).getState())
                .isEqualTo(ConferenceState.STOPPED);
    }
}
