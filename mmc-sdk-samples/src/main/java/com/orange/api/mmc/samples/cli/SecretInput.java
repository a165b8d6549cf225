package com.orange.api.mmc.samples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Conference passwords kept off the command line. Each password option takes its value, in this order: the
 * option's value; a prompt without echo when the option is given without a value (picocli's interactive
 * option); a line of standard input with {@code --...-stdin} (the current password's line first, then the new
 * one's); an environment variable. Nothing read here is ever printed.
 */
final class SecretInput {

    /** The environment variable that gives a conference's (current) password. */
    static final String PASSWORD_VARIABLE = "MMC_CONFERENCE_PASSWORD";
    /** The environment variable that gives a conference's new password. */
    static final String NEW_PASSWORD_VARIABLE = "MMC_NEW_CONFERENCE_PASSWORD";

    /** A conference's (current) password: {@code --password [VALUE]}, {@code --password-stdin} or a variable. */
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

    private final Map<String, String> environment;
    private final InputStream stdin;
    private BufferedReader stdinLines;

    /**
     * @param environment the variables to read passwords from
     * @param stdin       the standard input to read {@code --...-stdin} lines from
     */
    SecretInput(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    /** @throws ParameterException when no way gave the password, naming every way */
    String password(Password option, CommandLine command) {
        return secret(option.value, option.fromStdin, PASSWORD_VARIABLE, "--password", command);
    }

    /** @throws ParameterException when no way gave the new password, naming every way */
    String newPassword(NewPassword option, CommandLine command) {
        return secret(option.value, option.fromStdin, NEW_PASSWORD_VARIABLE, "--new-password", command);
    }

    private String secret(String given, boolean fromStdin, String variable, String option, CommandLine command) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        if (fromStdin) {
            String line = stdinLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(command, option + "-stdin: standard input has no line to read");
            }
            return line;
        }
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
            return value;
        }
        throw new ParameterException(command, "Missing " + option + ": give " + option
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
}
