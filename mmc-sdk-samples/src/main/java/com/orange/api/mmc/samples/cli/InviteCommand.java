package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.calendar.CalendarInvitations;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mmc invite}: the calendar invitation (iCalendar, iTIP {@code REQUEST}, or {@code CANCEL} with
 * {@code --cancel}) of one participant to a scheduled conference, written to standard output or to
 * {@code --out file.ics}.
 *
 * <p>The conference is read with {@code getConferenceDetails}. The participant cannot be: the service has no
 * operation that returns a participant by identifier, only {@code joinConference}, which registers a new one.
 * So the command takes what {@code mmc join-conference} printed for them: {@code --participant-id} and
 * {@code --join-url}; with {@code --email} (and {@code --first-name}, {@code --last-name}) the attendee is
 * addressed by mail. No password is asked for, and none is written.
 */
@Command(name = "invite", mixinStandardHelpOptions = true,
        description = "Write the calendar invitation (iCalendar REQUEST, or CANCEL) of a participant to a scheduled"
                + " conference. The participant is the one `mmc join-conference` printed: give its Identifier and"
                + " ConferenceUrl.")
final class InviteCommand implements Callable<Integer> {

    @ParentCommand
    MmcCommand root;

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;

    @Option(names = "--participant-id", required = true, description = "The participant's Identifier.")
    long participantId;

    @Option(names = "--join-url", required = true, paramLabel = "URL",
            description = "The participant's ConferenceUrl, as join-conference printed it.")
    String joinUrl;

    @Option(names = "--zone", required = true, paramLabel = "ZONE",
            description = "Time zone of the invitation, for example Europe/Paris.")
    String zone;

    @Option(names = "--sequence", defaultValue = "0", paramLabel = "K",
            description = "Revision: 0 first, higher for each update and for the cancellation (default: ${DEFAULT-VALUE}).")
    int sequence;

    @Option(names = "--cancel", description = "Write the cancellation (METHOD:CANCEL) instead of the invitation.")
    boolean cancel;

    @Option(names = "--email", description = "The participant's mail, to address the attendee by mail.")
    String email;

    @Option(names = "--first-name", description = "The participant's first name (with --email).")
    String firstName;

    @Option(names = "--last-name", description = "The participant's last name (with --email).")
    String lastName;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the invitation to this file (.ics).")
    Path out;

    @Override
    public Integer call() throws IOException {
        ZoneId timeZone = zone();
        if ((firstName != null || lastName != null) && email == null) {
            throw new ParameterException(root.spec.commandLine(), "--first-name and --last-name go with --email");
        }
        Participant participant = new Participant(participantId, null, joinUrl);
        String text;
        String uid;
        try (SampleConnection connection = root.connect()) {
            Conference conference = connection.mmc().getConferenceDetails(connection.organizer(), id);
            if (email != null) {
                ParticipantInfo invitee = new ParticipantInfo(firstName, lastName, email, id, null);
                text = cancel ? CalendarInvitations.cancel(conference, invitee, participant, timeZone, sequence)
                        : CalendarInvitations.request(conference, invitee, participant, timeZone, sequence);
            } else {
                text = cancel ? CalendarInvitations.cancel(conference, participant, timeZone, sequence)
                        : CalendarInvitations.request(conference, participant, timeZone, sequence);
            }
            uid = CalendarInvitations.uid(conference, participant);
        }
        PrintWriter stdout = root.spec.commandLine().getOut();
        if (out == null && root.format() == OutputFormat.TEXT) {
            stdout.print(text);
            stdout.flush();
            return CommandLine.ExitCode.OK;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("method", cancel ? "CANCEL" : "REQUEST");
        summary.put("uid", uid);
        summary.put("sequence", sequence);
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            summary.put("file", out.toString());
        } else {
            summary.put("ics", text);
        }
        root.print(root.format() == OutputFormat.TEXT
                ? (cancel ? "Cancellation" : "Invitation") + " written to " + out + " (UID " + uid + ", SEQUENCE "
                        + sequence + ")"
                : summary, stdout);
        return CommandLine.ExitCode.OK;
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(root.spec.commandLine(), "--zone '" + zone
                    + "' is not a time zone: use a region such as Europe/Paris");
        }
    }
}
