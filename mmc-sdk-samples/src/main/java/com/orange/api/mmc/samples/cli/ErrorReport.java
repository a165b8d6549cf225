package com.orange.api.mmc.samples.cli;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.FunctionalException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.MmcException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure as the one JSON object {@code mmc --output json} prints on standard error: {@code code},
 * {@code message}, {@code inputParameter}, {@code local}, {@code retryable}, {@code outcomeUnknown},
 * {@code httpStatus} (0 when no HTTP answer came) and {@code exitCode}.
 */
final class ErrorReport {

    /** The code of a command-line usage error. */
    static final String USAGE = "USAGE";
    /** The code of a settings error. */
    static final String CONFIGURATION = "CONFIGURATION";

    private ErrorReport() {
    }

    static Map<String, Object> of(Throwable failure, int exitCode) {
        Map<String, Object> json = new LinkedHashMap<>();
        String code = "INTERNAL";
        String inputParameter = null;
        boolean local = false;
        boolean retryable = false;
        boolean outcomeUnknown = false;
        int httpStatus = 0;
        if (failure instanceof MmcException mmc) {
            code = mmc.getCode();
            inputParameter = mmc.getInputParameter().orElse(null);
            local = mmc.isLocal();
        } else if (failure instanceof FunctionalException functional) {
            code = functional.getCode();
        } else if (failure instanceof TechnicalException technical) {
            code = technical.getCode();
            retryable = technical.isRetryable();
            outcomeUnknown = technical.isOutcomeUnknown();
            httpStatus = technical.getHttpStatus();
        } else if (failure instanceof ConfigurationException configuration) {
            code = CONFIGURATION;
            inputParameter = configuration.getKey().orElse(null);
            local = true;
        } else if (failure instanceof picocli.CommandLine.ParameterException || failure instanceof IllegalArgumentException) {
            code = USAGE;
            local = true;
        }
        json.put("code", code);
        json.put("message", failure.getMessage());
        json.put("inputParameter", inputParameter);
        json.put("local", local);
        json.put("retryable", retryable);
        json.put("outcomeUnknown", outcomeUnknown);
        json.put("httpStatus", httpStatus);
        json.put("exitCode", exitCode);
        return json;
    }
}
