package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import picocli.CommandLine.TypeConversionException;

/**
 * One row of a bookings file, checked locally: what {@code mmc book} creates for it. Columns
 * ({@link BookingColumn}): {@code name}, {@code password}, {@code start}, {@code end} (required);
 * {@code type} ({@code web}, the default, or
 * {@code audio}); {@code participants} (web: {@code first last <mail>} entries separated by {@code ;}, each
 * invited once the conference exists); {@code host} and {@code attendees} (audio:
 * {@code first,last,email,+phone}, attendees separated by {@code ;}), {@code duration} (audio, minutes;
 * default: the slot); and any {@code param.KEY} column for an optional parameter.
 */
record Booking(int row, String name, String password, OffsetDateTime start, OffsetDateTime end, boolean audio,
        List<String[]> participants, Attendee host, List<Attendee> attendees, int duration,
        Map<ConferenceOptionalParameter, String> parameters) {

    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PARTICIPANT = Pattern.compile("\\s*(\\S+)\\s+(.+?)\\s*<([^>]+)>\\s*");

    /** @return the problems of a header: unknown columns, missing required ones */
    static List<String> checkHeader(List<String> header) {
        List<String> problems = new ArrayList<>();
        for (String column : header) {
            boolean parameter = column.startsWith(BookingColumn.PARAMETER_PREFIX);
            if (!parameter && BookingColumn.of(column).isEmpty()) {
                problems.add("header: unknown column '" + column + "' (known: " + new TreeSet<>(
                        Arrays.stream(BookingColumn.values()).map(BookingColumn::header).toList()) + " and param.KEY)");
            } else if (parameter && OptionalParameters.parse(column.substring(BookingColumn.PARAMETER_PREFIX.length()))
                    .isEmpty()) {
                problems.add("header: " + OptionalParameters.unknown("column", column));
            }
        }
        for (String required : BookingColumn.headers(true)) {
            if (!header.contains(required)) {
                problems.add("header: missing column '" + required + "'");
            }
        }
        return problems;
    }

    /**
     * Reads and checks a row, adding every problem found to {@code problems} (prefixed with the row number).
     *
     * @return the booking, or {@code null} when the row has a problem
     */
    static Booking of(int row, Csv.Row csv, List<String> problems) {
        int before = problems.size();
        String prefix = "row " + row + " (line " + csv.line() + "): ";
        String name = csv.get(BookingColumn.NAME.header());
        if (name.isEmpty()) {
            problems.add(prefix + "name is empty");
        }
        String password = csv.get(BookingColumn.PASSWORD.header());
        if (password.length() < 4) {
            problems.add(prefix + "password must have 4 characters or more");
        }
        OffsetDateTime start = date(csv, BookingColumn.START, prefix, problems);
        OffsetDateTime end = date(csv, BookingColumn.END, prefix, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(prefix + "end " + end + " is not after start " + start);
        }
        String type = csv.get(BookingColumn.TYPE.header()).isEmpty() ? "web" : csv.get(BookingColumn.TYPE.header());
        boolean audio = type.equals("audio");
        if (!audio && !type.equals("web")) {
            problems.add(prefix + "type must be web or audio, not '" + type + "'");
        }
        List<String[]> participants = new ArrayList<>();
        for (String entry : split(csv.get(BookingColumn.PARTICIPANTS.header()))) {
            var matcher = PARTICIPANT.matcher(entry);
            if (!matcher.matches() || !MAIL.matcher(matcher.group(3)).matches()) {
                problems.add(prefix + "participant '" + entry + "' is not 'First Last <mail@domain>'");
            } else {
                participants.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3)});
            }
        }
        Attendee host = null;
        List<Attendee> attendees = new ArrayList<>();
        int duration = 0;
        if (audio) {
            host = attendee(csv.get(BookingColumn.HOST.header()), prefix + "host", problems);
            for (String entry : split(csv.get(BookingColumn.ATTENDEES.header()))) {
                attendees.add(attendee(entry, prefix + "attendee", problems));
            }
            duration = duration(csv, start, end, prefix, problems);
            if (!participants.isEmpty()) {
                problems.add(prefix + "participants are for web conferences; an audio conference has attendees");
            }
        }
        Map<ConferenceOptionalParameter, String> parameters = new LinkedHashMap<>();
        csv.fields().forEach((column, value) -> {
            if (column.startsWith(BookingColumn.PARAMETER_PREFIX) && !value.isBlank()) {
                OptionalParameters.parse(column.substring(BookingColumn.PARAMETER_PREFIX.length()))
                        .ifPresent(parameter -> parameters.put(parameter, value.trim()));
            }
        });
        return problems.size() > before ? null : new Booking(row, name, password, start, end, audio, participants, host,
                attendees, duration, parameters);
    }

    private static OffsetDateTime date(Csv.Row csv, BookingColumn column, String prefix, List<String> problems) {
        String value = csv.get(column.header());
        if (value.isEmpty()) {
            problems.add(prefix + column.header() + " is empty");
            return null;
        }
        try {
            return new Converters.When().convert(value);
        } catch (TypeConversionException e) {
            problems.add(prefix + column.header() + ": " + e.getMessage());
            return null;
        }
    }

    private static int duration(Csv.Row csv, OffsetDateTime start, OffsetDateTime end, String prefix,
            List<String> problems) {
        String value = csv.get(BookingColumn.DURATION.header());
        try {
            int minutes = value.isEmpty() && start != null && end != null
                    ? (int) java.time.Duration.between(start, end).toMinutes() : Integer.parseInt(value);
            if (minutes < 1 || minutes > 1440) {
                problems.add(prefix + "duration must be 1 to 1440 minutes, not " + minutes);
            }
            return minutes;
        } catch (NumberFormatException e) {
            problems.add(prefix + "duration '" + value + "' is not a number of minutes");
            return 0;
        }
    }

    private static Attendee attendee(String value, String what, List<String> problems) {
        try {
            Attendee attendee = new Converters.AttendeeSpec().convert(value);
            if (!MAIL.matcher(attendee.getEmail()).matches()) {
                problems.add(what + " '" + value + "' has no valid mail");
            }
            return attendee;
        } catch (TypeConversionException e) {
            problems.add(what + ": " + e.getMessage());
            return null;
        }
    }

    private static List<String> split(String list) {
        return list.isBlank() ? List.of() : java.util.Arrays.stream(list.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    ScheduledConferenceInfo webInfo() {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(name, password, start, end);
        info.getOptionalParameters().putAll(parameters);
        return info;
    }

    ScheduledAudioConferenceInfo audioInfo() {
        ScheduledAudioConferenceInfo info = new ScheduledAudioConferenceInfo();
        info.setName(name);
        info.setPassword(password);
        info.setStartDate(start);
        info.setEndDate(end);
        info.setHost(host);
        info.getAttendees().addAll(attendees);
        info.setRealDuration(duration);
        info.getOptionalParameters().putAll(parameters);
        return info;
    }

    /** Without the password, which no string of the SDK shows. */
    @Override
    public String toString() {
        return "Booking[row=" + row + ", name=" + name + ", password=****, start=" + start + ", end=" + end
                + ", audio=" + audio + "]";
    }

    List<ParticipantInfo> participantInfos(long conferenceId) {
        return participants.stream().map(p -> new ParticipantInfo(p[0], p[1], p[2], conferenceId, password)).toList();
    }
}
