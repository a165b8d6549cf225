package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ConferenceType;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Audio conferences in lists and details, and the visibility every conference is answered with, as the
 * manual's GetConferencesList sample prints them.
 */
class SandboxAudioListingIT {

    private static final Instant T0 = Instant.parse("2030-01-15T13:35:58Z");
    private static final OffsetDateTime NOW = T0.atOffset(ZoneOffset.UTC);

    private final SandboxClock clock = SandboxClock.at(T0);
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).start();
        mmc = sandbox.clientBuilder().maxAttempts(1).build();
        organizer = sandbox.organizer();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    /** The manual's audio samples: host Joe Black, one attendee, no parameter. */
    private static <T extends AudioConferenceInfo> T manualsAudioSample(T info, int minutes) {
        info.setHost(new Attendee("+33100000000", "joe", "black", "joe.black@never.land"));
        info.getAttendees().add(new Attendee("+33100000001", "joey", "blackey", "joey.blackey@never.land"));
        info.setName("confname");
        info.setPassword("confpwd");
        info.setRealDuration(minutes);
        return info;
    }

    private Conference listed(long id) {
        return mmc.getConferencesList(organizer, NOW.minusHours(6), NOW.plusHours(6), null).stream()
                .filter(conference -> conference.getIdentifier() == id).findFirst().orElseThrow(
                        () -> new AssertionError("conference " + id + " is not in the list"));
    }

    @Test
    void anInstantaneousAudioConferenceIsListedAndReadableLikeTheManualsConference37890() {
        InstantaneousAudioConference created = mmc.createAudioConference(organizer,
                manualsAudioSample(new InstantaneousAudioConferenceInfo(), 60));

        Conference listed = listed(created.getIdentifier());
        Conference details = mmc.getConferenceDetails(organizer, created.getIdentifier());

        for (Conference conference : new Conference[] {listed, details}) {
            assertThat(conference).isInstanceOf(InstantaneousConference.class);
            assertThat(conference.getType()).isEqualTo(ConferenceType.INSTANTANEOUS);
            assertThat(conference.getState()).isEqualTo(ConferenceState.STOPPED);
            assertThat(conference.getName()).isEqualTo("confname");
            assertThat(conference.getStartDate().toInstant()).isEqualTo(T0);
            assertThat(conference.getHostLogin()).isEqualTo(MmcSandbox.DEFAULT_SERVICE_ACCOUNT);
            assertThat(conference.getPassword()).isNull();
        }
        assertThat(listed.getParameters()).containsExactly(entry("conferenceVisibility", "Public"),
                entry("audioType", "Apac"));
        assertThat(details.getParameters()).contains(entry("conferenceVisibility", "Public"),
                entry("audioAccessNumber", "+33149945060"), entry("audioType", "Apac"));
        assertThat(details.getParameters()).containsKey("audioRoomNumber");
    }

    @Test
    void aScheduledAudioConferenceIsListedWithItsSlotLikeTheManualsConference37892() {
        ScheduledAudioConferenceInfo info = manualsAudioSample(new ScheduledAudioConferenceInfo(), 60);
        info.setStartDate(NOW.plusMinutes(30));
        info.setEndDate(NOW.plusMinutes(45));
        ScheduledAudioConference created = mmc.createAudioConference(organizer, info);

        Conference listed = listed(created.getIdentifier());
        Conference details = mmc.getConferenceDetails(organizer, created.getIdentifier());

        for (Conference conference : new Conference[] {listed, details}) {
            assertThat(conference).isInstanceOf(ScheduledConference.class);
            assertThat(conference.getType()).isEqualTo(ConferenceType.SCHEDULED);
            assertThat(conference.getState()).isEqualTo(ConferenceState.NOT_STARTED);
            assertThat(conference.getName()).isEqualTo("confname");
            assertThat(conference.getStartDate().toInstant()).isEqualTo(NOW.plusMinutes(30).toInstant());
            assertThat(((ScheduledConference) conference).getEndDate().toInstant())
                    .isEqualTo(NOW.plusMinutes(45).toInstant());
        }
        assertThat(listed.getParameters()).containsExactly(entry("conferenceVisibility", "Public"),
                entry("audioType", "Apac"));
    }

    @Test
    void aDeletedOrForeignAudioConferenceStaysOutOfOtherContractsLists() {
        SandboxAccount stranger = new SandboxAccount("stranger", "stranger-password", 3, "elsewhere");
        try (MmcSandbox two = MmcSandbox.builder().clock(clock)
                .account(new SandboxAccount(MmcSandbox.DEFAULT_SERVICE_ACCOUNT,
                        MmcSandbox.DEFAULT_SERVICE_ACCOUNT_PASSWORD, 1, "sandbox"))
                .account(stranger).start(); Mmc client = two.newClient()) {
            long id = client.createAudioConference(two.organizer(),
                    manualsAudioSample(new InstantaneousAudioConferenceInfo(), 30)).getIdentifier();

            assertThat(client.getConferencesList(two.organizer(stranger), NOW.minusHours(1), NOW.plusHours(1), null))
                    .extracting(Conference::getIdentifier).doesNotContain(id);
            assertThat(client.getConferencesList(two.organizer(), NOW.minusHours(1), NOW.plusHours(1), null))
                    .extracting(Conference::getIdentifier).containsExactly(id);
        }
    }

    @Test
    void aConferenceBookedWithoutVisibilityReadsBackPublicInDetailsAndList() {
        ScheduledConference scheduled = mmc.createConference(organizer,
                new ScheduledConferenceInfo("weekly", "password", NOW.plusHours(1), NOW.plusHours(2)));
        InstantaneousConference instant = mmc.createConference(organizer,
                new InstantaneousConferenceInfo("daily", "password"));

        for (long id : new long[] {scheduled.getIdentifier(), instant.getIdentifier()}) {
            assertThat(mmc.getConferenceDetails(organizer, id).getParameters())
                    .containsEntry("conferenceVisibility", "Public");
            assertThat(listed(id).getParameters()).containsEntry("conferenceVisibility", "Public");
        }
    }

    @Test
    void aPrivateConferenceStaysPrivate() {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("weekly", "password", NOW.plusHours(1),
                NOW.plusHours(2));
        info.getOptionalParameters().put(com.orange.api.mmc.model.ConferenceOptionalParameter.CONFERENCE_VISIBILITY,
                "Private");
        long id = mmc.createConference(organizer, info).getIdentifier();

        assertThat(mmc.getConferenceDetails(organizer, id).getParameters())
                .containsEntry("conferenceVisibility", "Private");
        assertThat(listed(id).getParameters()).containsEntry("conferenceVisibility", "Private");
    }
}
