package com.orange.api.common.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.TechnicalException;

import org.junit.jupiter.api.Test;

class TechnicalFailuresTest {

    @Test
    void attemptsAreAddedWithoutLosingAnyPart() {
        TechnicalException first = TechnicalException.builder("HTTP_503", "about failed: unavailable")
                .serviceMessage("busy").httpStatus(503).retryable(true).callId("c1").build();
        TechnicalException last = TechnicalFailures.withAttempts(TechnicalFailures.withAttempts(first, 3), 4);

        assertThat(last.getMessage()).isEqualTo(
                "about failed: unavailable (service said: busy) (after 4 attempts) [call c1]");
        assertThat(last.getSummary()).isEqualTo(first.getSummary());
        assertThat(last.getServiceMessage()).contains("busy");
        assertThat(last.getHttpStatus()).isEqualTo(503);
        assertThat(last.isRetryable()).isTrue();
        assertThat(last.getCallId()).isEqualTo("c1");
        assertThat(last.getAttempts()).isEqualTo(4);
        assertThat(last.getStackTrace()).isEqualTo(first.getStackTrace());
    }
}
