package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalTextsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(value = {"en-US, ENGLISH", "EN-us, ENGLISH", "fr-FR, FRENCH", "de-DE, FRENCH", "'', FRENCH",
            "NULL, FRENCH"}, nullValues = "NULL")
    void frenchUnlessTheCultureIsEnglish(String culture, PortalTexts expected) {
        assertThat(PortalTexts.of(culture)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "2007-10-10T08:56:00Z | FRENCH  | mercredi 10 octobre 2007 — 10:56 | (GMT+01:00) Paris, Madrid (heure d'été)",
            "2030-03-01T08:00:00Z | FRENCH  | vendredi 1 mars 2030 — 09:00     | (GMT+01:00) Paris, Madrid",
            "2007-10-10T08:56:00Z | ENGLISH | Wednesday 10 October 2007 — 10:56 | (GMT+01:00) Paris, Madrid (summer time)",
            "2030-03-31T01:00:00Z | FRENCH  | dimanche 31 mars 2030 — 03:00    | (GMT+01:00) Paris, Madrid (heure d'été)"})
    void theHeadersClockAndZoneAreParissAsTheScreenshots(Instant now, PortalTexts texts, String clock, String zone) {
        assertThat(texts.clock(now)).isEqualTo(clock);
        assertThat(texts.zone(now)).isEqualTo(zone);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2007-10-10T17:30:00+02:00, mercredi 10 octobre 2007 - 17:30",
            "2007-10-10T15:30:00Z, mercredi 10 octobre 2007 - 17:30",
            "2030-03-01T08:20:00Z, vendredi 1 mars 2030 - 09:20"})
    void aConferencesDateIsPrintedInTheSameZone(OffsetDateTime date, String expected) {
        assertThat(PortalTexts.FRENCH.date(date)).isEqualTo(expected);
    }
}
