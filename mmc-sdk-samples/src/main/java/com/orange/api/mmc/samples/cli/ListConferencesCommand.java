package com.orange.api.mmc.samples.cli;

import java.time.OffsetDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mmc list-conferences}: the conferences of a period, optionally of one host. */
@Command(name = "list-conferences", mixinStandardHelpOptions = true,
        description = "List the conferences of a period (within the last 6 months and the next year).")
final class ListConferencesCommand extends ServiceCommand {

    @Option(names = "--start", defaultValue = "now-6h", converter = Converters.When.class,
            description = "Period start (default: ${DEFAULT-VALUE}).")
    OffsetDateTime start;
    @Option(names = "--end", defaultValue = "now+6h", converter = Converters.When.class,
            description = "Period end (default: ${DEFAULT-VALUE}).")
    OffsetDateTime end;
    @Option(names = "--host-id", description = "Only this host's conferences.")
    Long hostId;

    @Override
    Operation prepare() {
        return c -> c.mmc().getConferencesList(c.organizer(), start, end, hostId);
    }
}
