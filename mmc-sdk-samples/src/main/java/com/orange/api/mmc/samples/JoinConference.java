package com.orange.api.mmc.samples;

import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;

/**
 * The manual's JoinConference sample (section 5.2.6.5): invites John Doe. Arguments: the conference
 * identifier and password returned by CreateConference.
 */
public final class JoinConference {

    private JoinConference() {
    }

    public static void main(String[] args) {
        SampleRunner.run(args, (mmc, organizer, arguments) -> {
            // Fill the information about the participant and the conference (using the previously created one)
            ScheduledConference conference = SampleRunner.scheduledConference(mmc, organizer, arguments);
            ParticipantInfo participantInfo = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com",
                    conference.getIdentifier(), conference.getPassword());

            // Call the JoinConference method
            Participant participant = mmc.joinConference(organizer, participantInfo);

            // Print the result
            System.out.println("Participant details");
            System.out.println(participant);
        });
    }
}
