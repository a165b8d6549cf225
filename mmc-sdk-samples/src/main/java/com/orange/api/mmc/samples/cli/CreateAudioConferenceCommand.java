package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;

import java.time.OffsetDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc create-audio-conference}: an instantaneous audio conference, or a scheduled one with a slot. */
@Command(name = "create-audio-conference", mixinStandardHelpOptions = true,
        description = "Create an instantaneous audio conference, or a scheduled one with --start and --end.")
final class CreateAudioConferenceCommand extends ServiceCommand {

    @Option(names = "--name", required = true, description = "Audio conference name.")
    String name;
    @Mixin
    SecretInput.Password password;
    @Mixin
    AudioOptions audio;
    @Option(names = "--start", converter = Converters.When.class, description = "Start.")
    OffsetDateTime start;
    @Option(names = "--end", converter = Converters.When.class, description = "End.")
    OffsetDateTime end;

    @Override
    Operation prepare() {
        String secret = password(password);
        AudioConferenceInfo info;
        if (slot(start, end)) {
            ScheduledAudioConferenceInfo scheduled = new ScheduledAudioConferenceInfo();
            scheduled.setStartDate(start);
            scheduled.setEndDate(end);
            info = scheduled;
        } else {
            info = new InstantaneousAudioConferenceInfo();
        }
        audio.fill(info, name, secret, optional(audio.parameters));
        return c -> c.mmc().createAudioConference(c.organizer(), info);
    }
}
