package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.samples.SandboxPerClass;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand of {@code mmc}, one case each, against one sandbox given with --config, and the exit codes. */
class MmcCommandIT extends SandboxPerClass {

    private static Path config;

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeConfig() throws IOException {
        config = dir.resolve("mmc.properties");
        Files.writeString(config, Cli.properties(sandbox));
    }

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
        long id() {
            Matcher matcher = Pattern.compile("Identifier = '(\\d+)'").matcher(out);
            assertThat(matcher.find()).as("an identifier in " + out).isTrue();
            return Long.parseLong(matcher.group(1));
        }
    }

    static Run mmc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MmcCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run ok(String... args) {
        String[] withConfig = new String[args.length + 2];
        System.arraycopy(args, 0, withConfig, 0, args.length);
        withConfig[args.length] = "--config";
        withConfig[args.length + 1] = config.toString();
        Run run = mmc(withConfig);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    @Test
    void about() {
        assertThat(ok("about").out()).isEqualTo("V1.4" + System.lineSeparator());
    }

    @Test
    void createAnInstantaneousConference() {
        Run instant = ok("create-conference", "--name", "daily", "--password", "s3cret-pw", "--param",
                "audioConfEnabled=true");

        assertThat(instant.out()).startsWith("[InstantaneousConference]").contains("Key = 'audioRoomNumber'");
        assertThat(instant.id()).isPositive();
    }

    @Test
    void createAScheduledConference() {
        Run created = ok("create-conference", "--name", "weekly", "--password", "s3cret-pw", "--start", "now+30m",
                "--end", "now+2h", "--param", "conferenceVisibility=Public");

        assertThat(created.out()).startsWith("[ScheduledConference]").contains("/portal/start?id=" + created.id());
        assertThat(created.id()).isPositive();
    }

    /**
     * A command on a scheduled conference created for the case (name {@code weekly}, password
     * {@code s3cret-pw}, starting in 30 minutes): {@code {id}} in the arguments and the expected text is its
     * identifier.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            modify-conference {id} s3cret-pw --new-name weekly~moved --new-password n3w-s3cret --start now+40m --end now+3h | [ScheduledConference] | Identifier = '{id}'
            start-conference {id} s3cret-pw                                   | /portal/start?id={id} | [ScheduledConference]
            join-conference {id} s3cret-pw --first-name John --last-name Doe --email john.doe@mailbox.com --culture fr-FR | [Participant] | CultureName = 'fr-FR'
            get-conference {id}                                               | Identifier = '{id}'   | Name = 'weekly'
            list-conferences                                                  | Identifier = '{id}'   | Name = 'weekly'
            delete-conference {id} s3cret-pw                                  | Conference deleted    | Conference deleted
            """)
    void aCommandOnAScheduledConference(String command, String expected, String alsoExpected) {
        String id = Long.toString(ok("create-conference", "--name", "weekly", "--password", "s3cret-pw", "--start",
                "now+30m", "--end", "now+2h").id());

        Run run = ok(arguments(command, id));

        assertThat(run.out()).contains(expected.replace("{id}", id), alsoExpected.replace("{id}", id));
    }

    @Test
    void aModifiedConferenceReadsAsModified() {
        String id = Long.toString(ok("create-conference", "--name", "weekly", "--password", "s3cret-pw", "--start",
                "now+30m", "--end", "now+2h").id());
        ok("modify-conference", "--id", id, "--password", "s3cret-pw", "--new-name", "weekly moved",
                "--new-password", "n3w-s3cret", "--start", "now+40m", "--end", "now+3h");

        assertThat(ok("get-conference", "--id", id).out()).contains("Name = 'weekly moved'");
        assertThat(ok("start-conference", "--id", id, "--password", "n3w-s3cret").out()).contains("/portal/start");
    }

    @Test
    void aStartedConferenceReadsAsStarted() {
        String id = Long.toString(ok("create-conference", "--name", "weekly", "--password", "s3cret-pw", "--start",
                "now+30m", "--end", "now+2h").id());
        ok("start-conference", "--id", id, "--password", "s3cret-pw");

        assertThat(ok("get-conference", "--id", id).out()).contains("State = 'Started'");
    }

    @Test
    void listingWithAnotherHostFindsNothing() {
        ok("create-conference", "--name", "mine", "--password", "s3cret-pw", "--start", "now+30m", "--end", "now+1h");

        assertThat(ok("list-conferences", "--host-id", "999").out())
                .isEqualTo("No conference found" + System.lineSeparator());
    }

    @Test
    void licencesUsage() {
        assertThat(ok("get-licences-usage").out()).startsWith("[LicenceUsage]").contains("SubscribedLicencesCount = '10'");
    }

    @Test
    void createAnInstantaneousAudioConference() {
        assertThat(ok("create-audio-conference", "--name", "call", "--password", "confpwd", "--host",
                "joe,black,joe.black@never.land,+33100000000", "--attendee", "joey,blackey,joey@never.land,+33100000001",
                "--duration", "60", "--param", "audioType=Apac").out()).startsWith("[InstantaneousAudioConference]");
    }

    /** Like {@link #aCommandOnAScheduledConference}, on a scheduled audio conference (password {@code confpwd}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            modify-audio-conference {id} confpwd --new-name call~2 --new-password newconfpwd --host joe,black,joe.black@never.land,+33100000000 --duration 30 --start now+40m --end now+1h --param audioCulture=fr-FR | [ScheduledAudioConference] | Identifier = '{id}'
            start-audio-conference {id} confpwd                             | [ScheduledAudioConference] | Url = 'null'
            """)
    void aCommandOnAScheduledAudioConference(String command, String expected, String alsoExpected) {
        String id = Long.toString(ok("create-audio-conference", "--name", "call", "--password", "confpwd", "--host",
                "joe,black,joe.black@never.land,+33100000000", "--duration", "60", "--start", "now+30m", "--end",
                "now+45m").id());

        Run run = ok(arguments(command, id));

        assertThat(run.out()).contains(expected.replace("{id}", id), alsoExpected.replace("{id}", id));
    }

    /**
     * {@code verb {id} password rest...} as the command's arguments: {@code --id} and {@code --password} named,
     * {@code ~} a space inside one argument.
     */
    private static String[] arguments(String command, String id) {
        String[] words = command.trim().split("\\s+");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(words[0]));
        int next = 1;
        if (next < words.length && words[next].equals("{id}")) {
            args.addAll(java.util.List.of("--id", id));
            next++;
            if (next < words.length && !words[next].startsWith("--")) {
                args.addAll(java.util.List.of("--password", words[next]));
                next++;
            }
        }
        for (; next < words.length; next++) {
            args.add(words[next].replace('~', ' '));
        }
        return args.toArray(String[]::new);
    }

    @Test
    void jsonIsOneLineForScripts() {
        assertThat(ok("about", "--json").out().trim()).isEqualTo("\"V1.4\"");
        String created = ok("create-conference", "--name", "json \"quoted\"", "--password", "s3cret-pw", "--json").out().trim();
        assertThat(created).startsWith("{\"kind\":\"InstantaneousConference\",\"identifier\":").doesNotContain("s3cret-pw")
                .doesNotContain("\n");
        assertThat(ok("get-licences-usage", "--json").out().trim())
                .isEqualTo("{\"maxConcurrentConnections\":0,\"subscribedLicencesCount\":10,\"usageRate\":0}");
    }

    @Test
    void tourRunsTheWholeScenario() {
        Run tour = ok("tour");

        assertThat(tour.out()).contains("== 1. About", "V1.4", "== 5. Start it", "== 15. Start it", "Tour complete: 15 steps");
    }

    @Test
    void withoutConfigAnEmbeddedSandboxIsStartedAndSaidSo() {
        Run run = mmc("about");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().trim()).isEqualTo("V1.4");
        assertThat(run.err()).contains("No mmc.properties found: using an embedded MMC sandbox");
    }

    @Test
    void badUsageExits2WithAHelpfulMessage() {
        Run missing = mmc("create-conference", "--name", "x", "--sandbox");
        Run missingOption = mmc("create-conference", "--password", "abcd");
        Run unknown = mmc("book-a-room");
        Run badDate = mmc("list-conferences", "--start", "yesterday-ish");
        Run badParam = mmc("create-conference", "--name", "x", "--password", "abcd", "--param", "colour=red");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing --password", "MMC_CONFERENCE_PASSWORD");
        assertThat(missingOption.exitCode()).isEqualTo(2);
        assertThat(missingOption.err()).contains("Missing required option: '--name=<name>'", "Usage: mmc create-conference");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unmatched argument", "book-a-room");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("'yesterday-ish' is not a date");
        assertThat(badParam.exitCode()).isEqualTo(2);
        assertThat(badParam.err()).contains("Unknown --param key 'colour'", "audioConfEnabled");
    }

    @Test
    void aFunctionalErrorExits3WithTheMmcCode() {
        Run run = mmc("start-conference", "--id", "424242", "--password", "whatever", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Error: MMC_46 NotFoundConference");
    }

    /**
     * In a process of its own, with the command's own logging configuration: the terminal shows the refusal
     * once, the log file keeps the SDK's line for the failed call.
     */
    @Test
    void aRefusedCallIsPrintedOnceAndTheLogFileKeepsItsLine() throws Exception {
        Path log = dir.resolve("refused.log");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + Path.of("target", "classes", "logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), MmcCommand.class.getName(), "start-conference", "--id",
                "424242", "--password", "whatever", "--config", config.toString(), "--log-file", log.toString());
        Path out = dir.resolve("refused.out");
        Path err = dir.resolve("refused.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String terminal = Files.readString(err);
        assertThat(process.exitValue()).as(terminal).isEqualTo(ExitCodes.FUNCTIONAL_ERROR);
        assertThat(Files.readString(out)).isEmpty();
        assertThat(terminal.lines()).containsExactly(terminal.lines().filter(line -> line.startsWith("Error: MMC_46"))
                .findFirst().orElseThrow());
        assertThat(Files.readString(log)).contains("ERROR com.orange.api.mmc.Mmc <startConference> failed", "MMC_46");
    }

    @Test
    void aTechnicalErrorExits4AndAConfigurationErrorExits5() throws IOException {
        Path wrongKey = dir.resolve("wrong.properties");
        Files.writeString(wrongKey, Files.readString(config).replace("accessKeyPassword=" + sandbox.accessKeyPassword(),
                "accessKeyPassword=wrong"));
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "serviceUrl=not a url\n");

        Run technical = mmc("about", "--config", wrongKey.toString());
        Run configuration = mmc("about", "--config", broken.toString());

        assertThat(technical.exitCode()).isEqualTo(4);
        assertThat(technical.err()).contains("Technical error REQ.AUTHENTICATION_FAILURE");
        assertThat(configuration.exitCode()).isEqualTo(5);
        assertThat(configuration.err()).contains("Configuration error", "serviceUrl", "broken.properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"about", "create-conference", "modify-conference", "delete-conference", "start-conference",
        "join-conference", "get-conference", "list-conferences", "get-licences-usage", "create-audio-conference",
        "modify-audio-conference", "start-audio-conference", "tour", "book", "config show"})
    void helpIsEverywhere(String command) {
        String[] words = (command + " --help").split(" ");
        Run help = mmc(words);

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: mmc " + command, "--config=FILE", "--output=FORMAT", "--json", "--profile");
    }

    @Test
    void theOldNamesStillWorkButAreNotListed() {
        String id = Long.toString(ok("create-conference", "--name", "old names", "--password", "s3cret-pw", "--start",
                "now+30m", "--end", "now+1h").id());

        assertThat(ok("conference-details", "--id", id).out()).contains("Name = 'old names'");
        assertThat(ok("conferences-list").out()).contains("Identifier = '" + id + "'");
        assertThat(ok("licences-usage").out()).startsWith("[LicenceUsage]");
        assertThat(mmc("--help").out()).contains("list-conferences", "get-conference", "get-licences-usage")
                .doesNotContain("conferences-list", "conference-details", "  licences-usage");
    }

    @Test
    void everyCommandNamesItsCurrentPasswordPasswordAndTheNewOneNewPassword() {
        for (String command : new String[] {"modify-conference", "modify-audio-conference"}) {
            assertThat(mmc(command, "--help").out()).as(command).contains("--password", "--new-password", "--new-name")
                    .doesNotContain("--current-password");
        }
    }
}
