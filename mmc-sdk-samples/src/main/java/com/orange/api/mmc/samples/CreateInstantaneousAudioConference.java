package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.AudioConference;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;

/** The manual's CreateAudioConference sample (section 5.3.1.5): an instantaneous audio conference. */
public final class CreateInstantaneousAudioConference {

    private CreateInstantaneousAudioConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about your audio conference: attendee, host, name, password, duration,
            // culture (en-US) and audio type (Apac)
            InstantaneousAudioConferenceInfo audioConferenceInfo = SampleRunner.audioInfo(
                    new InstantaneousAudioConferenceInfo(), "confname", "confpwd", "joey", "blackey", "joe", "black", 60);

            // Call the 'CreateAudioConference' method
            AudioConference audioConference = mmc.createAudioConference(organizer, audioConferenceInfo);

            // Print the result
            System.out.println("AudioConference created");
            System.out.println(audioConference);
        });
    }
}
