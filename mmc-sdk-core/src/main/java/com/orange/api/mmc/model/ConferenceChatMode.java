package com.orange.api.mmc.model;

/**
 * The chat modes of the portal (optional parameter {@code conferenceChat}).
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum ConferenceChatMode implements WireValue {
    /** Participants may chat. */
    PARTICIPANTS("Participants"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    ConferenceChatMode(String wireValue) {
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
    public static ConferenceChatMode fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceChatMode.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
