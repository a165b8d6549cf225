package com.orange.api.mmc.model;

/**
 * How long before its start a scheduled conference launches itself (optional parameter
 * {@code conferenceAutoLaunchedDuration}).
 *
 * <p>The manual names this enumeration but prints none of its values, and this SDK invents no wire value:
 * every value the service sends maps to {@link #UNKNOWN_TO_SDK_VERSION} and is kept as a raw string. To
 * send one, put the service's string in the optional parameters under
 * {@link ConferenceOptionalParameter#CONFERENCE_AUTO_LAUNCHED_DURATION}.
 */
public enum ConferenceAutoLaunchedDuration implements WireValue {
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION;

    @Override
    public String wireValue() {
        return null;
    }

    /** @return {@code null} for {@code null}, otherwise {@link #UNKNOWN_TO_SDK_VERSION} */
    public static ConferenceAutoLaunchedDuration fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceAutoLaunchedDuration.class, value);
    }
}
