package com.example.booking;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;

/** A user's own booking code: books the team's weekly meeting, with audio, through the MMC SDK. */
public final class WeeklyMeetings {

    private final Mmc mmc;
    private final Organizer organizer;

    public WeeklyMeetings(Mmc mmc, Organizer organizer) {
        this.mmc = mmc;
        this.organizer = organizer;
    }

    /** Books next week's meeting and returns its identifier. */
    public long bookNext(OffsetDateTime start) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("Weekly team meeting", "team-s3cret", start,
                start.plusHours(1));
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CONF_ENABLED, "true");
        ScheduledConference conference = mmc.createConference(organizer, info);
        return conference.getIdentifier();
    }
}
