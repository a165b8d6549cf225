package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.ScheduledConference;

/**
 * The manual's StartConference sample (section 5.2.5.5): starts the conference and prints it with the URL
 * that opens it. Arguments: the conference identifier and password returned by CreateConference.
 */
public final class StartConference {

    private StartConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about the scheduled conference (using the previously created one)
            ScheduledConference conference = SampleRunner.scheduledConference(mmc, organizer, arguments);

            // Call the StartConference method: it sets the conference's URL
            mmc.startConference(organizer, conference);

            // Print the result
            System.out.println("Conference started");
            System.out.println(conference);
        });
    }
}
