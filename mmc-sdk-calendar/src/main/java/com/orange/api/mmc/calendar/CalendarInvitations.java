package com.orange.api.mmc.calendar;

import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Calendar invitations for a scheduled MMC conference: iCalendar objects (RFC 5545) carrying an iTIP method
 * (RFC 5546), ready to attach to a mail as {@code text/calendar; method=REQUEST} (or {@code CANCEL}).
 *
 * <p>What every invitation holds, so that calendars update one meeting instead of adding new ones:
 * <ul>
 *   <li>{@code UID}: {@code mmc-conference-<identifier>@<service host>}, the same for every invitation of one
 *       conference (every participant, every update, the cancellation). The service host is the host of the
 *       participant's join URL ({@link Participant#getConferenceUrl()}), which every participant of a
 *       conference has, while the conference's own URL is absent from what {@code getConferenceDetails}
 *       returns; when the conference does carry a URL (the answer of a create or a start), its host must be
 *       the same.</li>
 *   <li>{@code SEQUENCE}: the caller's revision number. iTIP asks for a higher number each time the meeting
 *       changes (a modify, then a cancel): keep one counter per conference and raise it.</li>
 *   <li>{@code DTSTART}/{@code DTEND} in {@code zone} with its {@code TZID}, and the matching
 *       {@code VTIMEZONE} (from ical4j's bundled time zone data; the library never downloads one).</li>
 *   <li>{@code ORGANIZER}: the conference's host ({@code HostFirstName} and {@code HostLastName} as its common
 *       name). Its address is {@code mailto:} the host login when that login is a mail address; otherwise the
 *       service knows no mail address for the host, and the address is {@code urn:x-mmc:<service host>:host:<login>},
 *       an identifier no mail client replies to.</li>
 *   <li>{@code ATTENDEE}: the participant, addressed by mail when the {@link ParticipantInfo} given to
 *       {@code joinConference} is passed too, otherwise by {@code urn:x-mmc:<service host>:participant:<id>}
 *       (the manual's {@code Participant} carries no name and no mail).</li>
 *   <li>The participant's join URL in {@code URL}, {@code LOCATION} and {@code DESCRIPTION}.</li>
 * </ul>
 * No password ever appears: neither the conference's nor any account's. The join URL is personal (it admits its
 * participant): send each participant their own invitation.
 *
 * <p>Example, one invitation per participant after {@code joinConference}:
 * <pre>{@code
 * Conference conference = mmc.getConferenceDetails(organizer, conferenceId);
 * Participant participant = mmc.joinConference(organizer, participantInfo);
 * String ics = CalendarInvitations.request(conference, participant, ZoneId.of("Europe/Paris"), 0);
 * }</pre>
 * The class is stateless and thread-safe.
 */
public final class CalendarInvitations {

    private static final String PRODUCT_ID = "-//Orange//MMC SDK for Java//EN";
    private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarInvitations() {
    }

    /**
     * An invitation ({@code METHOD:REQUEST}) to a scheduled conference, or its update when sent again with a
     * higher {@code sequence}.
     *
     * @param conference  the conference, as {@code getConferenceDetails} (or a create) returns it: a scheduled
     *                    conference with its name, start and end
     * @param participant what {@code joinConference} returned for the invitee
     * @param zone        the time zone the times are shown in (a region such as {@code Europe/Paris})
     * @param sequence    the revision number, 0 for the first invitation and higher for every change
     * @return the iCalendar text, lines ending with CRLF
     * @throws IllegalArgumentException when no valid invitation can be made: an instantaneous conference, a
     *                                  conference without start or end, a participant of another conference
     *                                  (as {@code joinConference} returned it), without a join URL or of another
     *                                  service than the conference, a negative sequence, a zone without time
     *                                  zone data
     * @throws NullPointerException     naming the parameter that is null
     */
    public static String request(Conference conference, Participant participant, ZoneId zone, int sequence) {
        return write(ImmutableMethod.REQUEST, conference, participant, null, zone, sequence, Clock.systemUTC());
    }

    /**
     * An invitation ({@code METHOD:REQUEST}) that addresses the participant by name and mail.
     *
     * @param invitee what was given to {@code joinConference} for this participant: its conference identifier
     *                must be the conference's; its password is not used
     * @see #request(Conference, Participant, ZoneId, int)
     * @throws IllegalArgumentException also when {@code invitee} names another conference
     */
    public static String request(Conference conference, ParticipantInfo invitee, Participant participant, ZoneId zone,
            int sequence) {
        Objects.requireNonNull(invitee, "invitee");
        return write(ImmutableMethod.REQUEST, conference, participant, invitee, zone, sequence, Clock.systemUTC());
    }

    /**
     * The cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}) of an invitation made by
     * {@link #request}: same {@code UID}; {@code sequence} must be higher than the last request's for calendars
     * to apply it.
     *
     * @see #request(Conference, Participant, ZoneId, int)
     */
    public static String cancel(Conference conference, Participant participant, ZoneId zone, int sequence) {
        return write(ImmutableMethod.CANCEL, conference, participant, null, zone, sequence, Clock.systemUTC());
    }

    /**
     * The cancellation of an invitation made by {@link #request(Conference, ParticipantInfo, Participant, ZoneId, int)}.
     *
     * @see #cancel(Conference, Participant, ZoneId, int)
     */
    public static String cancel(Conference conference, ParticipantInfo invitee, Participant participant, ZoneId zone,
            int sequence) {
        Objects.requireNonNull(invitee, "invitee");
        return write(ImmutableMethod.CANCEL, conference, participant, invitee, zone, sequence, Clock.systemUTC());
    }

    /**
     * The {@code UID} every invitation of {@code conference} carries.
     *
     * @param conference  the conference
     * @param participant one of its participants (the service host comes from the join URL)
     * @return {@code mmc-conference-<identifier>@<service host>}
     * @throws IllegalArgumentException when the participant has no join URL or belongs to another service
     */
    public static String uid(Conference conference, Participant participant) {
        Objects.requireNonNull(conference, "conference");
        Objects.requireNonNull(participant, "participant");
        return uid(conference, serviceHost(conference, participant));
    }

    static String write(Method method, Conference conference, Participant participant, ParticipantInfo invitee,
            ZoneId zone, int sequence, Clock clock) {
        Objects.requireNonNull(conference, "conference");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(zone, "zone");
        if (!(conference instanceof ScheduledConference scheduled)) {
            throw new IllegalArgumentException("conference " + conference.getIdentifier() + " is instantaneous: it has"
                    + " no time slot to put in a calendar; invite to scheduled conferences only");
        }
        OffsetDateTime start = scheduled.getStartDate();
        OffsetDateTime end = scheduled.getEndDate();
        if (start == null || end == null) {
            throw new IllegalArgumentException("conference " + conference.getIdentifier() + " has no "
                    + (start == null ? "start" : "end") + " date: pass what getConferenceDetails returns");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("conference " + conference.getIdentifier() + " ends (" + end
                    + ") before it starts (" + start + ")");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more, not " + sequence);
        }
        if (participant.getConferenceId() != 0 && participant.getConferenceId() != conference.getIdentifier()) {
            throw new IllegalArgumentException("participant " + participant.getIdentifier() + " was invited to conference "
                    + participant.getConferenceId() + ", not conference " + conference.getIdentifier());
        }
        if (invitee != null && invitee.getConferenceId() != conference.getIdentifier()) {
            throw new IllegalArgumentException("the invitee joined conference " + invitee.getConferenceId()
                    + ", not conference " + conference.getIdentifier());
        }
        String host = serviceHost(conference, participant);
        TimeZone timeZone = TIME_ZONES.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("no time zone data for '" + zone.getId() + "': use a region such as"
                    + " Europe/Paris");
        }
        // ical4j knows some zones under another name (UTC as Etc/UTC, US/Pacific as America/Los_Angeles): the
        // times carry the TZID of the VTIMEZONE written, the same instants.
        ZoneId written = writtenZone(timeZone, zone);
        String joinUrl = participant.getConferenceUrl();
        String name = conference.getName() == null || conference.getName().isBlank()
                ? "Conference " + conference.getIdentifier() : conference.getName();

        VEvent event = new VEvent(false);
        event.add(new Uid(uid(conference, host)));
        event.add(new DtStamp(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(sequence));
        event.add(new DtStart<>(start.atZoneSameInstant(written)));
        event.add(new DtEnd<>(end.atZoneSameInstant(written)));
        event.add(new Summary(name));
        event.add(organizer(conference, host));
        event.add(attendee(participant, invitee, host));
        event.add(new Url(uri(joinUrl, "join URL")));
        event.add(new Location(joinUrl));
        event.add(new Description(description(method, name, joinUrl)));
        event.add(method == ImmutableMethod.CANCEL ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(method);
        calendar.add(timeZone.getVTimeZone());
        calendar.add(event);
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, text);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("conference " + conference.getIdentifier()
                    + " does not make a valid invitation: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static ZoneId writtenZone(TimeZone timeZone, ZoneId zone) {
        String tzid = timeZone.getVTimeZone().getTimeZoneId().getValue();
        try {
            ZoneId written = ZoneId.of(tzid);
            return written.getRules().equals(zone.getRules()) || written.normalized().equals(zone.normalized())
                    ? written : zone;
        } catch (java.time.DateTimeException e) {
            return zone;
        }
    }

    private static String description(Method method, String name, String joinUrl) {
        return (method == ImmutableMethod.CANCEL ? "Cancelled: " + name + "." : name + ".") + "\n\nJoin the conference: "
                + joinUrl;
    }

    private static Organizer organizer(Conference conference, String host) {
        String login = conference.getHostLogin();
        String address;
        if (login != null && login.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+")) {
            address = "mailto:" + login;
        } else {
            address = "urn:x-mmc:" + host + ":host:" + encode(login == null || login.isBlank() ? "unknown" : login);
        }
        Organizer organizer = new Organizer(uri(address, "organizer address"));
        String cn = join(conference.getHostFirstName(), conference.getHostLastName());
        if (!cn.isEmpty()) {
            organizer.add(new Cn(cn));
        }
        return organizer;
    }

    private static Attendee attendee(Participant participant, ParticipantInfo invitee, String host) {
        Attendee attendee;
        if (invitee != null && invitee.getEmail() != null && !invitee.getEmail().isBlank()) {
            attendee = new Attendee(uri("mailto:" + invitee.getEmail().trim(), "invitee mail"));
            String cn = join(invitee.getFirstName(), invitee.getLastName());
            attendee.add(new Cn(cn.isEmpty() ? invitee.getEmail().trim() : cn));
        } else {
            attendee = new Attendee(uri("urn:x-mmc:" + host + ":participant:" + participant.getIdentifier(),
                    "participant address"));
            attendee.add(new Cn("Participant " + participant.getIdentifier()));
        }
        attendee.add(CuType.INDIVIDUAL);
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        // Replies cannot reach the MMC service: the caller's own mail flow decides whether to ask for them.
        attendee.add(Rsvp.FALSE);
        return attendee;
    }

    private static String uid(Conference conference, String serviceHost) {
        return "mmc-conference-" + conference.getIdentifier() + "@" + serviceHost;
    }

    private static String serviceHost(Conference conference, Participant participant) {
        String joinUrl = participant.getConferenceUrl();
        if (joinUrl == null || joinUrl.isBlank()) {
            throw new IllegalArgumentException("participant " + participant.getIdentifier() + " has no join URL:"
                    + " pass what joinConference returned");
        }
        String host = host(joinUrl, "participant " + participant.getIdentifier() + "'s join URL");
        String conferenceUrl = conference.getUrl();
        if (conferenceUrl != null && !conferenceUrl.isBlank()) {
            String conferenceHost = host(conferenceUrl, "conference " + conference.getIdentifier() + "'s URL");
            if (!conferenceHost.equals(host)) {
                throw new IllegalArgumentException("participant " + participant.getIdentifier() + " belongs to "
                        + host + ", not to conference " + conference.getIdentifier() + "'s service " + conferenceHost);
            }
        }
        return host;
    }

    private static String host(String url, String what) {
        URI uri = uri(url, what);
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException(what + " has no host: " + uri.getScheme() + ":...");
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static URI uri(String value, String what) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            // The value may hold a join token: the message names the field, not its text.
            throw new IllegalArgumentException(what + " is not a URI (at index " + e.getIndex() + ")");
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
    }
}
