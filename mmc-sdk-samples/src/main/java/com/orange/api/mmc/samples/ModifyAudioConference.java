package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;

import java.time.OffsetDateTime;

/**
 * The manual's ModifyAudioConference sample (section 5.3.2.5): new attendee, host, name, password,
 * duration, slot and culture. Arguments: the audio conference identifier and password.
 */
public final class ModifyAudioConference {

    private ModifyAudioConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about your audio conference (using the previously created one)
            ScheduledAudioConference audioConference = SampleRunner.scheduledAudioConference(mmc, organizer, arguments);

            // Fill new parameters
            ScheduledAudioConferenceInfo audioConferenceInfo = SampleRunner.audioInfo(
                    new ScheduledAudioConferenceInfo(), "newconfname", "newconfpwd", "joey2", "blackey2", "joe2",
                    "black2", 30);
            audioConferenceInfo.setStartDate(OffsetDateTime.now().plusHours(1));
            audioConferenceInfo.setEndDate(OffsetDateTime.now().plusHours(2));
            // Set new audio conference culture
            audioConferenceInfo.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "fr-FR");

            // Call the 'ModifyAudioConference' method: it updates `audioConference`
            mmc.modifyAudioConference(organizer, audioConference, audioConferenceInfo);

            // Print the result
            System.out.println("AudioConference modified");
            System.out.println(audioConference);
        });
    }
}
