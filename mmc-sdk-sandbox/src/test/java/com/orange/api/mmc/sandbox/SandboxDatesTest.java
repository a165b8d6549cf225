package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's own reading and writing of xsd:dateTime. */
class SandboxDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2030-01-15T09:00:00Z,              2030-01-15T09:00Z",
            "2030-01-15T10:00:00+01:00,         2030-01-15T10:00+01:00",
            "2030-01-15T09:00:00,               2030-01-15T09:00Z",
            "2030-01-15T09:00:00.123456789Z,    2030-01-15T09:00:00.123456789Z",
            "2030-01-15T24:00:00Z,              2030-01-16T00:00Z"})
    void aWireDateIsReadAsTheSameInstant(String wire, String expected) throws Exception {
        OffsetDateTime read = SandboxDates.read(DatatypeFactory.newInstance().newXMLGregorianCalendar(wire));

        assertThat(read).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2030-01-15T09:00Z", "2030-01-15T10:00:30+01:00", "2030-01-15T09:00:00.000001Z"})
    void aWrittenDateReadsBackUnchanged(String date) {
        OffsetDateTime value = OffsetDateTime.parse(date);

        assertThat(SandboxDates.read(SandboxDates.write(value))).isEqualTo(value);
    }

    @Test
    void nullStaysNull() {
        assertThat(SandboxDates.read(null)).isNull();
        assertThat(SandboxDates.write(null)).isNull();
    }
}
