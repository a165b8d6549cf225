package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.ScheduledConference;

/**
 * The manual's DeleteConference sample (section 5.2.4.5). Arguments: the conference identifier and
 * password returned by CreateConference.
 */
public final class DeleteConference {

    private DeleteConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about the scheduled conference (using the previously created one)
            ScheduledConference conference = SampleRunner.scheduledConference(mmc, organizer, arguments);

            // Call the DeleteConference method
            mmc.deleteConference(organizer, conference);

            // Print the result
            System.out.println("Conference deleted");
        });
    }
}
