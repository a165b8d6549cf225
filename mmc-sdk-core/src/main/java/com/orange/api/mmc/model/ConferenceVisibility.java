package com.orange.api.mmc.model;

/**
 * Who may see a conference (optional parameter {@code conferenceVisibility}).
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum ConferenceVisibility implements WireValue {
    /** Visible to all. */
    PUBLIC("Public"),
    /** Visible to its participants only. */
    PRIVATE("Private"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    ConferenceVisibility(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * @return the constant for a wire value; {@code null} for {@code null}; {@link #UNKNOWN_TO_SDK_VERSION}
     *         for a value this SDK version does not know
     */
    public static ConferenceVisibility fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceVisibility.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
