package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.samples.SampleRunner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The manual's whole scenario in one run: about; web conferences created, modified, started, joined, read,
 * listed and deleted; licence usage; audio conferences created, modified and started. Each step goes to a
 * {@link StepSink}: its title and the result in the manual's layout, or one JSON object per step.
 */
final class Tour {

    private final Mmc mmc;
    private final Organizer organizer;
    private final StepSink out;
    private int step;

    Tour(Mmc mmc, Organizer organizer, StepSink out) {
        this.mmc = mmc;
        this.organizer = organizer;
        this.out = out;
    }

    void run() {
        OffsetDateTime now = OffsetDateTime.now();
        step("About", () -> mmc.about(organizer));

        InstantaneousConferenceInfo instantInfo = new InstantaneousConferenceInfo("tour instant", "tour-password");
        instantInfo.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        instantInfo.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");
        step("Create an instantaneous conference with audio", () -> mmc.createConference(organizer, instantInfo));

        ScheduledConference weekly = step("Create a scheduled conference", () -> mmc.createConference(organizer,
                new ScheduledConferenceInfo("tour weekly", "tour-password", now.plusMinutes(1), now.plusHours(2))));

        ScheduledConferenceInfo moved = new ScheduledConferenceInfo("tour weekly (moved)", "tour-password-2",
                now.plusMinutes(30), now.plusHours(3));
        moved.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Private");
        step("Modify it: new name, password and slot", () -> mmc.modifyConference(organizer, weekly, moved));
        step("Start it", () -> mmc.startConference(organizer, weekly));

        ParticipantInfo john = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", weekly.getIdentifier(),
                weekly.getPassword());
        john.setCultureName(CultureName.EN_US);
        step("Invite John Doe", () -> mmc.joinConference(organizer, john));
        step("Read its details", () -> mmc.getConferenceDetails(organizer, weekly.getIdentifier()));

        ScheduledConference doomed = step("Create another scheduled conference", () -> mmc.createConference(organizer,
                new ScheduledConferenceInfo("tour cancelled", "tour-password", now.plusHours(4), now.plusHours(5))));
        step("Delete it", () -> {
            mmc.deleteConference(organizer, doomed);
            return "Conference deleted";
        });
        List<Conference> list = step("List the conferences of the last and next six hours",
                () -> mmc.getConferencesList(organizer, now.minusHours(6), now.plusHours(6), null));
        step("Read the licence usage of the last ten days but two",
                () -> mmc.getLicencesUsage(organizer, now.minusDays(10), now.minusDays(2)));

        InstantaneousAudioConferenceInfo instantAudio = audio(new InstantaneousAudioConferenceInfo(), "tour audio", 60);
        step("Create an instantaneous audio conference", () -> mmc.createAudioConference(organizer, instantAudio));
        ScheduledAudioConferenceInfo plannedAudio = audio(new ScheduledAudioConferenceInfo(), "tour call", 60);
        plannedAudio.setStartDate(now.plusMinutes(30));
        plannedAudio.setEndDate(now.plusMinutes(45));
        ScheduledAudioConference call = step("Create a scheduled audio conference",
                () -> mmc.createAudioConference(organizer, plannedAudio));
        ScheduledAudioConferenceInfo movedAudio = audio(new ScheduledAudioConferenceInfo(), "tour call (moved)", 30);
        movedAudio.setStartDate(now.plusMinutes(40));
        movedAudio.setEndDate(now.plusHours(1));
        movedAudio.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "fr-FR");
        step("Modify it", () -> mmc.modifyAudioConference(organizer, call, movedAudio));
        step("Start it", () -> mmc.startAudioConference(organizer, call));

        out.complete(step, list.size());
    }

    private <T> T step(String title, Supplier<T> action) {
        step++;
        T result = action.get();
        out.step(step, title, result);
        return result;
    }

    private static <T extends com.orange.api.mmc.model.AudioConferenceInfo> T audio(T info, String name, int minutes) {
        return SampleRunner.audioInfo(info, name, "tour-audio-password", "joey", "blackey", "joe", "black", minutes);
    }
}
