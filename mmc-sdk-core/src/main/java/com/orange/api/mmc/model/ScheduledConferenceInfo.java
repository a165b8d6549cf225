package com.orange.api.mmc.model;

import java.time.OffsetDateTime;

/**
 * What the service needs to book a conference for a time slot, or to move one: name, password, start and
 * end. The start must be in the future and before the end.
 */
public final class ScheduledConferenceInfo extends ConferenceInfo {

    private OffsetDateTime startDate;
    private OffsetDateTime endDate;

    /**
     * @param name      the conference name, not empty
     * @param password  the conference password, at least four characters
     * @param startDate when the conference may start
     * @param endDate   when it ends, after {@code startDate}
     */
    public ScheduledConferenceInfo(String name, String password, OffsetDateTime startDate, OffsetDateTime endDate) {
        super(name, password);
        this.startDate = startDate;
        this.endDate = endDate;
    }

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
