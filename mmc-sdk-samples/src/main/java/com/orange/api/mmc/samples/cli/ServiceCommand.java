package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ConferenceOptionalParameter;
import com.orange.api.mmc.samples.SampleConnection;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A subcommand that makes one call of the service: {@link #prepare()} reads and checks its arguments
 * (passwords included) before anything connects, then {@link MmcCommand#run} connects, runs the operation
 * and prints its result.
 */
abstract class ServiceCommand implements Callable<Integer> {

    /** What a command does once connected; its result is printed (nothing for {@code null}). */
    @FunctionalInterface
    interface Operation {
        Object on(SampleConnection connection);
    }

    @ParentCommand
    MmcCommand root;

    @Spec
    CommandSpec spec;

    /**
     * @return the operation to run
     * @throws ParameterException when an argument is missing or invalid
     */
    abstract Operation prepare();

    @Override
    public Integer call() {
        return root.run(prepare());
    }

    /** @return the conference password given in one of the ways {@link SecretInput} reads */
    String password(SecretInput.Password option) {
        return root.secrets().password(option, spec.commandLine());
    }

    /** @return the new conference password given in one of the ways {@link SecretInput} reads */
    String newPassword(SecretInput.NewPassword option) {
        return root.secrets().newPassword(option, spec.commandLine());
    }

    /** @return the {@code --param KEY=VALUE} pairs by parameter; an unknown key is a usage error */
    Map<ConferenceOptionalParameter, String> optional(Map<String, String> parameters) {
        Map<ConferenceOptionalParameter, String> keys = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((key, value) -> keys.put(OptionalParameters.parse(key)
                    .orElseThrow(() -> usage(OptionalParameters.unknown("--param", key))), value));
        }
        return keys;
    }

    /** @return whether {@code --start} and {@code --end} are given (a scheduled conference); one alone is a usage error */
    boolean slot(OffsetDateTime start, OffsetDateTime end) {
        if ((start == null) != (end == null)) {
            throw usage("--start and --end go together");
        }
        return start != null;
    }

    /** @return a usage error of this command */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
