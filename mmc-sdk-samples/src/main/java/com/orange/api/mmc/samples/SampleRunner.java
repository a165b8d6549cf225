package com.orange.api.mmc.samples;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioType;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.io.PrintStream;
import java.time.OffsetDateTime;

/**
 * What every sample of the manual does around its own lines: initialise {@code Mmc} and the organizer from
 * {@code mmc.properties} (or an embedded sandbox), run, and print "An exception occurred while processing
 * your request: ..." on failure.
 */
public final class SampleRunner {

    /** The body of one sample. */
    @FunctionalInterface
    public interface Sample {
        void run(Mmc mmc, Organizer organizer, String[] args);
    }

    private SampleRunner() {
    }

    /** Runs a sample, printing to standard output and notices to standard error. */
    public static void run(String[] args, Sample sample) {
        run(args, sample, System.out, System.err);
    }

    static void run(String[] args, Sample sample, PrintStream out, PrintStream notices) {
        try (SampleConnection connection = SampleConnection.open(null, notices)) {
            sample.run(connection.mmc(), connection.organizer(), args);
        } catch (RuntimeException exc) {
            out.println("An exception occurred while processing your request: " + exc.getMessage());
        }
    }

    /**
     * The scheduled conference a sample works on: {@code args[0]} (identifier) and {@code args[1]}
     * (password), as the manual's samples take them from an earlier {@code CreateConference}; without
     * arguments, one is created for the sample and announced on standard error.
     */
    public static ScheduledConference scheduledConference(Mmc mmc, Organizer organizer, String[] args) {
        if (args.length >= 2) {
            return new ScheduledConference(Long.parseLong(args[0]), args[1]);
        }
        OffsetDateTime start = OffsetDateTime.now().plusMinutes(30);
        ScheduledConferenceInfo info = new ScheduledConferenceInfo("your_conference_name", "your_conference_password",
                start, start.plusHours(2));
        ScheduledConference created = mmc.createConference(organizer, info);
        System.err.println("No conference given (arguments: <id> <password>): created conference "
                + created.getIdentifier() + " to work on");
        return new ScheduledConference(created.getIdentifier(), "your_conference_password");
    }

    /** Like {@link #scheduledConference}, for the audio samples. */
    public static ScheduledAudioConference scheduledAudioConference(Mmc mmc, Organizer organizer, String[] args) {
        if (args.length >= 2) {
            return new ScheduledAudioConference(Long.parseLong(args[0]), args[1]);
        }
        ScheduledAudioConferenceInfo info = audioInfo(new ScheduledAudioConferenceInfo(), "confname", "confpwd",
                "joey", "blackey", "joe", "black", 60);
        info.setStartDate(OffsetDateTime.now().plusMinutes(30));
        info.setEndDate(OffsetDateTime.now().plusMinutes(45));
        ScheduledAudioConference created = mmc.createAudioConference(organizer, info);
        System.err.println("No audio conference given (arguments: <id> <password>): created audio conference "
                + created.getIdentifier() + " to work on");
        return new ScheduledAudioConference(created.getIdentifier(), "confpwd");
    }

    /**
     * Fills an audio conference info as the manual's audio samples do: one attendee, a host, name, password,
     * duration, culture and the APAC audio type. The manual's phone numbers are placeholders
     * ({@code +IDDprefix_your_phone_number}); these are well-formed fictitious French numbers.
     */
    public static <T extends com.orange.api.mmc.model.AudioConferenceInfo> T audioInfo(T info, String name, String password,
            String attendeeFirstName, String attendeeLastName, String hostFirstName, String hostLastName, int minutes) {
        info.getAttendees().add(new Attendee("+33100000001", attendeeFirstName, attendeeLastName,
                attendeeFirstName + "." + attendeeLastName + "@never.land"));
        info.setHost(new Attendee("+33100000000", hostFirstName, hostLastName, hostFirstName + "." + hostLastName
                + "@never.land"));
        info.setName(name);
        info.setPassword(password);
        info.setRealDuration(minutes);
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_CULTURE, "en-US");
        info.getOptionalParameters().put(ConferenceOptionalParameter.AUDIO_TYPE, AudioType.APAC.toString());
        return info;
    }
}
