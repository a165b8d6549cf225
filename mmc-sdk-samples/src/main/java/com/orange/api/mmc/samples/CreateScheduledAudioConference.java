package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;

import java.time.OffsetDateTime;

/** The manual's CreateAudioConference sample (section 5.3.1.5): in thirty minutes, for a quarter of an hour. */
public final class CreateScheduledAudioConference {

    private CreateScheduledAudioConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about your audio conference
            ScheduledAudioConferenceInfo audioConferenceInfo = SampleRunner.audioInfo(
                    new ScheduledAudioConferenceInfo(), "confname", "confpwd", "joey", "blackey", "joe", "black", 60);
            audioConferenceInfo.setStartDate(OffsetDateTime.now().plusMinutes(30));
            audioConferenceInfo.setEndDate(OffsetDateTime.now().plusMinutes(45));

            // Call the 'CreateAudioConference' method
            AudioConference audioConference = mmc.createAudioConference(organizer, audioConferenceInfo);

            // Print the result
            System.out.println("AudioConference created");
            System.out.println(audioConference);
        });
    }
}
