package com.orange.api.mmc.samples.cli;

import com.orange.api.common.OrangeApiException;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mmc book --from bookings.csv}: one scheduled web or audio conference per row (columns in
 * {@link Booking}), {@code --parallel N} at a time, each row's outcome in a results file. Re-running with the
 * same results file skips the rows already booked; a row whose create may have reached the service without an
 * answer (the run was killed, or the SDK reported the outcome unknown) is looked up by name and slot with
 * {@code getConferencesList} before it is created again, so that no conference is booked twice.
 */
@Command(name = "book", mixinStandardHelpOptions = true,
        description = "Book one scheduled conference per row of a CSV file (columns: name,password,start,end;"
                + " optional: type (web|audio), participants, host, attendees, duration, param.KEY, rrule, zone). Resumable.")
final class BookCommand implements java.util.concurrent.Callable<Integer> {

    /** The most rows booked at once: the service is shared. */
    static final int MAX_PARALLEL = 32;

    @ParentCommand
    MmcCommand root;

    @Option(names = "--from", required = true, paramLabel = "CSV", description = "The bookings, one row each.")
    Path from;

    @Option(names = "--results", paramLabel = "CSV",
            description = "Results file, read again by a rerun to skip done rows (default: <from>.results.csv).")
    Path results;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Rows booked at once, 1 to " + MAX_PARALLEL + " (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--dry-run", description = "Check every row locally and report all problems; book nothing.")
    boolean dryRun;

    /** The rows with an rrule column: each books a series (SeriesRow) instead of one conference. */
    private final Map<Integer, SeriesRow> series = new java.util.concurrent.ConcurrentHashMap<>();

    /** A test hook: the JVM halts (as if killed) once this many rows have ended in this run. */
    @Option(names = "--halt-after", hidden = true)
    int haltAfter;

    @Override
    public Integer call() throws IOException {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new CommandLine.ParameterException(root.spec.commandLine(), "--parallel must be 1 to " + MAX_PARALLEL
                    + ", not " + parallel);
        }
        Csv.Table table = Csv.read(from);
        List<String> problems = new ArrayList<>(Booking.checkHeader(table.header()));
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Booking booking = Booking.of(i + 1, table.rows().get(i), problems);
            SeriesRow.read(booking, i + 1, table.rows().get(i).get(BookingColumn.RRULE.header()),
                    table.rows().get(i).get(BookingColumn.ZONE.header()), problems)
                    .ifPresent(row -> series.put(row.booking().row(), row));
            if (booking != null) {
                bookings.add(booking);
            }
        }
        PrintWriter out = root.spec.commandLine().getOut();
        PrintWriter err = root.spec.commandLine().getErr();
        if (!problems.isEmpty()) {
            report(problems, err);
            return ExitCodes.USAGE;
        }
        if (dryRun) {
            summary(out, Map.of("rows", bookings.size(), "valid", bookings.size()),
                    bookings.size() + " rows, all valid; nothing booked (--dry-run)");
            return ExitCodes.OK;
        }
        Path resultsFile = results != null ? results : from.resolveSibling(from.getFileName() + ".results.csv");
        // Connected first: a settings error leaves no results file behind.
        try (SampleConnection connection = root.connect();
                ResultsJournal journal = ResultsJournal.open(resultsFile)) {
            return book(bookings, journal, connection.mmc(), connection.organizer(), out, err, resultsFile);
        }
    }

    private void report(List<String> problems, PrintWriter err) {
        if (root.format() == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", "INVALID_ROWS");
            json.put("message", problems.size() + " problem(s) in " + from);
            json.put("problems", problems);
            json.put("local", true);
            json.put("exitCode", ExitCodes.USAGE);
            err.println(Rendering.json(json));
        } else {
            err.println(problems.size() + " problem(s) in " + from + ", nothing booked:");
            problems.forEach(problem -> err.println("  " + problem));
        }
        err.flush();
    }

    private int book(List<Booking> bookings, ResultsJournal journal, Mmc mmc, Organizer organizer, PrintWriter out,
            PrintWriter err, Path resultsFile) {
        List<Booking> todo = bookings.stream().filter(b -> {
            ResultsJournal.Result previous = journal.previous(b.row());
            return previous == null || previous.status() != ResultsJournal.Status.DONE;
        }).toList();
        Progress progress = new Progress(todo.size(), System.console() != null && root.format() == OutputFormat.TEXT, err);
        AtomicInteger ended = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<ResultsJournal.Result>> futures = new ArrayList<>();
            for (Booking booking : todo) {
                futures.add(pool.submit(() -> {
                    ResultsJournal.Result result = series.containsKey(booking.row())
                            ? series.get(booking.row()).book(journal.previous(booking.row()), journal, mmc, organizer)
                            : bookOne(booking, journal.previous(booking.row()), journal, mmc, organizer);
                    progress.ended(result);
                    if (root.format() != OutputFormat.TEXT) {
                        synchronized (out) {
                            root.print(row(result), out);
                        }
                    }
                    if (haltAfter > 0 && ended.incrementAndGet() >= haltAfter) {
                        err.flush();
                        Runtime.getRuntime().halt(137);
                    }
                    return result;
                }));
            }
            for (Future<ResultsJournal.Result> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        List<ResultsJournal.Result> all = journal.all();
        long done = all.stream().filter(r -> r.status() == ResultsJournal.Status.DONE).count();
        long failed = all.stream().filter(r -> r.status() == ResultsJournal.Status.FAILED).count();
        long unknown = all.size() - done - failed;
        if (root.format() == OutputFormat.TEXT) {
            out.println("Booked " + done + " of " + bookings.size() + " rows (" + (bookings.size() - todo.size())
                    + " done before this run, " + failed + " failed, " + unknown + " outcome unknown); results in "
                    + resultsFile);
            out.flush();
        }
        return failed > 0 ? ExitCodes.FUNCTIONAL_ERROR : unknown > 0 ? ExitCodes.TECHNICAL_ERROR : ExitCodes.OK;
    }

    private void summary(PrintWriter out, Map<String, Object> json, String text) {
        root.print(root.format() == OutputFormat.TEXT ? text : json, out);
    }

    private static Map<String, Object> row(ResultsJournal.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("row", result.row());
        json.put("name", result.name());
        json.put("status", result.status().name().toLowerCase(java.util.Locale.ROOT));
        json.put("id", result.id());
        json.put("url", result.url());
        json.put("participantUrls", result.participantUrls());
        json.put("error", result.error());
        return json;
    }

    /** Books one row: looks it up first when an earlier attempt may have created it. */
    private static ResultsJournal.Result bookOne(Booking booking, ResultsJournal.Result previous, ResultsJournal journal,
            Mmc mmc, Organizer organizer) {
        ResultsJournal.Result result;
        try {
            boolean mayExist = previous != null && (previous.status() == ResultsJournal.Status.STARTED
                    || previous.status() == ResultsJournal.Status.UNKNOWN);
            Optional<Conference> existing = mayExist ? lookUp(booking, mmc, organizer) : Optional.empty();
            if (existing.isPresent()) {
                result = done(booking, existing.get().getIdentifier(), existing.get().getUrl(), mmc, organizer);
            } else {
                journal.record(new ResultsJournal.Result(booking.row(), booking.name(), ResultsJournal.Status.STARTED, null,
                        null, null, null));
                result = create(booking, mmc, organizer);
            }
        } catch (OrangeApiException e) {
            result = failed(booking, ResultsJournal.Status.FAILED, code(e));
        }
        journal.record(result);
        return result;
    }

    private static ResultsJournal.Result create(Booking booking, Mmc mmc, Organizer organizer) {
        try {
            if (booking.audio()) {
                ScheduledAudioConference created = mmc.createAudioConference(organizer, booking.audioInfo());
                return new ResultsJournal.Result(booking.row(), booking.name(), ResultsJournal.Status.DONE,
                        Long.toString(created.getIdentifier()), created.getUrl(), null, null);
            }
            ScheduledConference created = mmc.createConference(organizer, booking.webInfo());
            return done(booking, created.getIdentifier(), created.getUrl(), mmc, organizer);
        } catch (TechnicalException e) {
            if (!e.isOutcomeUnknown()) {
                return failed(booking, e.isOutcomeUnknown() ? ResultsJournal.Status.UNKNOWN
                        : ResultsJournal.Status.FAILED, code(e));
            }
            Optional<Conference> existing = lookUp(booking, mmc, organizer);
            return existing.isPresent() ? done(booking, existing.get().getIdentifier(), existing.get().getUrl(), mmc, organizer)
                    : failed(booking, ResultsJournal.Status.UNKNOWN, code(e));
        }
    }

    private static ResultsJournal.Result done(Booking booking, long id, String url, Mmc mmc, Organizer organizer) {
        List<String> invited = new ArrayList<>();
        for (var participant : booking.participantInfos(id)) {
            Participant joined = mmc.joinConference(organizer, participant);
            invited.add(joined.getConferenceUrl());
        }
        return new ResultsJournal.Result(booking.row(), booking.name(), ResultsJournal.Status.DONE, Long.toString(id), url,
                invited.isEmpty() ? null : String.join(" ", invited), null);
    }

    private static ResultsJournal.Result failed(Booking booking, ResultsJournal.Status status, String error) {
        return new ResultsJournal.Result(booking.row(), booking.name(), status, null, null, null, error);
    }

    private static String code(OrangeApiException e) {
        return ErrorReport.of(e, 0).get("code") + ": " + e.getMessage();
    }

    /** The conference an earlier attempt may have created for this row: same name, same start (to the second). */
    static Optional<Conference> lookUp(Booking booking, Mmc mmc, Organizer organizer) {
        return mmc.getConferencesList(organizer, booking.start().minusMinutes(1), booking.end().plusMinutes(1), null)
                .stream()
                .filter(c -> booking.name().equals(c.getName()) && c.getStartDate() != null
                        && c.getStartDate().truncatedTo(ChronoUnit.SECONDS).isEqual(booking.start().truncatedTo(ChronoUnit.SECONDS)))
                .findFirst();
    }

    /** Progress on standard error: a bar redrawn in place on a terminal, one plain line per row otherwise. */
    private static final class Progress {
        private final int total;
        private final boolean terminal;
        private final PrintWriter err;
        private int ended;
        private int failed;

        Progress(int total, boolean terminal, PrintWriter err) {
            this.total = total;
            this.terminal = terminal;
            this.err = err;
        }

        synchronized void ended(ResultsJournal.Result result) {
            ended++;
            if (result.status() != ResultsJournal.Status.DONE) {
                failed++;
            }
            if (terminal) {
                int width = 30;
                int filled = total == 0 ? width : ended * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + ended + "/" + total
                        + (failed > 0 ? ", " + failed + " not booked" : ""));
            } else {
                err.println("row " + result.row() + ": " + result.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (result.id() != null ? " " + result.id() : "") + (result.error() != null ? " " + result.error() : ""));
            }
            err.flush();
        }

        synchronized void finish() {
            if (terminal) {
                err.println();
                err.flush();
            }
        }
    }
}
