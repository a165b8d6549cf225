package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.model.CultureName;
import com.orange.api.mmc.model.ParticipantInfo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mmc join-conference}: invites a participant and prints the URL they open to join. */
@Command(name = "join-conference", mixinStandardHelpOptions = true,
        description = "Invite a participant; print the URL they open to join.")
final class JoinConferenceCommand extends ServiceCommand {

    @Option(names = "--id", required = true, description = "Conference identifier.")
    long id;
    @Mixin
    SecretInput.Password password;
    @Option(names = "--first-name", required = true, description = "Participant's first name.")
    String firstName;
    @Option(names = "--last-name", required = true, description = "Participant's last name.")
    String lastName;
    @Option(names = "--email", required = true, description = "Participant's mail.")
    String email;
    @Option(names = "--culture", description = "Invitation language: en-US or fr-FR.")
    String culture;

    @Override
    Operation prepare() {
        ParticipantInfo info = new ParticipantInfo(firstName, lastName, email, id, password(password));
        if (culture != null) {
            CultureName language = CultureName.fromWireValue(culture);
            if (language == CultureName.UNKNOWN_TO_SDK_VERSION) {
                throw usage("--culture must be en-US or fr-FR, not " + culture);
            }
            info.setCultureName(language);
        }
        return c -> c.mmc().joinConference(c.organizer(), info);
    }
}
