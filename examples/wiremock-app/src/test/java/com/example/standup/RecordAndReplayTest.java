package com.example.standup;

import static com.github.tomakehurst.wiremock.client.WireMock.recordSpec;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.sandbox.MmcSandbox;
import com.orange.api.mmc.sandbox.SandboxAccount;
import com.orange.api.mmc.wiremock.MmcRecordingScrubber;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Records a short session against the sandbox through WireMock's proxy, scrubbed by
 * {@link MmcRecordingScrubber}, into {@code target/mmc-recordings}; checks that no secret reached a file;
 * then stops the sandbox and replays the session from the files alone, getting the same results.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordAndReplayTest {

    private static final Path RECORDINGS = Path.of("target", "mmc-recordings");
    private static final String ACCESS_KEY = "recording-access-key";
    private static final String ACCESS_KEY_PASSWORD = "akp-Recording-Secret-1";
    private static final String SERVICE_ACCOUNT = "recording-account";
    private static final String SERVICE_ACCOUNT_PASSWORD = "sap-Recording-Secret-2";
    private static final String CONFERENCE_PASSWORD = "conf-Recording-Secret-3";

    private static MmcSandbox sandbox;
    private static StandUp.Opened recorded;
    private static String recordedError;

    @BeforeAll
    static void startTheSandbox() throws IOException {
        sandbox = MmcSandbox.builder().accessKey(ACCESS_KEY, ACCESS_KEY_PASSWORD)
                .account(new SandboxAccount(SERVICE_ACCOUNT, SERVICE_ACCOUNT_PASSWORD, 1001, "recording-contract")).start();
        deleteRecursively(RECORDINGS);
        Files.createDirectories(RECORDINGS.resolve("mappings"));
        Files.createDirectories(RECORDINGS.resolve("__files"));
    }

    @AfterAll
    static void stopTheSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static Organizer organizer() {
        return new Organizer(ACCESS_KEY, ACCESS_KEY_PASSWORD, SERVICE_ACCOUNT, SERVICE_ACCOUNT_PASSWORD);
    }

    /** The client pointed at WireMock, on the sandbox's own path. */
    private static Mmc client(WireMockServer wireMock, String path) {
        return Mmc.builder().serviceUrl(URI.create(wireMock.baseUrl() + path)).maxAttempts(1).build();
    }

    /** The session: open a stand-up, then read a conference that does not exist (a recorded MMC fault). */
    private static String session(Mmc mmc, List<StandUp.Opened> opened) {
        opened.add(new StandUp(mmc, organizer()).open("stand-up", CONFERENCE_PASSWORD, "guest@example.com"));
        return assertThrows(MmcException.class, () -> mmc.getConferenceDetails(organizer(), 987654321L)).getCode();
    }

    @Test
    @Order(1)
    void recordsASessionAgainstTheSandbox() {
        WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort()
                .usingFilesUnderDirectory(RECORDINGS.toString()).extensions(new MmcRecordingScrubber()));
        wireMock.start();
        URI target = sandbox.serviceUrl();
        try (Mmc mmc = client(wireMock, target.getPath())) {
            wireMock.startRecording(recordSpec().forTarget(target.getScheme() + "://" + target.getAuthority())
                    .captureHeader("SOAPAction").captureHeader("Authorization").makeStubsPersistent(true));
            List<StandUp.Opened> opened = new java.util.ArrayList<>();
            recordedError = session(mmc, opened);
            recorded = opened.get(0);
            wireMock.stopRecording();
        } finally {
            wireMock.stop();
        }

        assertEquals("stand-up", recorded.name());
        assertEquals(CONFERENCE_PASSWORD, recorded.conferencePassword());
        assertNotNull(recordedError);
    }

    @Test
    @Order(2)
    void noSecretIsInAnyWrittenFile() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RECORDINGS)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 4, "one mapping per call of the session: " + files);
        String basic = Base64.getEncoder().encodeToString((ACCESS_KEY + ":" + ACCESS_KEY_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        boolean sawTheConference = false;
        for (Path file : files) {
            String content = Files.readString(file);
            for (String secret : List.of(ACCESS_KEY_PASSWORD, SERVICE_ACCOUNT_PASSWORD, CONFERENCE_PASSWORD, basic)) {
                assertFalse(content.contains(secret), file + " holds a secret");
            }
            assertFalse(content.toLowerCase().contains("authorization"), file + " holds an Authorization condition");
            sawTheConference |= content.contains("stand-up");
        }
        assertTrue(sawTheConference, "the recordings hold the session");
    }

    @Test
    @Order(3)
    void replaysTheSessionWithTheSandboxStopped() {
        URI sandboxUrl = sandbox.serviceUrl();
        String path = sandboxUrl.getPath();
        sandbox.close();
        sandbox = null;
        try (Mmc direct = Mmc.builder().serviceUrl(sandboxUrl).maxAttempts(1).build()) {
            assertThrows(TechnicalException.class, () -> direct.about(organizer()), "the sandbox is stopped");
        }

        WireMockServer wireMock = new WireMockServer(wireMockConfig().dynamicPort()
                .usingFilesUnderDirectory(RECORDINGS.toString()));
        wireMock.start();
        try (Mmc mmc = client(wireMock, path)) {
            List<StandUp.Opened> opened = new java.util.ArrayList<>();
            String replayedError = session(mmc, opened);

            assertEquals(recorded, opened.get(0));
            assertEquals(recordedError, replayedError);
        } finally {
            wireMock.stop();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
