package com.orange.api.mmc.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.InstantaneousConference;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.Participant;
import com.orange.api.mmc.model.ParticipantInfo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session recorded through WireMock's proxy with the scrubber (a stubbed service behind it), then replayed
 * from the mappings alone by an organizer with other passwords: same results, no secret in the mappings.
 */
class MmcRecordingScrubberIT {

    @RegisterExtension
    static final WireMockExtension SERVICE = StubServer.extension();

    private static final Organizer RECORDING = new Organizer("rec-key", "akp-Rec-Secret-1", "rec-account",
            "sap-Rec-Secret-2");
    private static final Organizer REPLAYING = new Organizer("rec-key", "another-key-pwd", "rec-account",
            "another-account-pwd");
    private static final String PATH = "/api/MultimediaConference-1";

    private record Session(InstantaneousConference conference, Participant guest, String failure) {
    }

    private static Session run(WireMockServer server, Organizer organizer, String conferencePassword) {
        try (Mmc mmc = Mmc.builder().serviceUrl(URI.create(server.baseUrl() + PATH)).maxAttempts(1).build()) {
            InstantaneousConference conference = mmc.createConference(organizer,
                    new InstantaneousConferenceInfo("stand-up", conferencePassword));
            Participant guest = mmc.joinConference(organizer, new ParticipantInfo("Bob", "Guest", "bob@example.com",
                    conference.getIdentifier(), conferencePassword));
            MmcException failure = catchThrowableOfType(MmcException.class,
                    () -> mmc.getConferenceDetails(organizer, 404));
            return new Session(conference, guest, failure.getCode());
        }
    }

    /** The servers' file root: empty, so that they write and load no mapping of their own. */
    @TempDir
    Path files;

    @Test
    void aScrubbedRecordingReplaysWithOtherPasswords() {
        SERVICE.stubFor(MmcStubs.createInstantaneousConference().willReturn(
                new InstantaneousConference(77, "conf-Rec-Secret-3")).build());
        SERVICE.stubFor(MmcStubs.joinConference().withConferenceId(77)
                .willReturn(new Participant(78, "en-US", "https://join?participant=78")).build());
        SERVICE.stubFor(MmcStubs.getConferenceDetails().withConferenceId(404).willFail(MmcError.MMC_106).build());

        WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort()
                .usingFilesUnderDirectory(files.toString()).extensions(new MmcRecordingScrubber()));
        proxy.start();
        Session recorded;
        List<StubMapping> mappings;
        try {
            proxy.startRecording(recordSpec().forTarget(SERVICE.baseUrl()).captureHeader("Authorization")
                    .captureHeader("SOAPAction").makeStubsPersistent(false));
            recorded = run(proxy, RECORDING, "conf-Rec-Secret-3");
            mappings = proxy.stopRecording().getStubMappings();
        } finally {
            proxy.stop();
        }

        String written = Json.write(mappings);
        String basic = Base64.getEncoder().encodeToString("rec-key:akp-Rec-Secret-1".getBytes(StandardCharsets.UTF_8));
        assertThat(mappings).hasSize(3);
        assertThat(written).contains("stand-up", "rec-account")
                .doesNotContain("akp-Rec-Secret-1", "sap-Rec-Secret-2", "conf-Rec-Secret-3", basic);

        WireMockServer replay = new WireMockServer(wireMockConfig().dynamicPort()
                .usingFilesUnderDirectory(files.toString()));
        replay.start();
        try {
            mappings.forEach(replay::addStubMapping);
            Session replayed = run(replay, REPLAYING, "conf-Rec-Secret-3");

            assertThat(replayed).usingRecursiveComparison().isEqualTo(recorded);
            assertThat(replayed.failure()).isEqualTo("MMC_106");
            assertThat(run(replay, REPLAYING, "another-conf-pwd").guest().getIdentifier()).isEqualTo(78);
        } finally {
            replay.stop();
        }
    }
}
