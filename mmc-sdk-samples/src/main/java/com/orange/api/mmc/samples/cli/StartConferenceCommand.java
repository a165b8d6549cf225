package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ScheduledConference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc start-conference}: starts a scheduled web conference and prints the URL that opens it. */
@Command(name = "start-conference", mixinStandardHelpOptions = true,
        description = "Start a scheduled conference (at most an hour early) and print the URL that opens it.")
final class StartConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;

    @Override
    Operation prepare() {
        ScheduledConference conference = new ScheduledConference(id, password(password));
        return c -> c.mmc().startConference(c.organizer(), conference);
    }
}
