package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioType;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ConferenceType;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.InstantaneousAudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.LicenceUsage;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole scenario of the manual through the real SDK, against a sandbox the extension provides. */
@ExtendWith(MmcSandboxExtension.class)
class SandboxLifecycleIT {

    @Test
    void theExtensionResolvesOneSandboxAClientAndAnOrganizer(MmcSandbox sandbox, Mmc mmc, Organizer organizer) {
        assertThat(mmc.settings().serviceUrl()).isEqualTo(sandbox.serviceUrl());
        assertThat(organizer.getServiceAccount()).isEqualTo(MmcSandbox.DEFAULT_SERVICE_ACCOUNT);
        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
    }

    @Test
    void scheduledConferenceFromCreationToLicences(Mmc mmc, Organizer organizer) {
        // Whole milliseconds: the service keeps a date to 100 ns, as .NET does.
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("your_conference_name", "your_conference_password",
                now.plusMinutes(1), now.plusHours(2));
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");

        ScheduledConference conference = mmc.createConference(organizer, info);
        assertThat(conference.getIdentifier()).isPositive();
        assertThat(conference.getUrl()).contains("/portal/start?id=" + conference.getIdentifier());
        assertThat(conference.getParameter(ConferenceOptionalParameter.AUDIO_ACCESS_NUMBER)).contains("+33149945060");
        String room = conference.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow();

        ScheduledConferenceInfo moved = new ScheduledConferenceInfo("your_new_conference_name",
                "your_new_conference_password", now.plusMinutes(30), now.plusHours(3));
        moved.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        mmc.modifyConference(organizer, conference, moved);
        assertThat(conference.getPassword()).isEqualTo("your_new_conference_password");

        mmc.startConference(organizer, conference);
        assertThat(conference.getUrl()).contains("/portal/start?id=" + conference.getIdentifier());

        ParticipantInfo john = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", conference.getIdentifier(),
                "your_new_conference_password");
        john.setCultureName(CultureName.EN_US);
        Participant participant = mmc.joinConference(organizer, john);
        assertThat(participant.getConferenceUrl()).contains("/portal/join?participant=" + participant.getIdentifier());
        assertThat(participant.getCultureName()).isEqualTo(CultureName.EN_US);

