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
import com.orange.api.mmc.samples.ConfigDiscovery;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mmc}: every MMC operation from a shell, plus {@code tour} (the whole scenario end to end),
 * {@code book} (bulk booking from a CSV file) and {@code config show}. Finds its settings as
 * {@link ConfigDiscovery} says; with nothing configured at all (or {@code --sandbox}), runs against an
 * embedded sandbox and says so in one line on standard error.
 *
 * <p>Its length is the manual's operation list once more: one annotated subcommand method per operation,
 * whose options picocli reads from the method's parameters, and the password options they share; output
 * ({@link Rendering}, {@link OutputFormat}), errors ({@link ErrorReport}), {@code tour}, {@code book} and
 * {@code config} live in their own classes.
 */
@Command(name = "mmc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {ConfigCommand.class, BookCommand.class, InviteCommand.class},
        description = "Book and run Orange Multimedia Conference (MMC) web and audio conferences.",
        footerHeading = "%nExit codes:%n", footer = {
            "  0  success", "  2  bad usage", "  3  the service refused the request (an MMC_ code)",
            "  4  technical failure (network, gateway, timeout)", "  5  configuration error",
            "%nSettings: --config FILE, else $MMC_CONFIG, else ./mmc.properties, else",
            "$XDG_CONFIG_HOME/mmc/mmc.properties (~/.config/mmc/mmc.properties); --profile NAME looks for",
            "mmc-NAME.properties instead. MMC_<KEY> variables and -Dmmc.<key> properties override the file.",
            "With nothing configured at all (or with --sandbox), an embedded sandbox is started."})
public final class MmcCommand {

    static final int FUNCTIONAL_ERROR = 3;
    static final int TECHNICAL_ERROR = 4;
    static final int CONFIGURATION_ERROR = 5;

    /** The environment variable that gives a conference's (current) password. */
    static final String PASSWORD_VARIABLE = "MMC_CONFERENCE_PASSWORD";
    /** The environment variable that gives a conference's new password. */
    static final String NEW_PASSWORD_VARIABLE = "MMC_NEW_CONFERENCE_PASSWORD";

    /** Old subcommand names, still accepted but not listed: old name to new name. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "conference-details", "get-conference",
            "conferences-list", "list-conferences",
            "licences-usage", "get-licences-usage");

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Settings file (default: $MMC_CONFIG, ./mmc.properties, ~/.config/mmc/mmc.properties).")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Use mmc-NAME.properties (in ./, then ~/.config/mmc/) instead of mmc.properties.")
    String profile;

    @Option(names = "--sandbox", scope = ScopeType.INHERIT,
            description = "Run against an embedded sandbox, whatever is configured.")
    boolean sandbox;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", scope = ScopeType.INHERIT,
            description = "text (default), json (one JSON value per line; errors as JSON on stderr) or csv.")
    OutputFormat output;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "Same as --output json.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log each call at INFO; twice (-vv) at DEBUG, wire envelopes included (secrets masked).")
    boolean[] verbose = new boolean[0];

    @Option(names = "--log-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Also write the log to this file.")
    Path logFile;

    @Spec
    CommandSpec spec;

    private final ConfigDiscovery.Environment environment;
    private final InputStream stdin;
    private BufferedReader stdinLines;

    /** A command that runs in this process's environment. */
    public MmcCommand() {
        this(ConfigDiscovery.Environment.system(), System.in);
    }

    MmcCommand(ConfigDiscovery.Environment environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line in this process's environment and returns its exit code. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(ConfigDiscovery.Environment.system(), System.in, out, err, args);
    }

