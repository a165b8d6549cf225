package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.Conference;

/**
 * The manual's GetConferenceDetails sample (section 5.2.7.5). Argument: the conference identifier.
 */
public final class GetConferenceDetails {

    private GetConferenceDetails() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            long conferenceId = arguments.length >= 1 ? Long.parseLong(arguments[0])
                    : SampleRunner.scheduledConference(mmc, organizer, arguments).getIdentifier();

            // Call the 'GetConferenceDetails' method
            Conference conference = mmc.getConferenceDetails(organizer, conferenceId);

            // Print the result
            System.out.println("Conference details");
            System.out.println(conference);
        });
    }
}
