package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.ConfigDiscovery;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mmc}: every MMC operation from a shell, plus {@code tour} (the whole scenario end to end),
 * {@code book} (bulk booking from a CSV file) and {@code config show}. This class holds the options every
 * subcommand inherits and wires the rooms together: settings and the embedded sandbox ({@link Connector}),
 * passwords ({@link SecretInput}), what is printed ({@link Printer}), exit codes ({@link ExitCodes}) and the
 * log ({@link Logging}). A subcommand is a class of its own, registered by one line in {@code subcommands}.
 */
@Command(name = "mmc", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {
            AboutCommand.class,
            CreateConferenceCommand.class,
            ModifyConferenceCommand.class,
            DeleteConferenceCommand.class,
            StartConferenceCommand.class,
            JoinConferenceCommand.class,
            GetConferenceCommand.class,
            ListConferencesCommand.class,
            GetLicencesUsageCommand.class,
            CreateAudioConferenceCommand.class,
            ModifyAudioConferenceCommand.class,
            StartAudioConferenceCommand.class,
            TourCommand.class,
            BookCommand.class,
            ConfigCommand.class,
            WatchCommand.class,
            InviteCommand.class,
        },
        description = "Book and run Orange Multimedia Conference (MMC) web and audio conferences.",
        footerHeading = "%nExit codes:%n")
public final class MmcCommand {

    /** Old subcommand names, still accepted but not listed: old name to new name. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "conference-details", "get-conference",
            "conferences-list", "list-conferences",
            "licences-usage", "get-licences-usage");

    /** Where the settings come from, as the usage help says it after the exit codes. */
    static final List<String> SETTINGS_HELP = List.of(
            "%nSettings: --config FILE, else $MMC_CONFIG, else ./mmc.properties, else",
            "$XDG_CONFIG_HOME/mmc/mmc.properties (~/.config/mmc/mmc.properties);",
            "--profile NAME looks for mmc-NAME.properties instead. MMC_<KEY> variables",
            "and -Dmmc.<key> properties override the file. With nothing configured at",
            "all (or with --sandbox), an embedded sandbox is started.");

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
    private final SecretInput secrets;

    /** A command that runs in this process's environment. */
    public MmcCommand() {
        this(ConfigDiscovery.Environment.system(), System.in);
    }

    MmcCommand(ConfigDiscovery.Environment environment, InputStream stdin) {
        this.environment = environment;
        this.secrets = new SecretInput(environment.variables(), stdin);
    }

    /** Runs the command line and exits with its exit code. */
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
        commandLine.setExecutionExceptionHandler((failure, command, parsed) -> Printer.failure(failure, root.format(), err));
        commandLine.setParameterExceptionHandler((failure, words) -> Printer.usage(failure, root.format(), words, err));
        return commandLine.execute(args);
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
        List<String> footer = new ArrayList<>(ExitCodes.HELP);
        footer.addAll(SETTINGS_HELP);
        commandLine.getCommandSpec().usageMessage().footer(footer.toArray(String[]::new));
        OLD_NAMES.forEach((old, current) -> {
            Class<?> type = commandLine.getSubcommands().get(current).getCommandSpec().userObject().getClass();
            CommandLine copy = new CommandLine(type, factory);
            copy.getCommandSpec().usageMessage().hidden(true);
            commandLine.addSubcommand(old, copy);
        });
        return commandLine;
    }

    /** The output format chosen: {@code --output}, {@code --json}, else text. */
    OutputFormat format() {
        return output != null ? output : json ? OutputFormat.JSON : OutputFormat.TEXT;
    }

    /** Where this run connects, as its options say. */
    Connector connector() {
        return new Connector(config, profile, sandbox, environment);
    }

    /** The conference passwords given off the command line. */
    SecretInput secrets() {
        return secrets;
    }

    /** Sets up the log as asked, then connects as configured (or to an embedded sandbox). */
    SampleConnection connect() {
        Logging.configure(verbose.length, logFile);
        return connector().open(spec.commandLine().getErr());
    }

    /** Connects, runs the operation, prints its result in the chosen format. */
    int run(ServiceCommand.Operation operation) {
        try (SampleConnection connection = connect()) {
            print(operation.on(connection), spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** Prints a result in the chosen format. */
    void print(Object result, PrintWriter out) {
        Printer.result(result, format(), out);
    }
}
