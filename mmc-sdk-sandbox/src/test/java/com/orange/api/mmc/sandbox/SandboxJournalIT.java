package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sandbox's journal: the calls received, in order, with their codes, and nothing secret. */
class SandboxJournalIT {

    private static final Instant T0 = Instant.parse("2030-01-15T09:00:00Z");

    private final SandboxClock clock = SandboxClock.at(T0);
    private MmcSandbox sandbox;
    private Mmc mmc;
    private Organizer organizer;

    @BeforeEach
    void start() {
        sandbox = MmcSandbox.builder().clock(clock).admin(true).start();
        mmc = sandbox.clientBuilder().maxAttempts(1).build();
        organizer = sandbox.organizer();
    }

    @AfterEach
    void stop() {
        mmc.close();
        sandbox.close();
    }

    private ScheduledConferenceInfo weekly() {
        return new ScheduledConferenceInfo("weekly", "conference-secret", T0.atOffset(ZoneOffset.UTC).plusHours(1),
                T0.atOffset(ZoneOffset.UTC).plusHours(2));
    }

    @Test
    void theJournalKeepsTheCallsInOrderWithTheirCodesAndTimes() {
        mmc.about(organizer);
        clock.advance(Duration.ofMinutes(1));
        mmc.createConference(organizer, weekly());
        clock.advance(Duration.ofMinutes(1));
        catchThrowable(() -> mmc.getConferenceDetails(organizer, 999_999));
        sandbox.faults().next("about").mmcError(MmcError.MMC_22);
        catchThrowable(() -> mmc.about(organizer));

        assertThat(sandbox.journal().calls()).containsExactly(
                new SandboxCall("about", MmcSandbox.DEFAULT_SERVICE_ACCOUNT, null, T0),
                new SandboxCall("createScheduledConference", MmcSandbox.DEFAULT_SERVICE_ACCOUNT, null,
                        T0.plusSeconds(60)),
                new SandboxCall("getConferenceDetails", MmcSandbox.DEFAULT_SERVICE_ACCOUNT, "MMC_106",
                        T0.plusSeconds(120)),
                new SandboxCall("about", MmcSandbox.DEFAULT_SERVICE_ACCOUNT, "MMC_22", T0.plusSeconds(120)));
        assertThat(sandbox.journal()).extracting(SandboxCall::succeeded).containsExactly(true, true, false, false);
    }

    @Test
    void aCallRefusedBeforeTheServiceIsJournaledWithTheGatewaysCode() {
        Organizer stranger = new Organizer("wrong-key", "wrong-key-password", "someone", "someone-password");
        catchThrowable(() -> mmc.about(stranger));

        assertThat(sandbox.journal().calls()).singleElement().satisfies(call -> {
            assertThat(call.operation()).isEqualTo("about");
            assertThat(call.code()).isEqualTo("REQ.AUTHENTICATION_FAILURE");
        });
    }

    @Test
    void countTellsHowManyCallsOfAnOperationWereReceived() {
        mmc.createConference(organizer, weekly());
        mmc.createConference(organizer, weekly());
        mmc.about(organizer);

        assertThat(sandbox.journal().count("createScheduledConference")).isEqualTo(2);
        assertThat(sandbox.journal().count("about")).isEqualTo(1);
        assertThat(sandbox.journal().count("deleteScheduledConference")).isZero();
    }

    @Test
    void clearForgetsTheCallsSoFar() {
        mmc.about(organizer);
        sandbox.journal().clear();
        mmc.createConference(organizer, weekly());

        assertThat(sandbox.journal().calls()).extracting(SandboxCall::operation)
                .containsExactly("createScheduledConference");
    }

    @Test
    void noSecretReachesTheJournal() throws Exception {
        mmc.createConference(organizer, weekly());
        catchThrowable(() -> mmc.about(new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(),
                MmcSandbox.DEFAULT_SERVICE_ACCOUNT, "a-wrong-secret")));

        String everything = sandbox.journal().toString() + sandbox.journal().calls() + admin("GET").body();
        assertThat(everything).contains("createScheduledConference", "MMC_78")
                .doesNotContain(MmcSandbox.DEFAULT_SERVICE_ACCOUNT_PASSWORD, "a-wrong-secret", "conference-secret",
                        sandbox.accessKeyPassword(), "Basic ");
    }

    @Test
    void theAdminPageServesTheJournalAsJson() throws Exception {
        mmc.about(organizer);
        catchThrowable(() -> mmc.getConferenceDetails(organizer, 999_999));

        HttpResponse<String> journal = admin("GET");

        assertThat(journal.statusCode()).isEqualTo(200);
        assertThat(journal.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(journal.body()).isEqualTo("[{\"operation\":\"about\",\"serviceAccount\":\"sandbox-service-account\","
                + "\"code\":null,\"at\":\"2030-01-15T09:00:00Z\"},{\"operation\":\"getConferenceDetails\","
                + "\"serviceAccount\":\"sandbox-service-account\",\"code\":\"MMC_106\",\"at\":\"2030-01-15T09:00:00Z\"}]");
        assertThat(admin("DELETE").body()).isEqualTo("[]");
        assertThat(sandbox.journal().calls()).isEmpty();
    }

    @Test
    void theAdminJournalWantsTheAccessKey() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(sandbox.serviceUrl().resolve(AdminJournal.PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> admin(String method) throws Exception {
        URI uri = sandbox.serviceUrl().resolve(AdminJournal.PATH);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).method(method,
                        HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (sandbox.accessKey() + ":" + sandbox.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The extension resolves the journal of its sandbox and empties it after each test. */
    @Nested
    @ExtendWith(MmcSandboxExtension.class)
    class WithTheExtension {

        @Test
        void theJournalIsAParameter(Mmc client, Organizer owner, SandboxJournal journal, MmcSandbox itsSandbox) {
            assertThat(journal).isSameAs(itsSandbox.journal());
            client.about(owner);
            assertThat(journal.count("about")).isEqualTo(1);
        }
    }
}
