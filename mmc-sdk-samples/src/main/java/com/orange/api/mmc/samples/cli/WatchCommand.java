package com.orange.api.mmc.samples.cli;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceListener;
import com.orange.api.mmc.ConferenceWatch;
import com.orange.api.mmc.WatchOptions;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mmc watch}: the organizer's conference changes as they happen, one line per event (with
 * {@code --output json}, one JSON object per line: {@code type}, {@code observedAt}, {@code conference},
 * {@code previous}), until interrupted or {@code --max-events} events were printed. Failed polls go to standard
 * error (as JSON with {@code --output json}) and the watch goes on.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Print the organizer's conference changes (booked, changed, started, stopped, removed) as they"
                + " happen, one line per event, until interrupted (Ctrl-C).")
final class WatchCommand implements Callable<Integer> {

    @ParentCommand
    MmcCommand root;

    @Option(names = "--poll-interval", paramLabel = "DURATION",
            description = "Time between two polls, ISO-8601 such as PT1M (default: the SDK's, 30 s: 2 calls a minute).")
    Duration pollInterval;

    @Option(names = "--behind", paramLabel = "DURATION",
            description = "Watch conferences that started up to this long ago, ISO-8601 (default: the SDK's, 1 day).")
    Duration behind;

    @Option(names = "--ahead", paramLabel = "DURATION",
            description = "Watch conferences that start within this time, ISO-8601 (default: the SDK's, 90 days).")
    Duration ahead;

    @Option(names = "--max-events", paramLabel = "N",
            description = "Stop after N events (default: run until interrupted).")
    Integer maxEvents;

    @Override
    public Integer call() throws InterruptedException {
        CommandLine commandLine = root.spec.commandLine();
        OutputFormat format = root.format();
        if (format == OutputFormat.CSV) {
            throw new ParameterException(commandLine, "watch prints text or json, not csv");
        }
        if (maxEvents != null && maxEvents < 1) {
            throw new ParameterException(commandLine, "--max-events must be at least 1, was " + maxEvents);
        }
        WatchOptions options;
        try {
            WatchOptions defaults = WatchOptions.defaults();
            options = WatchOptions.builder().pollInterval(pollInterval != null ? pollInterval : defaults.pollInterval())
                    .window(behind != null ? behind : defaults.behind(), ahead != null ? ahead : defaults.ahead())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        CountDownLatch enough = new CountDownLatch(maxEvents == null ? 1 : maxEvents);
        try (SampleConnection connection = root.connect()) {
            if (format == OutputFormat.TEXT) {
                err.println("Watching the conferences of " + connection.organizer().getServiceAccount() + " (a poll every "
                        + options.pollInterval().toSeconds() + " s); Ctrl-C to stop");
                err.flush();
            }
            ConferenceListener printer = new ConferenceListener() {
                @Override
                public void onEvent(ConferenceEvent event) {
                    if (maxEvents != null && enough.getCount() == 0) {
                        return;
                    }
                    out.println(format == OutputFormat.JSON ? Rendering.json(json(event)) : text(event));
                    out.flush();
                    if (maxEvents != null) {
                        enough.countDown();
                    }
                }

                @Override
                public void onError(OrangeApiException failure) {
                    err.println(format == OutputFormat.JSON
                            ? Rendering.json(ErrorReport.of(failure, ExitCodes.of(failure)))
                            : "Poll failed, trying again later: " + Printer.text(failure));
                    err.flush();
                }
            };
            try (ConferenceWatch watch = connection.mmc().watch(connection.organizer(), printer, options)) {
                enough.await();
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /** One event as a JSON object: its type, when it was seen, and the conference now and before. */
    static Map<String, Object> json(ConferenceEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", event.type().name());
        json.put("observedAt", event.observedAt().toString());
        json.put("conference", Rendering.plain(event.conference()));
        json.put("previous", event.previous() == null ? null : Rendering.plain(event.previous()));
        return json;
    }

    /** One event as a readable line: {@code <time> STARTED 42 "weekly" (Started, starts <date>)}. */
    static String text(ConferenceEvent event) {
        Conference conference = event.conference();
        StringBuilder line = new StringBuilder().append(event.observedAt()).append(' ').append(event.type()).append(' ')
                .append(conference.getIdentifier()).append(" \"").append(conference.getName()).append("\" (")
                .append(conference.getStateValue());
        if (conference.getStartDate() != null) {
            line.append(", starts ").append(conference.getStartDate());
        }
        Conference previous = event.previous();
        if (previous != null && previous.getName() != null && !previous.getName().equals(conference.getName())) {
            line.append(", was \"").append(previous.getName()).append('"');
        }
        return line.append(')').toString();
    }
}
