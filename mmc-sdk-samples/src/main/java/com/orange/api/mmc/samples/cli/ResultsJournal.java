package com.orange.api.mmc.samples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The results file of {@code mmc book}, kept as a journal: a line is appended (and flushed) when a row's
 * create starts and when it ends, so a run killed at any moment leaves a file the next run reads; the last
 * line of a row wins. At the end of a run the file is rewritten with one line per row, in row order.
 * Columns: {@code row,name,status,id,url,participantUrls,error}.
 */
final class ResultsJournal implements AutoCloseable {

    static final String HEADER = "row,name,status,id,url,participantUrls,error";

    /** Where a row stands. */
    enum Status {
        /** The create was sent; no answer recorded (the run stopped): look the conference up before any retry. */
        STARTED,
        /** Booked: {@code id} and {@code url} are set, participants invited. */
        DONE,
        /** The service refused, or the row could not be sent: {@code error} holds the code. */
        FAILED,
        /** The create may have reached the service and no answer came: look it up before any retry. */
        UNKNOWN
    }

    /** One row's last known state. */
    record Result(int row, String name, Status status, String id, String url, String participantUrls, String error) {

        /** @return this result as a line of the file, without its line separator */
        String line() {
            return Csv.line(Stream.of(Integer.toString(row), name, status.name().toLowerCase(Locale.ROOT), id, url,
                    participantUrls, error).map(Rendering::field).toList());
        }
    }

    private final Path file;
    private final Map<Integer, Result> results;
    private final BufferedWriter writer;

    private ResultsJournal(Path file, Map<Integer, Result> results, BufferedWriter writer) {
        this.file = file;
        this.results = results;
        this.writer = writer;
    }

    /** Opens a results file, reading what an earlier run recorded in it. */
    static ResultsJournal open(Path file) throws IOException {
        Map<Integer, Result> results = new TreeMap<>();
        boolean exists = Files.isRegularFile(file) && Files.size(file) > 0;
        if (exists) {
            for (Csv.Row row : Csv.read(file).rows()) {
                try {
                    Result result = new Result(Integer.parseInt(row.get("row")), row.get("name"),
                            Status.valueOf(row.get("status").toUpperCase(Locale.ROOT)), blank(row.get("id")),
                            blank(row.get("url")), blank(row.get("participantUrls")), blank(row.get("error")));
                    results.put(result.row(), result);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": line " + row.line() + " is not a result line ("
                            + e.getMessage() + ")", e);
                }
            }
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        if (!exists) {
            writer.write(HEADER);
            writer.newLine();
            writer.flush();
        }
        return new ResultsJournal(file, results, writer);
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }

    /** @return what an earlier run recorded for a row, or {@code null} */
    synchronized Result previous(int row) {
        return results.get(row);
    }

    /** Records a row's new state, on disk before this returns. */
    synchronized void record(Result result) {
        results.put(result.row(), result);
        try {
            writer.write(result.line());
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results file " + file, e);
        }
    }

    /** @return every row's last state, in row order */
    synchronized List<Result> all() {
        return List.copyOf(results.values());
    }

    /** Rewrites the file with one line per row, in row order (atomically: the journal stays until the new file is whole). */
    @Override
    public synchronized void close() throws IOException {
        writer.close();
        Path compact = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(compact, HEADER + System.lineSeparator() + results.values().stream().map(Result::line)
                .collect(Collectors.joining(System.lineSeparator(), "", System.lineSeparator())), StandardCharsets.UTF_8);
        Files.move(compact, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
