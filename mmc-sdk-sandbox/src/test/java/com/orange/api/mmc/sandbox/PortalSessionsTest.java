package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortalSessionsTest {

    private static final Instant ISSUED = Instant.parse("2030-03-01T08:00:00Z");

    private final PortalSessions sessions = new PortalSessions();

    @ParameterizedTest(name = "{0} s after the page: {1}")
    @CsvSource({"0, VALID", "1199, VALID", "1200, VALID", "1201, EXPIRED", "-60, VALID"})
    void aTokenHoldsForTheTimeOutOnTheSandboxsClock(long seconds, PortalSessions.Check expected) {
        String token = sessions.issue("booking:1", ISSUED);

        assertThat(sessions.check("booking:1", token, ISSUED.plus(Duration.ofSeconds(seconds)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1", ".abc", "1898582400000.abc", "x.y"})
    void aTokenNotMadeHereIsForged(String token) {
        assertThat(sessions.check("booking:1", token, ISSUED)).isEqualTo(PortalSessions.Check.FORGED);
    }

    @ParameterizedTest
    @CsvSource({"booking:2", "participant:1"})
    void aTokenIsForItsSubjectOnly(String other) {
        String token = sessions.issue("booking:1", ISSUED);

        assertThat(sessions.check(other, token, ISSUED)).isEqualTo(PortalSessions.Check.FORGED);
    }

    @ParameterizedTest
    @CsvSource({"1", "-1"})
    void aTokenWhoseTimeWasChangedIsForged(long shift) {
        String token = sessions.issue("booking:1", ISSUED);
        String moved = (ISSUED.toEpochMilli() + shift) + token.substring(token.indexOf('.'));

        assertThat(sessions.check("booking:1", moved, ISSUED)).isEqualTo(PortalSessions.Check.FORGED);
    }

    @Test
    void anotherSandboxsTokenIsForged() {
        String token = new PortalSessions().issue("booking:1", ISSUED);

        assertThat(sessions.check("booking:1", token, ISSUED)).isEqualTo(PortalSessions.Check.FORGED);
    }
}
