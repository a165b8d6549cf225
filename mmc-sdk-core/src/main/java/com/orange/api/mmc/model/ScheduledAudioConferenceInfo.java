package com.orange.api.mmc.model;

import java.time.OffsetDateTime;

/** What the service needs to book an audio conference for a time slot, or to move one. */
public final class ScheduledAudioConferenceInfo extends AudioConferenceInfo {

    private OffsetDateTime startDate;
    private OffsetDateTime endDate;

    public OffsetDateTime getStartDate() {
        return startDate;
    }

    public void setStartDate(OffsetDateTime startDate) {
        this.startDate = startDate;
    }

    public OffsetDateTime getEndDate() {
        return endDate;
    }

    public void setEndDate(OffsetDateTime endDate) {
        this.endDate = endDate;
    }

    @Override
    public String toString() {
        return format().date("StartDate", startDate).date("EndDate", endDate).parameters(getOptionalParameters())
                .toString();
    }
}
