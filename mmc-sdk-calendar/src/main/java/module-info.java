/**
 * Calendar invitations (RFC 5545 / RFC 5546 iTIP) for MMC conferences and recurring series of scheduled
 * conferences booked all or nothing: {@link com.orange.api.mmc.calendar.CalendarInvitations} and
 * {@link com.orange.api.mmc.calendar.ConferenceSeries}. Built on ical4j, a named module ({@code ical4j.core}).
 */
module com.orange.api.mmc.calendar {
    requires transitive com.orange.api.mmc;
    requires ical4j.core;
    requires org.slf4j;

    exports com.orange.api.mmc.calendar;
}