        Conference details = mmc.getConferenceDetails(organizer, conference.getIdentifier());
        assertThat(details).isInstanceOf(ScheduledConference.class);
        assertThat(details.getName()).isEqualTo("your_new_conference_name");
        assertThat(details.getState()).isEqualTo(ConferenceState.STARTED);
        assertThat(details.getType()).isEqualTo(ConferenceType.SCHEDULED);
        assertThat(details.getHostLogin()).isEqualTo(MmcSandbox.DEFAULT_SERVICE_ACCOUNT);
        assertThat(details.getOrigin()).isEqualTo("Odn");
        assertThat(details.getAccessCode()).matches("\\d{6}");
        assertThat(details.getPassword()).as("details never show the password").isNull();
        assertThat(details.getStartDate().toInstant()).isEqualTo(moved.getStartDate().toInstant());
        assertThat(((ScheduledConference) details).getEndDate().toInstant()).isEqualTo(moved.getEndDate().toInstant());
        assertThat(details.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER)).as("kept by the modify")
                .contains(room);

        List<Conference> list = mmc.getConferencesList(organizer, now.minusHours(6), now.plusHours(6), null);
        assertThat(list).extracting(Conference::getIdentifier).contains(conference.getIdentifier());
        assertThat(mmc.getConferencesList(organizer, now.minusHours(6), now.plusHours(6), 999L)).isEmpty();

        LicenceUsage usage = mmc.getLicencesUsage(organizer, now.minusDays(10), now.minusDays(2));
        assertThat(usage.getSubscribedLicencesCount()).isEqualTo(MmcSandbox.DEFAULT_SUBSCRIBED_LICENCES);
    }

    @Test
    void aDeletedConferenceIsGoneFromListsAndDetails(Mmc mmc, Organizer organizer) {
        OffsetDateTime now = OffsetDateTime.now();
        ScheduledConference conference = mmc.createConference(organizer,
                new ScheduledConferenceInfo("to delete", "password", now.plusHours(2), now.plusHours(3)));

        mmc.deleteConference(organizer, new ScheduledConference(conference.getIdentifier(), "password"));

        assertThat(mmc.getConferencesList(organizer, now, now.plusHours(6), null)).extracting(Conference::getIdentifier)
                .doesNotContain(conference.getIdentifier());
    }

    @Test
    void anInstantaneousConferenceNobodyOpenedReadsStoppedAsInTheManualsList(Mmc mmc, Organizer organizer) {
        InstantaneousConference conference = mmc.createConference(organizer,
                new InstantaneousConferenceInfo("confname", "password"));

        Conference details = mmc.getConferenceDetails(organizer, conference.getIdentifier());

        assertThat(details).isInstanceOf(InstantaneousConference.class);
        assertThat(details.getState()).isEqualTo(ConferenceState.STOPPED);
        assertThat(mmc.joinConference(organizer, new ParticipantInfo("John", "Doe", "john.doe@mailbox.com",
                conference.getIdentifier(), "password")).getConferenceUrl())
                .as("its organizer has not held it yet: guests can still be invited").contains("/portal/join?");
        assertThat(details.getParameters()).containsExactly(entry("conferenceVisibility", "Public"),
                entry("conferenceWebcam", "AirAnyWebcam"),
                entry("conferenceChat", "Participants"), entry("conferenceAutoLaunched", "False"));
    }

    @Test
    void detailsAndListsAreShapedAsTheManualsSamples(Mmc mmc, Organizer organizer) {
        OffsetDateTime start = OffsetDateTime.now().plusHours(5);
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("your_conference_name", "your_conference_password",
                start, start.plusHours(2));
        info.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        long id = mmc.createConference(organizer, info).getIdentifier();

        Conference details = mmc.getConferenceDetails(organizer, id);
        Conference listed = mmc.getConferencesList(organizer, start.minusMinutes(1), start.plusMinutes(1), null).stream()
                .filter(conference -> conference.getIdentifier() == id).findFirst().orElseThrow();

        assertThat(details.getParameters().keySet()).containsExactly("conferenceVisibility", "audioAccessNumber",
                "audioRoomNumber", "audioCulture", "audioType", "conferenceWebcam", "conferenceChat",
                "conferenceAutoLaunched");
        assertThat(details.getParameters()).contains(entry("audioCulture", "en-US"), entry("audioType", "Apac"),
                entry("conferenceAutoLaunched", "False"));
        assertThat(details.getOrigin()).isEqualTo("Odn");
        assertThat(listed.getParameters()).containsExactly(entry("conferenceVisibility", "Public"), entry("audioType", "Apac"));
        assertThat(listed.getAccessCode()).isNull();
    }

    private static <T extends com.orange.api.mmc.model.AudioConferenceInfo> T audio(T info, String suffix, int minutes) {
        info.getAttendees().add(new Attendee("+33100000001", "joey" + suffix, "blackey", "joey.blackey@never.land"));
        info.setHost(new Attendee("+33100000000", "joe" + suffix, "black", "joe.black@never.land"));
        info.setName("confname" + suffix);
        info.setPassword("confpwd" + suffix);
        info.setRealDuration(minutes);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "en-US");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, AudioType.APAC.toString());
        return info;
    }

    @Test
    void audioConferencesCreateModifyStart(Mmc mmc, Organizer organizer) {
        InstantaneousAudioConference instant = mmc.createAudioConference(organizer,
                audio(new InstantaneousAudioConferenceInfo(), "", 60));
        assertThat(instant.getUrl()).contains("/portal/audio?id=" + instant.getIdentifier());
        assertThat(instant.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER)).isPresent();

        OffsetDateTime now = OffsetDateTime.now();
        ScheduledAudioConferenceInfo info = audio(new ScheduledAudioConferenceInfo(), "", 60);
        info.setStartDate(now.plusMinutes(30));
        info.setEndDate(now.plusMinutes(45));
        ScheduledAudioConference scheduled = mmc.createAudioConference(organizer, info);
        String room = scheduled.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER).orElseThrow();

        ScheduledAudioConferenceInfo changes = audio(new ScheduledAudioConferenceInfo(), "2", 30);
        changes.setStartDate(now.plusMinutes(40));
        changes.setEndDate(now.plusHours(2));
        ScheduledAudioConference modified = mmc.modifyAudioConference(organizer,
                new ScheduledAudioConference(scheduled.getIdentifier(), "confpwd"), changes);
        assertThat(modified.getPassword()).isEqualTo("confpwd2");
        assertThat(modified.getParameter(ConferenceOptionalParameter.AUDIO_ROOM_NUMBER)).contains(room);

        ScheduledAudioConference started = mmc.startAudioConference(organizer,
                new ScheduledAudioConference(scheduled.getIdentifier(), "confpwd2"));
        assertThat(started.getUrl()).as("the manual's sample prints Url = 'null' after a start").isNull();
        assertThat(started.getPassword()).isEqualTo("confpwd2");
    }
}
