package com.orange.api.mmc.wiremock;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** What a stub refuses before it reaches WireMock. */
class MmcStubsTest {

    @Test
    void aStubWithoutAnAnswerNamesItsOperation() {
        assertThatThrownBy(() -> MmcStubs.getConferenceDetails().withConferenceId(7).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("getConferenceDetails");
    }

    @Test
    void anHttpStatusMustBeOne() {
        assertThatThrownBy(() -> MmcStubs.about().willReturnHttpStatus(42))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("42");
    }

    @Test
    void aDelayCannotBeNegative() {
        assertThatThrownBy(() -> MmcStubs.about().willDelay(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delay");
    }

    @Test
    void nullValuesAreRefusedByName() {
        assertThatThrownBy(() -> MmcStubs.createScheduledConference().withName(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> MmcStubs.about().willReturn(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("release");
    }

    @Test
    void aNullValueIsNamedAlikeInEveryDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThatThrownBy(() -> MmcStubs.joinConference().withEmail(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("email");
            assertThatThrownBy(() -> MmcRequests.joinConference().withEmail(null))
                    .isInstanceOf(NullPointerException.class).hasMessage("email");
        } finally {
            Locale.setDefault(before);
        }
    }
}
