package com.orange.api.mmc.model;

/**
 * The webcam modes of the portal (optional parameter {@code conferenceWebcam}).
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum ConferenceWebcamMode implements WireValue {
    /** Any participant's webcam may be aired. */
    AIR_ANY_WEBCAM("AirAnyWebcam"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    ConferenceWebcamMode(String wireValue) {
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
    public static ConferenceWebcamMode fromWireValue(String value) {
        return WireValue.fromWireValue(ConferenceWebcamMode.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
