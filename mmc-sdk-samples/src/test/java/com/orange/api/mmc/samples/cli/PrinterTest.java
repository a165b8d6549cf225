package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What the command prints: which words ask for JSON, how values are rendered. */
class PrinterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "about --json|true", "about --output json|true", "about --output=JSON|true", "about -o json|true",
        "about -ojson|true", "about --output csv|false", "about|false", "create-conference --name json|false"})
    void asksForJson(String words, boolean json) {
        assertThat(Printer.asksForJson(words.split(" "))).isEqualTo(json);
    }

    @Test
    void jsonDecimalsArePlainAndWithoutTrailingZeros() {
        assertThat(Rendering.json(Map.of("rate", new BigDecimal("12.50")))).isEqualTo("{\"rate\":12.5}");
        assertThat(Rendering.json(Map.of("rate", new BigDecimal("100")))).isEqualTo("{\"rate\":100}");
    }

    @Test
    void csvOfRecordsHasAHeaderAndQuotesWhereNeeded() {
        assertThat(Rendering.csv(List.of(Map.of("name", "a, b"), Map.of("name", "c")))).isEqualTo(
                String.join(System.lineSeparator(), "name", "\"a, b\"", "c"));
        assertThat(Rendering.csv("V1.4")).isEqualTo("V1.4");
    }
}
