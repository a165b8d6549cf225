package com.orange.api.mmc.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.MmcError;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules the SDK's local checks and the sandbox share, at their boundaries: what the SDK refuses before
 * sending is what the sandbox answers, since both call these methods.
 */
class ValueRulesTest {

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 24 * 60 + 1, Integer.MAX_VALUE})
    void aRealDurationOutsideOneMinuteToADayIsTheManualsInvalidRealDuration(int minutes) {
        assertThat(ValueRules.realDuration(minutes)).contains(MmcError.MMC_542);
    }

    @ParameterizedTest
    @NullSource
    void aMissingRealDurationIsInvalidToo(Integer minutes) {
        assertThat(ValueRules.realDuration(minutes)).contains(MmcError.MMC_542);
    }

    @ParameterizedTest(name = "{0} minutes")
    @ValueSource(ints = {1, 60, 24 * 60})
    void aRealDurationFromOneMinuteToADayPasses(int minutes) {
        assertThat(ValueRules.realDuration(minutes)).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'': {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"       | MMC_19",
            "\" \"      | MMC_19",
            "\"    \"   | MMC_19",
            "\"      \" | MMC_19",
            "\"\t  \t\" | MMC_19",
            "abc        | MMC_20",
            "\" ab\"    | MMC_20",
            "abcd       | ",
            "\"  ab\"   | "})
    void aPasswordOfBlanksIsEmptyWhateverItsLengthAndAShortOneTooShort(String password, String code) {
        Optional<MmcError> broken = ValueRules.password(password, MmcError.MMC_18, MmcError.MMC_19, MmcError.MMC_20);

        assertThat(broken.map(MmcError::code).orElse(null)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullSource
    void aMissingPasswordIsMissing(String password) {
        assertThat(ValueRules.password(password, MmcError.MMC_18, MmcError.MMC_19, MmcError.MMC_20))
                .contains(MmcError.MMC_18);
    }
}
