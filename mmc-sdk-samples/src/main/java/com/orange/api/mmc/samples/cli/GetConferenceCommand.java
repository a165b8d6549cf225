package com.orange.api.mmc.samples.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mmc get-conference}: one conference by its identifier. */
@Command(name = "get-conference", mixinStandardHelpOptions = true, description = "Print one conference.")
final class GetConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;

    @Override
    Operation prepare() {
        return c -> c.mmc().getConferenceDetails(c.organizer(), id);
    }
}
