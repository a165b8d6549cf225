package com.orange.api.mmc.samples.cli;

import picocli.CommandLine.Command;

/** {@code mmc tour}: the manual's whole scenario end to end ({@link Tour}), each step printed as it ends. */
@Command(name = "tour", mixinStandardHelpOptions = true,
        description = "Run the whole scenario of the manual end to end, printing each step"
                + " (with --output json: one JSON object per step).")
final class TourCommand extends ServiceCommand {

    @Override
    Operation prepare() {
        return c -> {
            new Tour(c.mmc(), c.organizer(), StepSink.of(root.format(), spec.commandLine().getOut())).run();
            return null;
        };
    }
}
