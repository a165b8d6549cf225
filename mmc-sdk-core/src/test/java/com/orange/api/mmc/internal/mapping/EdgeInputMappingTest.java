package com.orange.api.mmc.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.webservice.Conference;
import com.orange.api.mmc.webservice.LicenceUsage;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Request values the wire cannot carry are refused before sending; answers are mapped exactly or refused. */
class EdgeInputMappingTest {

    @ParameterizedTest
    @CsvSource({"'x\uD800y',1", "'ab\uD800',2", "'\uDC00',0", "'a\u0000',1", "'a\u000Bb',1", "'\u001F',0",
            "'ok\uFFFE',2", "'ok\uFFFF',2"})
    void textXmlCannotCarryIsRefusedNamingTheFieldAndIndex(String name, int index) {
        RejectedInput e = catchThrowableOfType(RejectedInput.class,
                () -> RequestMapper.instantaneous(new InstantaneousConferenceInfo(name, "pass1234")));

        assertThat(e.code()).isEqualTo(RejectedInput.INVALID_TEXT);
        assertThat(e.field()).isEqualTo("instantaneousConferenceInfo/name");
        assertThat(e.getMessage()).contains("index " + index);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "tab\tand\nnewline", "emoji \uD83D\uDE00 ok", "\uE000\uFFFD", "é à ü"})
    void legalTextIsSentUnchanged(String name) {
        assertThat(RequestMapper.instantaneous(new InstantaneousConferenceInfo(name, "pass1234")).getName())
                .isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2030-09-21T13:38:06.123456789+00:09:21", "2030-09-21T13:38:06-18:00",
            "2030-09-21T13:38:06+14:00", "2030-09-21T13:38:06+05:45", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
    void everyDateSentDenotesTheSameInstant(String text) {
        OffsetDateTime date = OffsetDateTime.parse(text);

        assertThat(WireDates.fromWire(WireDates.toWire(date)).toInstant()).isEqualTo(date.toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01T00:00:00Z", "0000-12-31T23:00:00Z", "0001-01-01T00:30:00+01:00",
            "-0005-01-01T00:00:00Z"})
    void aYearOutside0001To9999IsRefusedNamingTheField(String text) {
        OffsetDateTime start = OffsetDateTime.parse(text);
        RejectedInput e = catchThrowableOfType(RejectedInput.class, () -> RequestMapper.scheduled(
                new ScheduledConferenceInfo("n", "pass1234", start, start.plusHours(1))));

        assertThat(e.code()).isEqualTo(RejectedInput.INVALID_DATE);
        assertThat(e.field()).isEqualTo("scheduledConferenceInfo/startDateTime");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-06-30T23:59:60Z", "2024-06-30", "10:00:00Z"})
    void aBadAnswerDateIsABadResponseNamingTheElementAndValue(String text) throws Exception {
        Conference wire = new Conference();
        wire.setId(7);
        wire.setType("scheduled");
        wire.setStartDateTime(DatatypeFactory.newInstance().newXMLGregorianCalendar(text));

        TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> ResponseMapper.conference(wire));

        assertThat(e.getCode()).isEqualTo(TechnicalException.BAD_RESPONSE);
        assertThat(e.getMessage()).contains("conference/startDateTime", text);
    }

    @Test
    void aMissingRequiredElementIsABadResponseNamingIt() {
        assertThat(catchThrowableOfType(TechnicalException.class, () -> ResponseMapper.conference(null)).getMessage())
                .contains("conference");
        assertThat(catchThrowableOfType(TechnicalException.class, () -> ResponseMapper.participant(null)).getMessage())
                .contains("participant");
        assertThat(catchThrowableOfType(TechnicalException.class, () -> ResponseMapper.licenceUsage(new LicenceUsage()))
                .getMessage()).contains("licenceUsage/usageRate");
    }

    @Test
    void anOffsetWithSecondsIsSentInUtc() {
        OffsetDateTime odd = OffsetDateTime.of(2030, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 9, 21));

        assertThat(WireDates.toWire(odd).toXMLFormat()).isEqualTo("2030-01-01T11:50:39Z");
    }
}
