package com.orange.api.mmc.samples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV as the command reads and writes it, through Jackson's CSV data format (RFC 4180: comma separated;
 * a field in double quotes may hold commas, doubled quotes and line breaks). Read: a header line, then one
 * record per line; blank lines and lines starting with {@code #} are skipped. Written: a field is quoted
 * only when it must be.
 */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private static final ObjectReader READER = MAPPER.readerForListOf(String.class)
            .with(CsvSchema.emptySchema().withComments());
    private static final ObjectWriter WRITER = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator(""));

    /** A file's header and records. */
    record Table(List<String> header, List<Row> rows) {
    }

    /** One record: the line it starts on (from 1) and its fields by header name. */
    record Row(int line, Map<String, String> fields) {

        /** @return the trimmed value of a column, empty when absent or blank */
        String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private Csv() {
    }

    /** @throws IllegalArgumentException naming the file and the line of a malformed record */
    static Table read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * @param name how to name the text in error messages
     * @throws IllegalArgumentException naming the line of a malformed record, or when there is no header
     */
    static Table parse(String text, String name) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<List<String>> records = READER.readValues(text)) {
            while (records.hasNextValue()) {
                List<String> values = records.nextValue();
                int line = records.getParser().currentTokenLocation().getLineNr();
                if (header == null) {
                    header = values.stream().map(String::trim).toList();
                    continue;
                }
                if (values.size() > header.size()) {
                    throw new IllegalArgumentException(name + ": line " + line + " has " + values.size()
                            + " fields, the header " + header.size());
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int f = 0; f < values.size(); f++) {
                    fields.put(header.get(f), values.get(f));
                }
                rows.add(new Row(line, fields));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(name + (at == null ? "" : ": line " + at.getLineNr()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) {
            throw new IllegalArgumentException(name + " is empty: it needs a header line");
        }
        return new Table(header, rows);
    }

    /** @return one record as a line without its line separator, each field quoted only when it must be */
    static String line(List<String> fields) {
        try {
            return WRITER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
