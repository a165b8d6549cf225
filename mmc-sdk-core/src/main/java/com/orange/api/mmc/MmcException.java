package com.orange.api.mmc;

import com.orange.api.common.FunctionalException;

import java.util.Optional;

/**
 * The MMC service refused a request for a business reason, identified by an {@code MMC_} code of the
 * manual's table A.1: a wrong conference password ({@code MMC_28}), a conference already started
 * ({@code MMC_33}), a date out of range ({@code MMC_86})...
 *
 * <p>{@link #isLocal()} is true when the SDK caught one of the manual's unambiguous rules (an empty name, a
 * password shorter than four characters, an end before the start...) before sending anything: the service
 * was not called. The SDK never retries an MMC fault by itself.
 *
 * <pre>{@code
 * try {
 *     mmc.startConference(organizer, conference);
 * } catch (MmcException e) {
 *     if (e.getError().orElse(null) == MmcError.MMC_28) {
 *         // ask the user for the right conference password
 *     }
 * }
 * }</pre>
 */
public class MmcException extends FunctionalException {

    private static final long serialVersionUID = 1L;

    /**
     * SDK-local code (no {@code MMC_} code fits): caller text that XML 1.0 cannot carry (a lone surrogate,
     * NUL, VT and other control characters, U+FFFE, U+FFFF); {@link #getInputParameter()} names the field
     * and the message the character's index. Always {@link #isLocal()}.
     */
    public static final String SDK_INVALID_TEXT = "SDK_INVALID_TEXT";
    /**
     * SDK-local code: a date whose year, in UTC, is outside 0001–9999, which {@code xsd:dateTime} cannot
     * carry; {@link #getInputParameter()} names the field. Always {@link #isLocal()}.
     */
    public static final String SDK_INVALID_DATE = "SDK_INVALID_DATE";

    private final String serviceMessage;
    private final String inputParameter;
    private final boolean local;
    private final String operation;

    /**
     * @param code           the service's code, for example {@code MMC_28}
     * @param serviceMessage the service's own wording, or {@code null} to use the catalog's description
     * @param inputParameter the element concerned, or {@code null} to use the catalog's
     * @param operation      the SDK method that failed, for example {@code startConference}
     * @param local          whether the SDK detected the error before sending anything
     */
    public MmcException(String code, String serviceMessage, String inputParameter, String operation, boolean local) {
        super(code, describe(code, serviceMessage, inputParameter, operation, local), null);
        this.serviceMessage = serviceMessage == null || serviceMessage.isBlank() ? null : serviceMessage;
        this.inputParameter = inputParameter != null ? inputParameter
                : MmcError.fromCode(code).map(MmcError::inputParameter).orElse(null);
        this.local = local;
        this.operation = operation;
    }

    /** An error the SDK detected itself, before sending anything, with the catalog's wording. */
    static MmcException local(MmcError error, String operation) {
        return new MmcException(error.code(), null, null, operation, true);
    }

    private static String describe(String code, String serviceMessage, String inputParameter, String operation,
            boolean local) {
        Optional<MmcError> error = MmcError.fromCode(code);
        String text = serviceMessage != null && !serviceMessage.isBlank() ? serviceMessage
                : error.map(MmcError::description).orElse("no description");
        String parameter = inputParameter != null ? inputParameter : error.map(MmcError::inputParameter).orElse(null);
        return code + error.map(e -> " " + e.errorName()).orElse("") + ": " + text
                + " (operation " + operation + (parameter == null ? "" : ", input parameter " + parameter)
                + (local ? ", detected by the SDK before sending" : "") + ")";
    }

    /** @return the catalog entry of {@link #getCode()}, empty for a code the manual does not list */
    public Optional<MmcError> getError() {
        return MmcError.fromCode(getCode());
    }

    /**
     * @return the service's own wording of the fault (secrets of the call masked), empty when it gave none or
     *         the SDK detected the error itself; the message falls back to the catalog's description
     */
    public Optional<String> getServiceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** @return the element of the request the error is about, for example {@code conferenceConnection/password} */
    public Optional<String> getInputParameter() {
        return Optional.ofNullable(inputParameter);
    }

    /** @return true when the SDK detected the error itself and sent nothing */
    public boolean isLocal() {
        return local;
    }

    /** @return the SDK method that failed, for example {@code startConference} */
    public String getOperation() {
        return operation;
    }
}
