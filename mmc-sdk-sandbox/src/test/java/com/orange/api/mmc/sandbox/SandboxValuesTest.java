package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's own reading and writing of xsd:dateTime and xsd:long. */
class SandboxValuesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2030-01-15T09:00:00Z,              2030-01-15T09:00Z",
            "2030-01-15T10:00:00+01:00,         2030-01-15T10:00+01:00",
            "2030-01-15T09:00:00,               2030-01-15T09:00Z",
            "2030-01-15T09:00:00.123456789Z,    2030-01-15T09:00:00.123456789Z",
            "2030-01-15T24:00:00Z,              2030-01-16T00:00Z"})
    void aWireDateIsReadAsTheSameInstant(String wire, String expected) throws Exception {
        OffsetDateTime read = SandboxValues.read(wire);

        assertThat(read).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2030-01-15T09:00Z", "2030-01-15T10:00:30+01:00", "2030-01-15T09:00:00.000001Z"})
    void aWrittenDateReadsBackUnchanged(String date) {
        OffsetDateTime value = OffsetDateTime.parse(date);

        assertThat(SandboxValues.read(SandboxValues.write(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"not-a-date", "2030-02-30T10:00:00Z", "2030-01-15", "2030-01-15T09:00:60Z"})
    void aRequestDateThatIsNotOneIsAFault(String wire) {
        assertThatThrownBy(() -> SandboxValues.read(wire)).isInstanceOf(SandboxValues.Unreadable.class)
                .hasMessageContaining("'" + wire + "'").hasMessageContaining("xsd:dateTime");
    }

    @ParameterizedTest
    @CsvSource({"abc", "1.5", "99999999999999999999"})
    void aRequestIdentifierThatIsNotOneIsAFault(String wire) {
        assertThatThrownBy(() -> SandboxValues.id(wire)).isInstanceOf(SandboxValues.Unreadable.class)
                .hasMessageContaining("'" + wire + "'");
    }

    @Test
    void anAnswersDateCarriesAtMostSevenFractionDigits() {
        OffsetDateTime nanos = OffsetDateTime.parse("2030-01-15T09:00:00.123456789Z");

        assertThat(SandboxValues.write(nanos)).isEqualTo("2030-01-15T09:00:00.1234567Z");
        assertThat(SandboxValues.write(nanos.withNano(0))).isEqualTo("2030-01-15T09:00:00Z");
    }

    @Test
    void aRequestIdentifierIsRead() {
        assertThat(SandboxValues.id(" 42 ")).isEqualTo(42L);
        assertThat(SandboxValues.id(null)).isNull();
    }

    @Test
    void nullStaysNull() {
        assertThat(SandboxValues.read(null)).isNull();
        assertThat(SandboxValues.write(null)).isNull();
    }
}
