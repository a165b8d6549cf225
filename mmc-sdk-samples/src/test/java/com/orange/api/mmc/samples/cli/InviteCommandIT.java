package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.samples.SandboxPerClass;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mmc invite}: the invitation of a participant that {@code joinConference} registered, then its cancellation. */
class InviteCommandIT extends SandboxPerClass {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        return calendar;
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    @Test
    void anInvitationToAFileThenItsCancellationOnStandardOutput() throws Exception {
        OffsetDateTime start = LocalDate.now(PARIS).plusDays(2).atTime(LocalTime.of(10, 0)).atZone(PARIS)
                .toOffsetDateTime();
        ScheduledConference conference;
        Participant participant;
        try (Mmc mmc = sandbox.newClient()) {
            conference = mmc.createConference(sandbox.organizer(),
                    new ScheduledConferenceInfo("Invite IT", "inv1te-secret", start, start.plusHours(1)));
            participant = mmc.joinConference(sandbox.organizer(), new ParticipantInfo("John", "Doe",
                    "john.doe@mailbox.com", conference.getIdentifier(), "inv1te-secret"));
        }
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        Path ics = dir.resolve("invite.ics");

        Cli.Run request = cli.run("invite", "--id", Long.toString(conference.getIdentifier()), "--participant-id",
                Long.toString(participant.getIdentifier()), "--join-url", participant.getConferenceUrl(), "--zone",
                "Europe/Paris", "--email", "john.doe@mailbox.com", "--first-name", "John", "--last-name", "Doe",
                "--out", ics.toString());

        assertThat(request.exitCode()).as(request.err()).isZero();
        assertThat(request.out()).contains("Invitation written to " + ics, "SEQUENCE 0");
        String text = Files.readString(ics);
        assertThat(text).doesNotContain("inv1te-secret", sandbox.serviceAccountPassword(), sandbox.accessKeyPassword())
                .contains("DTSTART;TZID=Europe/Paris:" + start.toLocalDate().toString().replace("-", "") + "T100000");
        Calendar invitation = parse(text);
        assertThat(invitation.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = event(invitation);
        assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Invite IT");
        assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo(participant.getConferenceUrl());
        assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:john.doe@mailbox.com");

        Cli.Run cancel = cli.run("invite", "--id", Long.toString(conference.getIdentifier()), "--participant-id",
                Long.toString(participant.getIdentifier()), "--join-url", participant.getConferenceUrl(), "--zone",
                "Europe/Paris", "--email", "john.doe@mailbox.com", "--sequence", "1", "--cancel");

        assertThat(cancel.exitCode()).as(cancel.err()).isZero();
        Calendar cancellation = parse(cancel.out());
        assertThat(cancellation.getMethod().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancellation).getUid().orElseThrow().getValue())
                .isEqualTo(event.getUid().orElseThrow().getValue());
        assertThat(event(cancellation).getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("1");
    }

    @Test
    void anUnknownZoneIsABadUsage() throws Exception {
        Cli.Run run = new Cli(dir.resolve("zone")).withSandboxVariables(sandbox).run("invite", "--id", "1",
                "--participant-id", "2", "--join-url", "http://127.0.0.1/join", "--zone", "Mars/Olympus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--zone 'Mars/Olympus' is not a time zone");
    }
}
