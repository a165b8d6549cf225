package com.orange.api.mmc.model;

/**
 * The languages of the portal and the invitations (parameter {@code cultureName}, {@code audioCulture}).
 *
 * <p>Only the values the manual shows are listed; any other value the service sends maps to
 * {@link #UNKNOWN_TO_SDK_VERSION} and stays available as a raw string on the object that carried it.
 * {@link #toString()} gives the wire value, as the .NET SDK's {@code ToString()} did.
 */
public enum CultureName implements WireValue {
    /** English. */
    EN_US("en-US"),
    /** French. */
    FR_FR("fr-FR"),
    /** A value this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String wireValue;

    CultureName(String wireValue) {
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
    public static CultureName fromWireValue(String value) {
        return WireValue.fromWireValue(CultureName.class, value);
    }

    @Override
    public String toString() {
        return wireValue == null ? name() : wireValue;
    }
}
