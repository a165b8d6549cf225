package com.orange.api.mmc.model;

/**
 * The audio bridges a web or audio conference can use (optional parameter {@code audioType}).
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum AudioType implements WireValue {
    /** The APAC audio system, shown in the manual's samples. */
    APAC("Apac"),
    /** The Conference Telephone audio type (error codes MMC_116, MMC_131). */
    CONFERENCE_TELEPHONE("ConferenceTelephone"),
    /** The CTNE audio type (error codes MMC_119 to MMC_122, MMC_132). */
    CTNE("CTNE"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    AudioType(String wireValue) {
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
    public static AudioType fromWireValue(String value) {
        return WireValue.fromWireValue(AudioType.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
