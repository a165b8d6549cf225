package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.AudioConferenceInfo;
import com.orange.api.mmc.model.ConferenceOptionalParameter;

import java.util.List;
import java.util.Map;

import picocli.CommandLine.Option;

/** What an audio conference is made of besides its name and password: the options its commands share. */
final class AudioOptions {

    @Option(names = "--host", required = true, converter = Converters.AttendeeSpec.class,
            paramLabel = "FIRST,LAST,EMAIL,+PHONE", description = "The host.")
    Attendee host;
    @Option(names = "--attendee", converter = Converters.AttendeeSpec.class, paramLabel = "FIRST,LAST,EMAIL,+PHONE",
            description = "A guest (repeat for each).")
    List<Attendee> attendees = List.of();
    @Option(names = "--duration", required = true, description = "Real duration in minutes (at most 1440).")
    int duration;
    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Optional parameter, for example "
            + "audioType=Apac or audioCulture=en-US.")
    Map<String, String> parameters;

    /** @return {@code info}, filled with these options, the name, the password and the parsed parameters */
    <T extends AudioConferenceInfo> T fill(T info, String name, String password,
            Map<ConferenceOptionalParameter, String> optionalParameters) {
        info.setName(name);
        info.setPassword(password);
        info.setHost(host);
        info.getAttendees().addAll(attendees);
        info.setRealDuration(duration);
        info.getOptionalParameters().putAll(optionalParameters);
        return info;
    }
}
