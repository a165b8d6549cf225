package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;

/** The manual's CreateConference sample (section 5.2.2.5): a scheduled conference, in a minute, for two hours. */
public final class CreateScheduledConference {

    private CreateScheduledConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about your conference
            ScheduledConferenceInfo conferenceInfo = new ScheduledConferenceInfo("your_conference_name",
                    "your_conference_password", OffsetDateTime.now().plusMinutes(1), OffsetDateTime.now().plusHours(2));
            // Add audio support
            conferenceInfo.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
            // Make conference public
            conferenceInfo.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Public");

            // Call the 'CreateConference' method
            Conference conference = mmc.createConference(organizer, conferenceInfo);

            // Print the result
            System.out.println("Conference created");
            System.out.println(conference);
        });
    }
}
