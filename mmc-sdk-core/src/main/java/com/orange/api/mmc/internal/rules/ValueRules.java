package com.orange.api.mmc.internal.rules;

import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.model.AudioConferenceInfo;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The manual's rules on one input value, each returning the code of the rule the value breaks (empty when
 * it breaks none). The caller throws its own exception: the SDK a local {@code MmcException}, the sandbox
 * the declared fault.
 *
 * <p>"Empty" follows the manual's {@code Empty...} codes for every text, passwords included: a value made
 * of white space alone is empty (for a password, MMC_19 rather than the length rule MMC_20), since the
 * service keeps nothing of it that a user could type. The manual's table A.1 pairs each password's
 * {@code Empty...Password} code ("The password of the conference is empty": MMC_19, MMC_26, MMC_532) with a
 * {@code MinLength...Password} code ("must contain at least 4 characters": MMC_20, MMC_27, MMC_533), and
 * calls a blank name empty (MMC_17, {@code EmptyConferenceInfoInputName}); a password of blanks is read
 * the same way, whatever its length.
 *
 * <p>The real duration of an audio conference has one code in the manual, MMC_542
 * ({@code InvalidRealDuration}, "conference duration must not exceed 24 hours", input parameter
 * {@code audioConferenceInput / realDuration}): a duration that is missing, zero or negative is no
 * duration either, so it answers the same code, the only one the manual gives for the field.
 *
 * <p>These methods are the one definition of these rules: the SDK's {@code LocalRules} and the sandbox's
 * {@code SandboxRules} both call them.
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

    /**
     * @param minutes the real duration of an audio conference, null when absent from a request
     * @return MMC_542 unless the duration lies between 1 minute and
     *         {@link AudioConferenceInfo#MAX_REAL_DURATION_MINUTES} (24 hours), both included
     */
    public static Optional<MmcError> realDuration(Integer minutes) {
        return minutes == null || minutes < 1 || minutes > AudioConferenceInfo.MAX_REAL_DURATION_MINUTES
                ? Optional.of(MmcError.MMC_542) : Optional.empty();
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
