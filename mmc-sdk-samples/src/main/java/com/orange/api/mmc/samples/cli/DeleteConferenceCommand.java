package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ScheduledConference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc delete-conference}: a scheduled web conference that has not started. */
@Command(name = "delete-conference", mixinStandardHelpOptions = true,
        description = "Delete a scheduled conference that has not started.")
final class DeleteConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;

    @Override
    Operation prepare() {
        ScheduledConference conference = new ScheduledConference(id, password(password));
        return c -> {
            c.mmc().deleteConference(c.organizer(), conference);
            return "Conference deleted";
        };
    }
}
