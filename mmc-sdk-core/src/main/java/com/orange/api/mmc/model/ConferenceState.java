package com.orange.api.mmc.model;

/**
 * The states of a conference: not started, then started, then stopped; or deleted before it started.
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum ConferenceState implements WireValue {
    /** Booked, not started yet. */
    NOT_STARTED("NotStarted"),
    /** In progress (error code MMC_33). */
    STARTED("Started"),
    /** Over. */
    STOPPED("Stopped"),
    /** Cancelled before it started (error codes MMC_35, MMC_104). */
    DELETED("Deleted"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    ConferenceState(String wireValue) {
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
    public static ConferenceState fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceState.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
