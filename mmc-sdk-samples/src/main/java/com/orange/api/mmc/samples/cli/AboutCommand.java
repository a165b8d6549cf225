package com.orange.api.mmc.samples.cli;

import picocli.CommandLine.Command;

/** {@code mmc about}: the API release. */
@Command(name = "about", mixinStandardHelpOptions = true, description = "Print the MMC API release.")
final class AboutCommand extends ServiceCommand {

    @Override
    Operation prepare() {
        return c -> c.mmc().about(c.organizer());
    }
}
