package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, read with each record's line, and what {@link Csv#line} writes read back. */
class CsvTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        Csv.Table table = Csv.parse("name,notes\r\n\"a, b\",\"say \"\"hi\"\"\nthere\"\n\n# a comment\nplain,\n", "t.csv");

        assertThat(table.header()).containsExactly("name", "notes");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).fields()).isEqualTo(Map.of("name", "a, b", "notes", "say \"hi\"\nthere"));
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(6);
        assertThat(table.rows().get(1).get("notes")).isEmpty();
    }

    @Test
    void whatLineWritesReadsBack() {
        String line = Csv.line(List.of("a", "x, \"y\"\nz", "", "plain text"));

        assertThat(line).isEqualTo("a,\"x, \"\"y\"\"\nz\",,plain text");
        assertThat(Csv.parse("first,second,third,fourth\n" + line + "\n", "t.csv").rows().get(0).fields())
                .containsExactly(Map.entry("first", "a"), Map.entry("second", "x, \"y\"\nz"), Map.entry("third", ""),
                        Map.entry("fourth", "plain text"));
    }

    @Test
    void malformedFilesNameTheLine() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,2,3\n", "t.csv")).hasMessage("t.csv: line 2 has 3 fields, the header 2");
        assertThatThrownBy(() -> Csv.parse("a,b\n\"1,2\n", "t.csv")).hasMessageStartingWith("t.csv: line ")
                .hasMessageContaining("closing quote");
        assertThatThrownBy(() -> Csv.parse("", "t.csv")).hasMessage("t.csv is empty: it needs a header line");
    }
}
