package com.orange.api.mmc.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;

class WireDatesTest {

    @Test
    void datesTravelWithTheirOffsetAndEveryDigit() {
        OffsetDateTime precise = OffsetDateTime.of(2030, 9, 21, 13, 38, 6, 152_719_315, ZoneOffset.ofHours(2));
        OffsetDateTime whole = OffsetDateTime.of(2030, 9, 21, 13, 38, 0, 0, ZoneOffset.UTC);

        assertThat(WireDates.fromWire(WireDates.toWire(precise, "startDate"), "startDateTime")).isEqualTo(precise);
        assertThat(WireDates.toWire(whole, "startDate").toXMLFormat()).isEqualTo("2030-09-21T13:38:00Z");
        assertThat(WireDates.fromWire(WireDates.toWire(whole, "startDate"), "startDateTime")).isEqualTo(whole);
        assertThat(WireDates.toWire(null, "startDate")).isNull();
        assertThat(WireDates.fromWire(null, "startDateTime")).isNull();
    }

    @Test
    void midnightAsTwentyFourOClockIsTheNextDay() throws Exception {
        assertThat(WireDates.fromWire(DatatypeFactory.newInstance().newXMLGregorianCalendar("2009-09-21T24:00:00Z"), "startDateTime"))
                .isEqualTo(OffsetDateTime.of(2009, 9, 22, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aDateSentWithoutOffsetIsUtc() throws Exception {
        assertThat(WireDates.fromWire(DatatypeFactory.newInstance().newXMLGregorianCalendar("2009-09-21T13:38:06"), "startDateTime"))
                .isEqualTo(OffsetDateTime.of(2009, 9, 21, 13, 38, 6, 0, ZoneOffset.UTC));
    }
}
