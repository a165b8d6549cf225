package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.Conference;

import java.time.OffsetDateTime;
import java.util.List;

/** The manual's GetConferencesList sample (section 5.2.8.5): the conferences of the last and next six hours. */
public final class GetConferencesList {

    private GetConferencesList() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Call the 'GetConferencesList' method
            List<Conference> conferenceList = mmc.getConferencesList(organizer, OffsetDateTime.now().minusHours(6),
                    OffsetDateTime.now().plusHours(6), null);

            // Print the result
            if (conferenceList.isEmpty()) {
                System.out.println("No conference found");
            }
            for (Conference conference : conferenceList) {
                System.out.println("Conference details");
                System.out.println(conference);
            }
        });
    }
}
