package com.orange.api.mmc.model;

/**
 * Each enum's constants, read once per class: {@link Class#getEnumConstants()} returns a fresh copy at every
 * call, and {@link WireValue#fromWireValue} runs for every enumerated field of every answer. The arrays never
 * leave this package and are never written.
 */
final class EnumConstants {

    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private EnumConstants() {
    }

    /** @return the constants of the enum {@code type}, in declaration order; the caller must not write it */
    static Object[] of(Class<? extends Enum<?>> type) {
        return CONSTANTS.get(type);
    }
}
