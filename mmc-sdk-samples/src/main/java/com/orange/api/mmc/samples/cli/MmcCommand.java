package com.orange.api.mmc.samples.cli;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.ConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mmc}: every MMC operation from a shell, plus {@code tour}, the whole scenario end to end. Reads
 * {@code --config FILE}, else {@code ./mmc.properties}; with neither, runs against an embedded sandbox
 * and says so on standard error.
 */
@Command(name = "mmc", mixinStandardHelpOptions = true, versionProvider = MmcCommand.Version.class,
        description = "Book and run Orange Multimedia Conference (MMC) web and audio conferences.",
        footerHeading = "%nExit codes:%n", footer = {
            "  0  success", "  2  bad usage", "  3  the service refused the request (an MMC_ code)",
            "  4  technical failure (network, gateway, timeout)", "  5  configuration error",
            "%nWithout --config and without ./mmc.properties, an embedded sandbox is started."})
public final class MmcCommand {

    static final int FUNCTIONAL_ERROR = 3;
    static final int TECHNICAL_ERROR = 4;
    static final int CONFIGURATION_ERROR = 5;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Settings file (default: ./mmc.properties, else an embedded sandbox).")
    Path config;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Print the result as one line of JSON.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log at DEBUG, wire envelopes included (secrets masked).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line and returns its exit code. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new MmcCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> failure(exception, err));
        return commandLine.execute(args);
    }

    private static int failure(Exception exception, PrintWriter err) {
        if (exception instanceof ParameterException usage) {
            err.println(usage.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        if (exception instanceof FunctionalException functional) {
            // An MmcException's message starts with its code and name: MMC_28 BadPasswordConferenceConnection: ...
            err.println("Error: " + (functional.getMessage().startsWith(functional.getCode()) ? functional.getMessage()
                    : functional.getCode() + ": " + functional.getMessage()));
            return FUNCTIONAL_ERROR;
        }
        if (exception instanceof TechnicalException technical) {
            err.println("Technical error " + technical.getCode() + ": " + technical.getMessage());
            return TECHNICAL_ERROR;
        }
        if (exception instanceof ConfigurationException configuration) {
            err.println("Configuration error: " + configuration.getMessage());
            return CONFIGURATION_ERROR;
        }
        if (exception instanceof IllegalArgumentException illegal) {
            err.println(illegal.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        exception.printStackTrace(err);
        return CommandLine.ExitCode.SOFTWARE;
    }

    // ----- the operations -----

    @Command(name = "about", mixinStandardHelpOptions = true, description = "Print the MMC API release.")
    int about() {
        return run(c -> c.mmc().about(c.organizer()));
    }

    @Command(name = "create-conference", mixinStandardHelpOptions = true,
            description = "Create an instantaneous conference, or a scheduled one with --start and --end.")
    int createConference(
            @Option(names = "--name", required = true, description = "Conference name.") String name,
            @Option(names = "--password", required = true, description = "Conference password (4 characters or more).")
            String password,
            @Option(names = "--start", converter = Converters.When.class, description = "Start (ISO-8601 or now+30m).")
            OffsetDateTime start,
            @Option(names = "--end", converter = Converters.When.class, description = "End (ISO-8601 or now+2h).")
            OffsetDateTime end,
            @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter, for example "
                    + "audioConfEnabled=true or conferenceVisibility=Public.") Map<String, String> parameters) {
        ConferenceInfo info = slot(start, end) ? new ScheduledConferenceInfo(name, password, start, end)
                : new InstantaneousConferenceInfo(name, password);
        info.getOptionalParameters().putAll(optional(parameters));
        return run(c -> c.mmc().createConference(c.organizer(), info));
    }

    @Command(name = "modify-conference", mixinStandardHelpOptions = true,
            description = "Modify a scheduled conference that has not started.")
    int modifyConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @Option(names = "--password", required = true, description = "Current conference password.") String password,
            @Option(names = "--new-name", required = true, description = "New name.") String newName,
            @Option(names = "--new-password", required = true, description = "New password.") String newPassword,
            @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
            OffsetDateTime start,
            @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
            OffsetDateTime end,
            @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter.")
            Map<String, String> parameters) {
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(newName, newPassword, start, end);
        info.getOptionalParameters().putAll(optional(parameters));
        return run(c -> c.mmc().modifyConference(c.organizer(), new ScheduledConference(id, password), info));
    }

    @Command(name = "delete-conference", mixinStandardHelpOptions = true,
            description = "Delete a scheduled conference that has not started.")
    int deleteConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @Option(names = "--password", required = true, description = "Conference password.") String password) {
        return run(c -> {
            c.mmc().deleteConference(c.organizer(), new ScheduledConference(id, password));
            return "Conference deleted";
        });
    }

    @Command(name = "start-conference", mixinStandardHelpOptions = true,
            description = "Start a scheduled conference (at most an hour early) and print the URL that opens it.")
    int startConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @Option(names = "--password", required = true, description = "Conference password.") String password) {
        return run(c -> c.mmc().startConference(c.organizer(), new ScheduledConference(id, password)));
    }

    @Command(name = "join-conference", mixinStandardHelpOptions = true,
            description = "Invite a participant; print the URL they open to join.")
    int joinConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @Option(names = "--password", required = true, description = "Conference password.") String password,
            @Option(names = "--first-name", required = true, description = "Participant's first name.") String firstName,
            @Option(names = "--last-name", required = true, description = "Participant's last name.") String lastName,
            @Option(names = "--email", required = true, description = "Participant's mail.") String email,
            @Option(names = "--culture", description = "Invitation language: en-US or fr-FR.") String culture) {
        ParticipantInfo info = new ParticipantInfo(firstName, lastName, email, id, password);
        if (culture != null) {
            CultureName language = CultureName.fromWireValue(culture);
            if (language == CultureName.UNKNOWN_TO_SDK_VERSION) {
                throw new ParameterException(spec.commandLine(), "--culture must be en-US or fr-FR, not " + culture);
            }
            info.setCultureName(language);
        }
        return run(c -> c.mmc().joinConference(c.organizer(), info));
    }

    @Command(name = "conference-details", mixinStandardHelpOptions = true, description = "Print one conference.")
    int conferenceDetails(@Option(names = "--id", required = true, description = "Conference identifier.") long id) {
        return run(c -> c.mmc().getConferenceDetails(c.organizer(), id));
    }

    @Command(name = "conferences-list", mixinStandardHelpOptions = true,
            description = "List the conferences of a period (within the last 6 months and the next year).")
    int conferencesList(
            @Option(names = "--start", defaultValue = "now-6h", converter = Converters.When.class,
                    description = "Period start (default: ${DEFAULT-VALUE}).") OffsetDateTime start,
            @Option(names = "--end", defaultValue = "now+6h", converter = Converters.When.class,
                    description = "Period end (default: ${DEFAULT-VALUE}).") OffsetDateTime end,
            @Option(names = "--host-id", description = "Only this host's conferences.") Long hostId) {
        return run(c -> c.mmc().getConferencesList(c.organizer(), start, end, hostId));
    }

    @Command(name = "licences-usage", mixinStandardHelpOptions = true,
            description = "Print the licence usage of a past period (within the last year, until yesterday).")
    int licencesUsage(
            @Option(names = "--start", defaultValue = "now-10d", converter = Converters.When.class,
                    description = "Period start (default: ${DEFAULT-VALUE}).") OffsetDateTime start,
            @Option(names = "--end", defaultValue = "now-2d", converter = Converters.When.class,
                    description = "Period end (default: ${DEFAULT-VALUE}).") OffsetDateTime end) {
        return run(c -> c.mmc().getLicencesUsage(c.organizer(), start, end));
    }

    /** The options every audio conference command shares. */
    static final class AudioOptions {
        @Option(names = "--name", required = true, description = "Audio conference name.")
        String name;
        @Option(names = "--password", required = true, description = "Audio conference password (4 characters or more).")
        String password;
        @Option(names = "--host", required = true, converter = Converters.AttendeeSpec.class,
                paramLabel = "FIRST,LAST,EMAIL,+PHONE", description = "The host.")
        Attendee host;
        @Option(names = "--attendee", converter = Converters.AttendeeSpec.class, paramLabel = "FIRST,LAST,EMAIL,+PHONE",
                description = "A guest (repeat for each).")
        List<Attendee> attendees = List.of();
        @Option(names = "--duration", required = true, description = "Real duration in minutes (at most 1440).")
        int duration;
        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter, for example "
                + "audioType=Apac or audioCulture=en-US.")
        Map<String, String> parameters;

        <T extends AudioConferenceInfo> T fill(T info, Function<Map<String, String>, Map<ConferenceOptionalParameter, String>> keys) {
            info.setName(name);
            info.setPassword(password);
            info.setHost(host);
            info.getAttendees().addAll(attendees);
            info.setRealDuration(duration);
            info.getOptionalParameters().putAll(keys.apply(parameters));
            return info;
        }
    }

    @Command(name = "create-audio-conference", mixinStandardHelpOptions = true,
            description = "Create an instantaneous audio conference, or a scheduled one with --start and --end.")
    int createAudioConference(
            @CommandLine.Mixin AudioOptions audio,
            @Option(names = "--start", converter = Converters.When.class, description = "Start.") OffsetDateTime start,
            @Option(names = "--end", converter = Converters.When.class, description = "End.") OffsetDateTime end) {
        if (slot(start, end)) {
            ScheduledAudioConferenceInfo info = audio.fill(new ScheduledAudioConferenceInfo(), this::optional);
            info.setStartDate(start);
            info.setEndDate(end);
            return run(c -> c.mmc().createAudioConference(c.organizer(), info));
        }
        InstantaneousAudioConferenceInfo info = audio.fill(new InstantaneousAudioConferenceInfo(), this::optional);
        return run(c -> c.mmc().createAudioConference(c.organizer(), info));
    }

    @Command(name = "modify-audio-conference", mixinStandardHelpOptions = true,
            description = "Modify a scheduled audio conference that has not started.")
    int modifyAudioConference(
            @Option(names = "--id", required = true, description = "Audio conference identifier.") long id,
            @Option(names = "--current-password", required = true, description = "Current password.") String current,
            @CommandLine.Mixin AudioOptions audio,
            @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
            OffsetDateTime start,
            @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
            OffsetDateTime end) {
        ScheduledAudioConferenceInfo info = audio.fill(new ScheduledAudioConferenceInfo(), this::optional);
        info.setStartDate(start);
        info.setEndDate(end);
        return run(c -> c.mmc().modifyAudioConference(c.organizer(), new ScheduledAudioConference(id, current), info));
    }

    @Command(name = "start-audio-conference", mixinStandardHelpOptions = true,
            description = "Start a scheduled audio conference (at most an hour early).")
    int startAudioConference(
            @Option(names = "--id", required = true, description = "Audio conference identifier.") long id,
            @Option(names = "--password", required = true, description = "Audio conference password.") String password) {
        return run(c -> c.mmc().startAudioConference(c.organizer(), new ScheduledAudioConference(id, password)));
    }

    @Command(name = "tour", mixinStandardHelpOptions = true,
            description = "Run the whole scenario of the manual end to end, printing each step.")
    int tour() {
        return run(c -> {
            new Tour(c.mmc(), c.organizer(), spec.commandLine().getOut()).run();
            return null;
        });
    }

    // ----- plumbing -----

    /** Connects, runs the operation, prints its result in text or JSON. */
    private int run(Function<SampleConnection, Object> operation) {
        if (verbose) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("com.orange.api"))
                    .setLevel(ch.qos.logback.classic.Level.DEBUG);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintStream notices = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true);
        try (SampleConnection connection = SampleConnection.open(config, notices)) {
            Object result = operation.apply(connection);
            if (result instanceof List<?> list && !json) {
                list.forEach(out::println);
                if (list.isEmpty()) {
                    out.println("No conference found");
                }
            } else if (result != null) {
                out.println(json ? JsonOutput.of(result) : result);
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    private boolean slot(OffsetDateTime start, OffsetDateTime end) {
        if ((start == null) != (end == null)) {
            throw new ParameterException(spec.commandLine(), "--start and --end go together");
        }
        return start != null;
    }

    private Map<ConferenceOptionalParameter, String> optional(Map<String, String> parameters) {
        Map<ConferenceOptionalParameter, String> keys = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((key, value) -> {
                ConferenceOptionalParameter parameter = ConferenceOptionalParameter.fromWireValue(key);
                if (parameter == ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION) {
                    throw new ParameterException(spec.commandLine(), "Unknown --param key '" + key + "'; known keys: "
                            + java.util.Arrays.stream(ConferenceOptionalParameter.values()).map(ConferenceOptionalParameter::wireValue)
                                    .filter(java.util.Objects::nonNull).toList());
                }
                keys.put(parameter, value);
            });
        }
        return keys;
    }

    /** The SDK's version, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = MmcCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mmc " + (version == null ? "(development build)" : version) + ", Java "
                    + System.getProperty("java.version")};
        }
    }

    /** Lets the sandbox notice go to picocli's error writer. */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter writer;

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writer.write(new String(bytes, offset, length, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
