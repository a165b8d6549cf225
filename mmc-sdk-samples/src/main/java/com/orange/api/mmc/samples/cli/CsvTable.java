package com.orange.api.mmc.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read as RFC 4180 says (comma separated, fields in double quotes may hold commas, quotes doubled
 * and line breaks): a header line, then one record per line. Blank lines and lines starting with {@code #}
 * between records are skipped.
 */
final class CsvTable {

    /** One record: its line number in the file (from 1) and its fields by header name. */
    record Row(int line, Map<String, String> fields) {

        /** @return the trimmed value of a column, empty when absent or blank */
        String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** @return the column names of the header line */
    List<String> header() {
        return header;
    }

    /** @return the records after the header */
    List<Row> rows() {
        return rows;
    }

    /** @throws IllegalArgumentException naming the line of a malformed record */
    static CsvTable read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static CsvTable parse(String text, String name) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean empty = true;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                empty = false;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                empty = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (!empty || field.length() > 0) {
                    record.add(field.toString());
                    if (!record.get(0).startsWith("#")) {
                        records.add(record);
                        lines.add(recordLine);
                    }
                }
                record = new ArrayList<>();
                field.setLength(0);
                empty = true;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                empty = false;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + ": line " + recordLine + " has an unclosed quote");
        }
        if (!empty || field.length() > 0) {
            record.add(field.toString());
            if (!record.get(0).startsWith("#")) {
                records.add(record);
                lines.add(recordLine);
            }
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: it needs a header line");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() > header.size()) {
                throw new IllegalArgumentException(name + ": line " + lines.get(r) + " has " + values.size()
                        + " fields, the header " + header.size());
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int f = 0; f < values.size(); f++) {
                fields.put(header.get(f), values.get(f));
            }
            rows.add(new Row(lines.get(r), fields));
        }
        return new CsvTable(header, rows);
    }
}
