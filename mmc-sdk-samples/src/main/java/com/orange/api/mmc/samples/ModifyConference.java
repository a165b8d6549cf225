package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;

/**
 * The manual's ModifyConference sample (section 5.2.3.5): new name, password and slot, no audio, private.
 * Arguments: the conference identifier and password returned by CreateConference.
 */
public final class ModifyConference {

    private ModifyConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about your conference (using the previously created scheduled conference)
            ScheduledConference conference = SampleRunner.scheduledConference(mmc, organizer, arguments);

            // Fill new parameters: your new start and end dates
            ScheduledConferenceInfo conferenceInfo = new ScheduledConferenceInfo("your_new_conference_name",
                    "your_new_conference_password", OffsetDateTime.now().plusHours(3), OffsetDateTime.now().plusHours(5));
            // Disable audio support
            conferenceInfo.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "false");
            // Make conference private
            conferenceInfo.getOptionalParameters().put(ConferenceOptionalParameter.CONFERENCE_VISIBILITY, "Private");

            // Call the 'ModifyConference' method: it updates `conference`
            mmc.modifyConference(organizer, conference, conferenceInfo);

            // Print the result
            System.out.println("Conference modified");
            System.out.println(conference);
        });
    }
}
