package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc create-conference}: an instantaneous web conference, or a scheduled one with a slot. */
@Command(name = "create-conference", mixinStandardHelpOptions = true,
        description = "Create an instantaneous conference, or a scheduled one with --start and --end.")
final class CreateConferenceCommand extends ServiceCommand {

    @Option(names = "--name", required = true, description = "Conference name.")
    String name;
    @Mixin
    SecretInput.Password password;
    @Option(names = "--start", converter = Converters.When.class, description = "Start (ISO-8601 or now+30m).")
    OffsetDateTime start;
    @Option(names = "--end", converter = Converters.When.class, description = "End (ISO-8601 or now+2h).")
    OffsetDateTime end;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter, for example "
            + "audioConfEnabled=true or conferenceVisibility=Public.")
    Map<String, String> parameters;

    @Override
    Operation prepare() {
        String secret = password(password);
        ConferenceInfo info = slot(start, end) ? new ScheduledConferenceInfo(name, secret, start, end)
                : new InstantaneousConferenceInfo(name, secret);
        info.getOptionalParameters().putAll(optional(parameters));
        return c -> c.mmc().createConference(c.organizer(), info);
    }
}
