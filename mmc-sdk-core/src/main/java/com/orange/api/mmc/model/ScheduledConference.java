package com.orange.api.mmc.model;

import java.time.OffsetDateTime;

/**
 * A conference booked for a time slot. To modify, delete or start one created earlier, build it from its
 * identifier and password, as the manual's samples do:
 * <pre>{@code
 * ScheduledConference conference = new ScheduledConference(27500, "your_conference_password");
 * mmc.startConference(organizer, conference);
 * System.out.println(conference.getUrl());
 * }</pre>
 */
public final class ScheduledConference extends Conference {

    private OffsetDateTime endDate;

    public ScheduledConference(long identifier, String password) {
        super(identifier, password);
    }

    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(OffsetDateTime endDate) {
        this.endDate = endDate;
    }

    @Override
    public String toString() {
        return format(ModelFormat.of(this).date("EndDate", endDate)).toString();
    }
}
