package com.orange.api.mmc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.junit.jupiter.api.Test;

class CalendarInvitationsTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String JOIN_URL = "https://mmc.example.com/DirectAccess/StartConferenceByUrl.aspx?id=7FFAC386&a=JoinWithNoPopup";

    private static ScheduledConference conference() {
        ScheduledConference conference = new ScheduledConference(37893, "s3cr3t-conference-pw");
        conference.setName("Weekly sync");
        conference.setHostFirstName("Jane");
        conference.setHostLastName("Host");
        conference.setHostLogin("jane.host@example.com");
        // 08:00 UTC on a summer day: 10:00 in Paris.
        conference.setStartDate(OffsetDateTime.of(2026, 6, 15, 8, 0, 0, 0, ZoneOffset.UTC));
        conference.setEndDate(OffsetDateTime.of(2026, 6, 15, 9, 30, 0, 0, ZoneOffset.UTC));
        return conference;
    }

    private static Participant participant() {
        return new Participant(52300, null, JOIN_URL);
    }

    private static String request(int sequence) {
        return CalendarInvitations.request(conference(), participant(), PARIS, sequence);
    }

    private static ICalendar biweekly(String text) {
        List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertThat(calendar).as("biweekly parses it").isNotNull();
        assertThat(warnings.stream().flatMap(List::stream)).as("biweekly's warnings").isEmpty();
        return calendar;
    }

    private static Calendar ical4j(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    @Test
    void aRequestParsesWithBothLibrariesAndValidates() throws Exception {
        String text = request(0);

        Calendar parsed = ical4j(text);
        assertThat(parsed.getMethod().getValue()).isEqualTo("REQUEST");
        net.fortuna.ical4j.model.component.VEvent event = parsed.getComponent("VEVENT")
                .map(net.fortuna.ical4j.model.component.VEvent.class::cast).orElseThrow();
        event.validate(ImmutableMethod.REQUEST);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("mmc-conference-37893@mmc.example.com");

        VEvent other = biweekly(text).getEvents().get(0);
        assertThat(biweekly(text).getMethod().getValue()).isEqualTo("REQUEST");
        assertThat(other.getUid().getValue()).isEqualTo("mmc-conference-37893@mmc.example.com");
        assertThat(other.getSequence().getValue()).isZero();
        assertThat(other.getSummary().getValue()).isEqualTo("Weekly sync");
    }

    @Test
    void startAndEndCarryTheZoneAndTheMatchingTimeZone() throws Exception {
        String text = request(0);

        assertThat(text).contains("DTSTART;TZID=Europe/Paris:20260615T100000\r\n")
                .contains("DTEND;TZID=Europe/Paris:20260615T113000\r\n");
        VTimeZone zone = ical4j(text).getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Paris");

        // The second parser resolves the local times through the VTIMEZONE it read: same instants.
        ICalendar calendar = biweekly(text);
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-15T09:30:00Z"));
        assertThat(calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Paris");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTC", "US/Pacific", "Asia/Kolkata", "America/New_York"})
    void theTzidOfTheTimesIsTheOneOfTheTimeZoneWritten(String zoneId) throws Exception {
        String text = CalendarInvitations.request(conference(), participant(), ZoneId.of(zoneId), 0);

        String tzid = ical4j(text).getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow()
                .getTimeZoneId().getValue();
        assertThat(text).contains("DTSTART;TZID=" + tzid + ":", "DTEND;TZID=" + tzid + ":");
        VEvent event = biweekly(text).getEvents().get(0);
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-15T08:00:00Z"));
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-15T09:30:00Z"));
    }

    @Test
    void aFixedOffsetIsRefusedForARegion() {
        assertThatThrownBy(() -> CalendarInvitations.request(conference(), participant(), ZoneOffset.ofHours(2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
    }

    @Test
    void aWinterDateResolvesWithTheWinterOffset() {
        ScheduledConference conference = conference();
        conference.setStartDate(OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC));
        conference.setEndDate(OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC));

        String text = CalendarInvitations.request(conference, participant(), PARIS, 0);

        assertThat(text).contains("DTSTART;TZID=Europe/Paris:20261207T100000\r\n");
        assertThat(biweekly(text).getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-12-07T09:00:00Z"));
    }

    @Test
    void theOrganizerIsTheHostAndTheAttendeeTheParticipant() {
        VEvent event = biweekly(request(0)).getEvents().get(0);

        assertThat(event.getOrganizer().getEmail()).isEqualTo("jane.host@example.com");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Jane Host");
        assertThat(event.getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getUri()).isEqualTo("urn:x-mmc:mmc.example.com:participant:52300");
            assertThat(attendee.getCommonName()).isEqualTo("Participant 52300");
        });
    }

    @Test
    void aHostLoginThatIsNoMailAddressIsNoMailtoAddress() {
        ScheduledConference conference = conference();
        conference.setHostLogin("your_service_account");

        VEvent event = biweekly(CalendarInvitations.request(conference, participant(), PARIS, 0)).getEvents().get(0);

        assertThat(event.getOrganizer().getUri()).isEqualTo("urn:x-mmc:mmc.example.com:host:your_service_account");
    }

    @Test
    void theInviteeGivenToJoinIsAddressedByMail() {
        ParticipantInfo invitee = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", 37893, "s3cr3t-conference-pw");

        String text = CalendarInvitations.request(conference(), invitee, participant(), PARIS, 0);

        assertThat(biweekly(text).getEvents().get(0).getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getEmail()).isEqualTo("john.doe@mailbox.com");
            assertThat(attendee.getCommonName()).isEqualTo("John Doe");
        });
        assertThat(text).doesNotContain("s3cr3t-conference-pw");
    }

    @Test
    void theJoinUrlIsInUrlAndInTheDescription() {
        VEvent event = biweekly(request(0)).getEvents().get(0);

        assertThat(event.getUrl().getValue()).isEqualTo(JOIN_URL);
        assertThat(event.getDescription().getValue()).contains(JOIN_URL);
        assertThat(event.getLocation().getValue()).isEqualTo(JOIN_URL);
    }

    @Test
    void noPasswordAppears() {
        String text = request(0) + CalendarInvitations.cancel(conference(), participant(), PARIS, 1);

        assertThat(text).doesNotContain("s3cr3t-conference-pw").doesNotContainIgnoringCase("password");
    }

    @Test
    void aParticipantOfAnotherConferenceIsRefused() {
        Participant ofAnother = new Participant(52302, "fr-FR", JOIN_URL, conference().getIdentifier() + 1);

        assertThatThrownBy(() -> CalendarInvitations.request(conference(), ofAnother, PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("participant 52302 was invited to conference " + (conference().getIdentifier() + 1)
                        + ", not conference " + conference().getIdentifier());
        assertThat(CalendarInvitations.request(conference(),
                new Participant(52302, "fr-FR", JOIN_URL, conference().getIdentifier()), PARIS, 0)).contains("BEGIN:VEVENT");
    }

    @Test
    void everyInvitationOfOneConferenceHasTheSameUid() {
        Participant other = new Participant(52301, "fr-FR", "https://mmc.example.com/DirectAccess/x?id=OTHER");

        String first = CalendarInvitations.request(conference(), participant(), PARIS, 0);
        String second = CalendarInvitations.request(conference(), other, ZoneId.of("America/New_York"), 0);

        assertThat(biweekly(first).getEvents().get(0).getUid().getValue())
                .isEqualTo(biweekly(second).getEvents().get(0).getUid().getValue())
                .isEqualTo(CalendarInvitations.uid(conference(), other));
    }

    @Test
    void anUpdateKeepsTheUidAndCarriesTheHigherSequence() {
        ScheduledConference moved = conference();
        moved.setName("Weekly sync (moved)");
        moved.setStartDate(moved.getStartDate().plusHours(2));
        moved.setEndDate(moved.getEndDate().plusHours(2));

        VEvent first = biweekly(request(0)).getEvents().get(0);
        VEvent update = biweekly(CalendarInvitations.request(moved, participant(), PARIS, 1)).getEvents().get(0);

        assertThat(update.getUid().getValue()).isEqualTo(first.getUid().getValue());
        assertThat(update.getSequence().getValue()).isGreaterThan(first.getSequence().getValue());
        assertThat(update.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2026-06-15T10:00:00Z"));
    }

    @Test
    void aCancelMatchesItsRequest() throws Exception {
        String request = request(1);
        String cancel = CalendarInvitations.cancel(conference(), participant(), PARIS, 2);

        ICalendar requested = biweekly(request);
        ICalendar cancelled = biweekly(cancel);
        assertThat(cancelled.getMethod().getValue()).isEqualTo("CANCEL");
        VEvent event = cancelled.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo(requested.getEvents().get(0).getUid().getValue());
        assertThat(event.getSequence().getValue()).isGreaterThan(requested.getEvents().get(0).getSequence().getValue());
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(event.getAttendees()).singleElement().extracting(a -> a.getUri())
                .isEqualTo(requested.getEvents().get(0).getAttendees().get(0).getUri());
        net.fortuna.ical4j.model.component.VEvent parsed = ical4j(cancel).getComponent("VEVENT")
                .map(net.fortuna.ical4j.model.component.VEvent.class::cast).orElseThrow();
        parsed.validate(ImmutableMethod.CANCEL);
    }

    @Test
    void theStampComesFromTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T12:34:56.789Z"), ZoneOffset.UTC);

        String text = CalendarInvitations.write(ImmutableMethod.REQUEST, conference(), participant(), null, PARIS, 0, clock);

        assertThat(text).contains("DTSTAMP:20260601T123456Z\r\n");
    }

    @Test
    void anInstantaneousConferenceIsRefused() {
        InstantaneousConference conference = new InstantaneousConference(12, "pw12");

        assertThatThrownBy(() -> CalendarInvitations.request(conference, participant(), PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("instantaneous");
    }

    @Test
    void anInviteeOfAnotherConferenceIsRefused() {
        ParticipantInfo invitee = new ParticipantInfo("John", "Doe", "john.doe@mailbox.com", 99, "pw99");

        assertThatThrownBy(() -> CalendarInvitations.request(conference(), invitee, participant(), PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conference 99")
                .hasMessageContaining("37893");
    }

    @Test
    void aParticipantOfAnotherServiceIsRefused() {
        ScheduledConference conference = conference();
        conference.setUrl("https://other.example.org/start?id=1");

        assertThatThrownBy(() -> CalendarInvitations.request(conference, participant(), PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other.example.org")
                .hasMessageContaining("mmc.example.com");
    }

    @Test
    void aParticipantWithoutJoinUrlIsRefused() {
        assertThatThrownBy(() -> CalendarInvitations.request(conference(), new Participant(5, null, null), PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("join URL");
    }

    @Test
    void aConferenceWithoutDatesIsRefused() {
        ScheduledConference conference = conference();
        conference.setEndDate(null);

        assertThatThrownBy(() -> CalendarInvitations.request(conference, participant(), PARIS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no end");
    }

    @Test
    void aNegativeSequenceIsRefused() {
        assertThatThrownBy(() -> request(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequence");
    }

    @Test
    void nullsAreNamed() {
        assertThatThrownBy(() -> CalendarInvitations.request(conference(), participant(), null, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("zone");
        assertThatThrownBy(() -> CalendarInvitations.request(null, participant(), PARIS, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("conference");
    }
}
