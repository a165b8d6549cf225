package com.orange.api.mmc.samples.cli;

import java.time.OffsetDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mmc get-licences-usage}: the licence usage of a past period. */
@Command(name = "get-licences-usage", mixinStandardHelpOptions = true,
        description = "Print the licence usage of a past period (within the last year, until yesterday).")
final class GetLicencesUsageCommand extends ServiceCommand {

    @Option(names = "--start", defaultValue = "now-10d", converter = Converters.When.class,
            description = "Period start (default: ${DEFAULT-VALUE}).")
    OffsetDateTime start;
    @Option(names = "--end", defaultValue = "now-2d", converter = Converters.When.class,
            description = "Period end (default: ${DEFAULT-VALUE}).")
    OffsetDateTime end;

    @Override
    Operation prepare() {
        return c -> c.mmc().getLicencesUsage(c.organizer(), start, end);
    }
}
