package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it, and as {@link Rendering#field} writes it back. */
class CsvTableTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("name,notes\r\n\"a, b\",\"say \"\"hi\"\"\nthere\"\n\n# a comment\nplain,\n", "t.csv");

        assertThat(table.header()).containsExactly("name", "notes");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).fields()).isEqualTo(Map.of("name", "a, b", "notes", "say \"hi\"\nthere"));
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(1).line()).isEqualTo(6);
        assertThat(table.rows().get(1).get("notes")).isEmpty();
    }

    @Test
    void whatRenderingWritesReadsBack() {
        String text = "a," + Rendering.field("x, \"y\"\nz") + "\n";

        assertThat(CsvTable.parse("first,second\n" + text, "t.csv").rows().get(0).get("second")).isEqualTo("x, \"y\"\nz");
    }

    @Test
    void malformedFilesNameTheLine() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\n1,2,3\n", "t.csv")).hasMessage("t.csv: line 2 has 3 fields, the header 2");
        assertThatThrownBy(() -> CsvTable.parse("a,b\n\"1,2\n", "t.csv")).hasMessage("t.csv: line 2 has an unclosed quote");
        assertThatThrownBy(() -> CsvTable.parse("", "t.csv")).hasMessageContaining("empty");
    }
}
