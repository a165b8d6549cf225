package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ScheduledAudioConference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc start-audio-conference}: starts a scheduled audio conference. */
@Command(name = "start-audio-conference", mixinStandardHelpOptions = true,
        description = "Start a scheduled audio conference (at most an hour early).")
final class StartAudioConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Audio conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;

    @Override
    Operation prepare() {
        ScheduledAudioConference conference = new ScheduledAudioConference(id, password(password));
        return c -> c.mmc().startAudioConference(c.organizer(), conference);
    }
}
