package com.example.standup;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;

/** The application's use of MMC: open a stand-up at once and invite a guest to it. */
public final class StandUp {

    /** What opening a stand-up gave. */
    public record Opened(long conferenceId, String startUrl, String conferencePassword, long guestId, String guestUrl,
            String name, String state) {
    }

    private final Mmc mmc;
    private final Organizer organizer;

    public StandUp(Mmc mmc, Organizer organizer) {
        this.mmc = mmc;
        this.organizer = organizer;
    }

    /** Creates the conference, invites the guest, and reads the conference back as the service describes it. */
    public Opened open(String name, String password, String guestEmail) {
        InstantaneousConference conference = mmc.createConference(organizer, new InstantaneousConferenceInfo(name, password));
        Participant guest = mmc.joinConference(organizer, new ParticipantInfo("Guest", "Example", guestEmail,
                conference.getIdentifier(), conference.getPassword()));
        Conference described = mmc.getConferenceDetails(organizer, conference.getIdentifier());
        return new Opened(conference.getIdentifier(), conference.getUrl(), conference.getPassword(), guest.getIdentifier(),
                guest.getConferenceUrl(), described.getName(), described.getStateValue());
    }
}
