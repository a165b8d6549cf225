package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.ScheduledAudioConference;

/**
 * The manual's StartAudioConference sample (section 5.3.3.5). Arguments: the audio conference identifier
 * and password.
 */
public final class StartAudioConference {

    private StartAudioConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about the scheduled audio conference (using the previously created one)
            ScheduledAudioConference audioConference = SampleRunner.scheduledAudioConference(mmc, organizer, arguments);

            // Call the StartAudioConference method
            mmc.startAudioConference(organizer, audioConference);

            // Print the result
            System.out.println("AudioConference started");
            System.out.println(audioConference);
        });
    }
}
