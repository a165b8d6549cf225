package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.SandboxPerClass;

import static org.assertj.core.api.Assertions.assertThat;


import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords off the command line: from standard input, from a prompt, from MMC_* variables. */
class SecretsIT extends SandboxPerClass {

    @TempDir
    Path dir;

    private static long id(Cli.Run run) {
        Matcher matcher = Pattern.compile("Identifier = '(\\d+)'").matcher(run.out());
        assertThat(matcher.find()).as(run.out() + run.err()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void passwordsFromStandardInputOneLineEach() throws IOException {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        cli.stdin = "first-pw\n";
        String id = Long.toString(id(cli.run("create-conference", "--name", "stdin", "--password-stdin", "--start",
                "now+1h", "--end", "now+2h")));
        cli.stdin = "first-pw\nsecond-pw\n";
        Cli.Run modified = cli.run("modify-conference", "--id", id, "--password-stdin", "--new-name", "stdin 2",
                "--new-password-stdin", "--start", "now+1h", "--end", "now+3h");
        cli.stdin = "second-pw\n";
        Cli.Run started = cli.run("start-conference", "--id", id, "--password-stdin");

        assertThat(modified.exitCode()).as(modified.err()).isZero();
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.out()).contains("/portal/start?id=" + id);
    }

    @Test
    void passwordsFromEnvironmentVariables() throws IOException {
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        cli.variables.put(SecretInput.PASSWORD_VARIABLE, "env-pw-1");
        String id = Long.toString(id(cli.run("create-conference", "--name", "env", "--start", "now+1h", "--end", "now+2h")));

        Cli.Run started = cli.run("start-conference", "--id", id);

        assertThat(started.exitCode()).as(started.err()).isZero();
    }

    @Test
    void passwordFromAPromptWhenTheOptionHasNoValue() throws IOException {
        // No console in a test JVM: picocli reads the prompted value from System.in (a terminal gives it no echo).
        Cli cli = new Cli(dir).withSandboxVariables(sandbox);
        InputStream in = System.in;
        PrintStream out = System.out;
        ByteArrayOutputStream prompt = new ByteArrayOutputStream();
        Cli.Run created;
        try {
            System.setIn(new ByteArrayInputStream("prompted-pw\n".getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(prompt, true, StandardCharsets.UTF_8));
            created = cli.run("create-conference", "--name", "prompted", "--password", "--start", "now+1h", "--end", "now+2h");
        } finally {
            System.setIn(in);
            System.setOut(out);
        }
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(prompt.toString(StandardCharsets.UTF_8)).contains("--password").doesNotContain("prompted-pw");

        Cli.Run withWrongPassword = cli.run("start-conference", "--id", Long.toString(id(created)), "--password", "not-it");
        Cli.Run withPromptedPassword = cli.run("start-conference", "--id", Long.toString(id(created)), "--password",
                "prompted-pw");
        assertThat(withWrongPassword.exitCode()).isEqualTo(ExitCodes.FUNCTIONAL_ERROR);
        assertThat(withPromptedPassword.exitCode()).as(withPromptedPassword.err()).isZero();
    }

    @Test
    void aMissingPasswordNamesEveryWayToGiveIt() throws IOException {
        Cli.Run run = new Cli(dir).withSandboxVariables(sandbox).run("start-conference", "--id", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--password", "--password-stdin", "MMC_CONFERENCE_PASSWORD");
    }
}
