package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ConferenceOptionalParameter;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** The optional parameter keys a user may type ({@code --param KEY=VALUE}, a CSV column). */
final class OptionalParameters {

    private OptionalParameters() {
    }

    /** @return the parameter whose wire key is {@code key}, empty when the SDK knows none */
    static Optional<ConferenceOptionalParameter> parse(String key) {
        ConferenceOptionalParameter parameter = ConferenceOptionalParameter.fromWireValue(key);
        return parameter == ConferenceOptionalParameter.UNKNOWN_TO_SDK_VERSION ? Optional.empty() : Optional.of(parameter);
    }

    /** @return the message for an unknown key, listing the known ones */
    static String unknown(String where, String key) {
        return "Unknown " + where + " key '" + key + "'; known keys: " + Arrays.stream(ConferenceOptionalParameter.values())
                .map(ConferenceOptionalParameter::wireValue).filter(Objects::nonNull).toList();
    }
}
