package com.orange.api.mmc.samples.cli;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * What {@code mmc}'s exit code says: 0 success, 2 bad usage, 3 the service refused (an {@code MMC_} code),
 * 4 technical failure, 5 configuration error; 1 for a failure the command did not foresee (a defect).
 */
final class ExitCodes {

    static final int OK = CommandLine.ExitCode.OK;
    static final int USAGE = CommandLine.ExitCode.USAGE;
    static final int FUNCTIONAL_ERROR = 3;
    static final int TECHNICAL_ERROR = 4;
    static final int CONFIGURATION_ERROR = 5;
    static final int SOFTWARE = CommandLine.ExitCode.SOFTWARE;

    /** The table as the usage help prints it. */
    static final List<String> HELP = List.of(
            "  " + OK + "  success",
            "  " + USAGE + "  bad usage",
            "  " + FUNCTIONAL_ERROR + "  the service refused the request (an MMC_ code)",
            "  " + TECHNICAL_ERROR + "  technical failure (network, gateway, timeout)",
            "  " + CONFIGURATION_ERROR + "  configuration error");

    private ExitCodes() {
    }

    /** @return the exit code of a command that ended with {@code failure} */
    static int of(Throwable failure) {
        if (failure instanceof FunctionalException) {
            return FUNCTIONAL_ERROR;
        }
        if (failure instanceof TechnicalException) {
            return TECHNICAL_ERROR;
        }
        if (failure instanceof ConfigurationException) {
            return CONFIGURATION_ERROR;
        }
        if (failure instanceof ParameterException || failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return SOFTWARE;
    }
}
