package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.ScheduledAudioConference;
import com.orange.api.mmc.model.ScheduledAudioConferenceInfo;

import java.time.OffsetDateTime;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc modify-audio-conference}: everything of a scheduled audio conference that has not started. */
@Command(name = "modify-audio-conference", mixinStandardHelpOptions = true,
        description = "Modify a scheduled audio conference that has not started.")
final class ModifyAudioConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Audio conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;
    @Option(names = "--new-name", required = true, description = "New name.")
    String newName;
    @Mixin
    SecretInput.NewPassword newPassword;
    @Mixin
    AudioOptions audio;
    @Option(names = "--start", required = true, converter = Converters.When.class, description = "New start.")
    OffsetDateTime start;
    @Option(names = "--end", required = true, converter = Converters.When.class, description = "New end.")
    OffsetDateTime end;

    @Override
    Operation prepare() {
        ScheduledAudioConference conference = new ScheduledAudioConference(id, password(password));
        ScheduledAudioConferenceInfo info = audio.fill(new ScheduledAudioConferenceInfo(), newName,
                newPassword(newPassword), optional(audio.parameters));
        info.setStartDate(start);
        info.setEndDate(end);
        return c -> c.mmc().modifyAudioConference(c.organizer(), conference, info);
    }
}
