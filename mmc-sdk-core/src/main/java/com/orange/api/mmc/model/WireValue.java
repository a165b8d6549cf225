package com.orange.api.mmc.model;

import java.util.Objects;

/**
 * An enumerated value as the MMC service spells it on the wire. Every such enum has a constant
 * {@code UNKNOWN_TO_SDK_VERSION} (whose wire value is {@code null}) that stands for a value this SDK
 * version does not know; the model keeps the raw string beside it so nothing is lost.
 */
public interface WireValue {

    /** @return the value as the service spells it, or {@code null} for {@code UNKNOWN_TO_SDK_VERSION} */
    String wireValue();

    /**
     * Finds the constant of {@code type} whose wire value is {@code value} (case-sensitive, as the service
     * spells it).
     *
     * @return the constant; {@code null} when {@code value} is null; {@code UNKNOWN_TO_SDK_VERSION} when the
     *         value is not known to this SDK version
     */
    static <E extends Enum<E> & WireValue> E fromWireValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        E unknown = null;
        for (Object each : EnumConstants.of(type)) {
            E constant = type.cast(each);
            if (Objects.equals(constant.wireValue(), value)) {
                return constant;
            }
            if (constant.wireValue() == null) {
                unknown = constant;
            }
        }
        return unknown;
    }
}