    /** Runs the command line in the given environment, reading secrets from {@code stdin}; returns its exit code. */
    static int execute(ConfigDiscovery.Environment environment, InputStream stdin, PrintWriter out, PrintWriter err,
            String... args) {
        MmcCommand root = new MmcCommand(environment, stdin);
        CommandLine commandLine = commandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> root.failure(exception, err));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            if (root.format() == OutputFormat.JSON || asksForJson(arguments)) {
                err.println(Rendering.json(ErrorReport.of(exception, CommandLine.ExitCode.USAGE)));
            } else {
                err.println(exception.getMessage());
                exception.getCommandLine().usage(err);
            }
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine.execute(args);
    }

    /**
     * Whether the arguments ask for JSON, read from the raw words: a usage error may stop parsing before
     * {@code --output} is reached, and its report must still be JSON.
     */
    static boolean asksForJson(String[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            String word = arguments[i].toLowerCase(java.util.Locale.ROOT);
            boolean optionThenValue = (word.equals("--output") || word.equals("-o")) && i + 1 < arguments.length
                    && arguments[i + 1].equalsIgnoreCase("json");
            if (word.equals("--json") || word.equals("--output=json") || word.equals("-o=json") || word.equals("-ojson")
                    || optionThenValue) {
                return true;
            }
        }
        return false;
    }

    /** The command tree, with the old subcommand names as hidden duplicates of the new ones. */
    static CommandLine commandLine(MmcCommand root) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == MmcCommand.class ? type.cast(root) : CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = new CommandLine(root, factory).setCaseInsensitiveEnumValuesAllowed(true);
        OLD_NAMES.forEach((old, current) -> {
            Object method = commandLine.getSubcommands().get(current).getCommandSpec().userObject();
            CommandLine copy = new CommandLine(method, factory);
            copy.getCommandSpec().usageMessage().hidden(true);
            commandLine.addSubcommand(old, copy);
        });
        return commandLine;
    }

    /** The output format chosen: {@code --output}, {@code --json}, else text. */
    OutputFormat format() {
        return output != null ? output : json ? OutputFormat.JSON : OutputFormat.TEXT;
    }

    private int failure(Exception exception, PrintWriter err) {
        int code = exitCode(exception);
        if (code == CommandLine.ExitCode.SOFTWARE && format() != OutputFormat.JSON) {
            exception.printStackTrace(err);
        } else if (format() == OutputFormat.JSON) {
            err.println(Rendering.json(ErrorReport.of(exception, code)));
        } else {
            err.println(textOf(exception));
        }
        err.flush();
        return code;
    }

    static int exitCode(Exception exception) {
        if (exception instanceof FunctionalException) {
            return FUNCTIONAL_ERROR;
        }
        if (exception instanceof TechnicalException) {
            return TECHNICAL_ERROR;
        }
        if (exception instanceof ConfigurationException) {
            return CONFIGURATION_ERROR;
        }
        if (exception instanceof ParameterException || exception instanceof IllegalArgumentException) {
            return CommandLine.ExitCode.USAGE;
        }
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String textOf(Exception exception) {
        if (exception instanceof FunctionalException functional) {
            // An MmcException's message starts with its code and name: MMC_28 BadPasswordConferenceConnection: ...
            return "Error: " + (functional.getMessage().startsWith(functional.getCode()) ? functional.getMessage()
                    : functional.getCode() + ": " + functional.getMessage());
        }
        if (exception instanceof TechnicalException technical) {
            return "Technical error " + technical.getCode() + ": " + technical.getMessage();
        }
        if (exception instanceof ConfigurationException configuration) {
            return "Configuration error: " + configuration.getMessage();
        }
        return exception.getMessage();
    }

    // ----- secrets -----

    /** A conference's (current) password: {@code --password [VALUE]} (prompts without a value), stdin or a variable. */
    static final class Password {
        @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "Conference password; prompted for (no echo) when given without a value."
                        + " Also --password-stdin or $" + PASSWORD_VARIABLE + ".")
        String value;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean fromStdin;
    }

    /** A conference's new password, as {@link Password}. */
    static final class NewPassword {
        @Option(names = "--new-password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
                description = "New password; prompted for (no echo) when given without a value."
                        + " Also --new-password-stdin or $" + NEW_PASSWORD_VARIABLE + ".")
        String value;
        @Option(names = "--new-password-stdin",
                description = "Read the new password from the next line of standard input (after --password-stdin's).")
        boolean fromStdin;
    }

    String password(Password option) {
        return secret(option.value, option.fromStdin, PASSWORD_VARIABLE, "--password");
    }

    String newPassword(NewPassword option) {
        return secret(option.value, option.fromStdin, NEW_PASSWORD_VARIABLE, "--new-password");
    }

    private String secret(String given, boolean fromStdin, String variable, String option) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        if (fromStdin) {
            String line = stdinLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), option + "-stdin: standard input has no line to read");
            }
            return line;
        }
        String value = environment.variables().get(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        throw new ParameterException(spec.commandLine(), "Missing " + option + ": give " + option
                + " (prompted for when given without a value), " + option + "-stdin or $" + variable);
    }

    private synchronized String stdinLine() {
        try {
            if (stdinLines == null) {
                stdinLines = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            }
            return stdinLines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            @CommandLine.Mixin Password password,
            @Option(names = "--start", converter = Converters.When.class, description = "Start (ISO-8601 or now+30m).")
            OffsetDateTime start,
            @Option(names = "--end", converter = Converters.When.class, description = "End (ISO-8601 or now+2h).")
            OffsetDateTime end,
            @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter, for example "
                    + "audioConfEnabled=true or conferenceVisibility=Public.") Map<String, String> parameters) {
        String secret = password(password);
        ConferenceInfo info = slot(start, end) ? new ScheduledConferenceInfo(name, secret, start, end)
                : new InstantaneousConferenceInfo(name, secret);
        info.getOptionalParameters().putAll(optional(parameters));
        return run(c -> c.mmc().createConference(c.organizer(), info));
    }

    @Command(name = "modify-conference", mixinStandardHelpOptions = true,
            description = "Modify a scheduled conference that has not started.")
    int modifyConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @CommandLine.Mixin Password password,
            @Option(names = "--new-name", required = true, description = "New name.") String newName,
            @CommandLine.Mixin NewPassword newPassword,
            @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
            OffsetDateTime start,
            @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
            OffsetDateTime end,
            @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter.")
            Map<String, String> parameters) {
        String current = password(password);
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(newName, newPassword(newPassword), start, end);
        info.getOptionalParameters().putAll(optional(parameters));
        return run(c -> c.mmc().modifyConference(c.organizer(), new ScheduledConference(id, current), info));
    }

    @Command(name = "delete-conference", mixinStandardHelpOptions = true,
            description = "Delete a scheduled conference that has not started.")
    int deleteConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @CommandLine.Mixin Password password) {
        String secret = password(password);
        return run(c -> {
            c.mmc().deleteConference(c.organizer(), new ScheduledConference(id, secret));
            return "Conference deleted";
        });
    }

    @Command(name = "start-conference", mixinStandardHelpOptions = true,
            description = "Start a scheduled conference (at most an hour early) and print the URL that opens it.")
    int startConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @CommandLine.Mixin Password password) {
        String secret = password(password);
        return run(c -> c.mmc().startConference(c.organizer(), new ScheduledConference(id, secret)));
    }

    @Command(name = "join-conference", mixinStandardHelpOptions = true,
            description = "Invite a participant; print the URL they open to join.")
    int joinConference(
            @Option(names = "--id", required = true, description = "Conference identifier.") long id,
            @CommandLine.Mixin Password password,
            @Option(names = "--first-name", required = true, description = "Participant's first name.") String firstName,
            @Option(names = "--last-name", required = true, description = "Participant's last name.") String lastName,
            @Option(names = "--email", required = true, description = "Participant's mail.") String email,
            @Option(names = "--culture", description = "Invitation language: en-US or fr-FR.") String culture) {
        ParticipantInfo info = new ParticipantInfo(firstName, lastName, email, id, password(password));
        if (culture != null) {
            CultureName language = CultureName.fromWireValue(culture);
            if (language == CultureName.UNKNOWN_TO_SDK_VERSION) {
                throw new ParameterException(spec.commandLine(), "--culture must be en-US or fr-FR, not " + culture);
            }
            info.setCultureName(language);
        }
        return run(c -> c.mmc().joinConference(c.organizer(), info));
    }

    @Command(name = "get-conference", mixinStandardHelpOptions = true, description = "Print one conference.")
    int getConference(@Option(names = "--id", required = true, description = "Conference identifier.") long id) {
        return run(c -> c.mmc().getConferenceDetails(c.organizer(), id));
    }

    @Command(name = "list-conferences", mixinStandardHelpOptions = true,
            description = "List the conferences of a period (within the last 6 months and the next year).")
    int listConferences(
            @Option(names = "--start", defaultValue = "now-6h", converter = Converters.When.class,
                    description = "Period start (default: ${DEFAULT-VALUE}).") OffsetDateTime start,
            @Option(names = "--end", defaultValue = "now+6h", converter = Converters.When.class,
                    description = "Period end (default: ${DEFAULT-VALUE}).") OffsetDateTime end,
            @Option(names = "--host-id", description = "Only this host's conferences.") Long hostId) {
        return run(c -> c.mmc().getConferencesList(c.organizer(), start, end, hostId));
    }

    @Command(name = "get-licences-usage", mixinStandardHelpOptions = true,
            description = "Print the licence usage of a past period (within the last year, until yesterday).")
    int getLicencesUsage(
            @Option(names = "--start", defaultValue = "now-10d", converter = Converters.When.class,
                    description = "Period start (default: ${DEFAULT-VALUE}).") OffsetDateTime start,
            @Option(names = "--end", defaultValue = "now-2d", converter = Converters.When.class,
                    description = "Period end (default: ${DEFAULT-VALUE}).") OffsetDateTime end) {
        return run(c -> c.mmc().getLicencesUsage(c.organizer(), start, end));
    }

    /** What an audio conference is made of, besides its name and password. */
    static final class AudioOptions {
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

        <T extends AudioConferenceInfo> T fill(T info, String name, String password,
                Function<Map<String, String>, Map<ConferenceOptionalParameter, String>> keys) {
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
            @Option(names = "--name", required = true, description = "Audio conference name.") String name,
            @CommandLine.Mixin Password password,
            @CommandLine.Mixin AudioOptions audio,
            @Option(names = "--start", converter = Converters.When.class, description = "Start.") OffsetDateTime start,
            @Option(names = "--end", converter = Converters.When.class, description = "End.") OffsetDateTime end) {
        String secret = password(password);
        if (slot(start, end)) {
            ScheduledAudioConferenceInfo info = audio.fill(new ScheduledAudioConferenceInfo(), name, secret, this::optional);
            info.setStartDate(start);
            info.setEndDate(end);
            return run(c -> c.mmc().createAudioConference(c.organizer(), info));
        }
        InstantaneousAudioConferenceInfo info = audio.fill(new InstantaneousAudioConferenceInfo(), name, secret,
                this::optional);
        return run(c -> c.mmc().createAudioConference(c.organizer(), info));
    }

    @Command(name = "modify-audio-conference", mixinStandardHelpOptions = true,
            description = "Modify a scheduled audio conference that has not started.")
    int modifyAudioConference(
            @Option(names = "--id", required = true, description = "Audio conference identifier.") long id,
            @CommandLine.Mixin Password password,
            @Option(names = "--new-name", required = true, description = "New name.") String newName,
            @CommandLine.Mixin NewPassword newPassword,
            @CommandLine.Mixin AudioOptions audio,
            @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
            OffsetDateTime start,
            @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
            OffsetDateTime end) {
        String current = password(password);
        ScheduledAudioConferenceInfo info = audio.fill(new ScheduledAudioConferenceInfo(), newName,
                newPassword(newPassword), this::optional);
        info.setStartDate(start);
        info.setEndDate(end);
        return run(c -> c.mmc().modifyAudioConference(c.organizer(), new ScheduledAudioConference(id, current), info));
    }

    @Command(name = "start-audio-conference", mixinStandardHelpOptions = true,
            description = "Start a scheduled audio conference (at most an hour early).")
    int startAudioConference(
            @Option(names = "--id", required = true, description = "Audio conference identifier.") long id,
            @CommandLine.Mixin Password password) {
        String secret = password(password);
        return run(c -> c.mmc().startAudioConference(c.organizer(), new ScheduledAudioConference(id, secret)));
    }

    @Command(name = "tour", mixinStandardHelpOptions = true,
            description = "Run the whole scenario of the manual end to end, printing each step"
                    + " (with --output json: one JSON object per step).")
    int tour() {
        return run(c -> {
            new Tour(c.mmc(), c.organizer(), StepSink.of(format(), spec.commandLine().getOut())).run();
            return null;
        });
    }

    // ----- plumbing -----

    /** The settings as found for this run. */
    ConfigDiscovery.Found discover() {
        return ConfigDiscovery.discover(config, profile, environment);
    }

    /** Connects as configured (or to an embedded sandbox), with logging as asked. */
    SampleConnection connect() {
        Logging.configure(verbose.length, logFile);
        PrintStream notices = new PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true,
                StandardCharsets.UTF_8);
        return SampleConnection.open(discover(), sandbox, notices);
    }

    /** Connects, runs the operation, prints its result in the chosen format. */
    private int run(Function<SampleConnection, Object> operation) {
        PrintWriter out = spec.commandLine().getOut();
        try (SampleConnection connection = connect()) {
            print(operation.apply(connection), out);
            return CommandLine.ExitCode.OK;
        }
    }

    void print(Object result, PrintWriter out) {
        OutputFormat format = format();
        if (result instanceof List<?> list && format == OutputFormat.TEXT) {
            list.forEach(out::println);
            if (list.isEmpty()) {
                out.println("No conference found");
            }
        } else if (result != null) {
            out.println(switch (format) {
                case TEXT -> result;
                case JSON -> Rendering.json(result);
                case CSV -> Rendering.csv(result);
            });
        }
        out.flush();
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
            parameters.forEach((key, value) -> keys.put(OptionalParameters.parse(key)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), OptionalParameters.unknown("--param", key))),
                    value));
        }
        return keys;
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
            writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
