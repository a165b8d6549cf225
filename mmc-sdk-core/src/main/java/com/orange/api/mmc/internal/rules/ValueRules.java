package com.orange.api.mmc.internal.rules;

import com.orange.api.mmc.MmcError;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manual's rules on one input value, each returning the code of the rule the value breaks (empty when
 * it breaks none). The caller throws its own exception: the SDK a local {@code MmcException}, the sandbox
 * the declared fault.
 *
 * <p>"Empty" follows the manual's {@code Empty...} codes for every text, passwords included: a value made
 * of white space alone is empty (for a password, MMC_19 rather than the length rule MMC_20), since the
 * service keeps nothing of it that a user could type.
 */
public final class ValueRules {

    /** The manual's shortest conference password (MMC_20, MMC_27, MMC_533). */
    public static final int MIN_PASSWORD_LENGTH = 4;

    /** The manual's "w.x@y.z" pattern: something, an at sign, a domain with at least one dot. */
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private ValueRules() {
    }

    /** @return {@code missing} for null, {@code empty} for blank text */
    public static Optional<MmcError> text(String value, MmcError missing, MmcError empty) {
        if (value == null) {
            return Optional.of(missing);
        }
        return value.isBlank() ? Optional.of(empty) : Optional.empty();
    }

    /** @return like {@link #text}, then {@code tooShort} below {@link #MIN_PASSWORD_LENGTH} characters */
    public static Optional<MmcError> password(String value, MmcError missing, MmcError empty, MmcError tooShort) {
        Optional<MmcError> broken = text(value, missing, empty);
        if (broken.isPresent()) {
            return broken;
        }
        return value.length() < MIN_PASSWORD_LENGTH ? Optional.of(tooShort) : Optional.empty();
    }

    /** @return like {@link #text}, then {@code malformed} when the value does not follow the mail pattern */
    public static Optional<MmcError> mail(String value, MmcError missing, MmcError empty, MmcError malformed) {
        Optional<MmcError> broken = text(value, missing, empty);
        if (broken.isPresent()) {
            return broken;
        }
        return MAIL.matcher(value).matches() ? Optional.empty() : Optional.of(malformed);
    }
}
