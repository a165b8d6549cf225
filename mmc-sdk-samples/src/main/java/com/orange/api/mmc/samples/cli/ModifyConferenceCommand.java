package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc modify-conference}: a scheduled web conference's name, password, slot and parameters. */
@Command(name = "modify-conference", mixinStandardHelpOptions = true,
        description = "Modify a scheduled conference that has not started.")
final class ModifyConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;
    @Option(names = "--new-name", required = true, description = "New name.")
    String newName;
    @Mixin
    SecretInput.NewPassword newPassword;
    @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
    OffsetDateTime start;
    @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
    OffsetDateTime end;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter.")
    Map<String, String> parameters;

    @Override
    Operation prepare() {
        ScheduledConference conference = new ScheduledConference(id, password(password));
        ScheduledConferenceInfo info = new ScheduledConferenceInfo(newName, newPassword(newPassword), start, end);
        info.getOptionalParameters().putAll(optional(parameters));
        return c -> c.mmc().modifyConference(c.organizer(), conference, info);
    }
}
