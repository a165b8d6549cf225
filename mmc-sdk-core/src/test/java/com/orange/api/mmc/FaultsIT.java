package com.orange.api.mmc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.GatewayError;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.model.Attendee;
import com.orange.api.mmc.model.InstantaneousAudioConferenceInfo;
import com.orange.api.mmc.model.InstantaneousConferenceInfo;
import com.orange.api.mmc.model.ParticipantInfo;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per class of failure: how each reaches the caller, and that nothing leaks a secret. */
class FaultsIT extends WireMockTestBase {

    @Test
    void anMmcFaultBecomesMmcExceptionWithItsCodeAndCatalogEntry() {
        stubs.fault("startScheduledConference", "MMC_28", "Wrong password", "conferenceConnection/password");

        MmcException e = catchThrowableOfType(MmcException.class,
                () -> mmc.startConference(organizer, new ScheduledConference(12073, "wrong-password")));

        assertThat(e.getCode()).isEqualTo("MMC_28");
        assertThat(e.getError()).contains(MmcError.MMC_28);
        assertThat(e.getError().get().errorName()).isEqualTo("BadPasswordConferenceConnection");
        assertThat(e.getInputParameter()).contains("conferenceConnection/password");
        assertThat(e.isLocal()).isFalse();
        assertThat(e.getOperation()).isEqualTo("startConference");
        assertThat(e.getMessage()).contains("MMC_28", "BadPasswordConferenceConnection", "Wrong password", "startConference")
                .doesNotContain("wrong-password");
        assertThat(stubs.requests()).as("business faults are never retried").hasSize(1);
    }

    @Test
    void anMmcCodeUnknownToTheCatalogStillReachesTheCaller() {
        stubs.fault("about", "MMC_999", "Something new", null);

        MmcException e = catchThrowableOfType(MmcException.class, () -> mmc.about(organizer));

        assertThat(e.getCode()).isEqualTo("MMC_999");
        assertThat(e.getError()).isEmpty();
        assertThat(e.getMessage()).contains("Something new");
    }

    @Test
    void aGatewayFaultBecomesTechnicalExceptionWithTheGatewayCode() {
        stubs.answer("createInstantaneousConference", aResponse().withStatus(500)
                .withHeader("Content-Type", "text/xml; charset=utf-8")
                .withBody(SoapStubs.envelope("<soapenv:Fault><faultcode>soapenv:Server</faultcode>"
                        + "<faultstring>MED0006: The quota is exceeded</faultstring></soapenv:Fault>")));

        TechnicalException e = catchThrowableOfType(TechnicalException.class,
                () -> mmc.createConference(organizer, new InstantaneousConferenceInfo("name", "password")));

        assertThat(e.getCode()).isEqualTo("MED0006");
        assertThat(e.getGatewayError()).contains(GatewayError.MED0006);
        assertThat(e.getHttpStatus()).isEqualTo(500);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("createConference", "MED0006", "quota");
    }

    @Test
    void aGatewayCodeInTheFaultCodeIsRecognisedToo() {
        stubs.answer("about", aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                .withBody(SoapStubs.envelope("<soapenv:Fault><faultcode>REQ.SCHEMA_VALIDATION_ERROR</faultcode>"
                        + "<faultstring>Schema Validation Error</faultstring></soapenv:Fault>")));

        TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(organizer));

        assertThat(e.getCode()).isEqualTo("REQ.SCHEMA_VALIDATION_ERROR");
    }

    @Test
    void http401WithoutSoapBodyIsTheGatewayAuthenticationFailure() {
        stubs.answer("about", aResponse().withStatus(401));

        TechnicalException e = catchThrowableOfType(TechnicalException.class, () -> mmc.about(organizer));

        assertThat(e.getCode()).isEqualTo("REQ.AUTHENTICATION_FAILURE");
        assertThat(e.getGatewayError()).contains(GatewayError.REQ_AUTHENTICATION_FAILURE);
        assertThat(e.getHttpStatus()).isEqualTo(401);
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getMessage()).doesNotContain(SoapStubs.ACCESS_KEY_PASSWORD, SoapStubs.SERVICE_ACCOUNT_PASSWORD);
    }

    @Test
    void anHtmlErrorPageIsATechnicalExceptionWithItsStatus() {
        stubs.answer("getConferenceDetails", aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Internal Server Error</h1></body></html>"));

        TechnicalException e = catchThrowableOfType(TechnicalException.class,
                () -> mmc.getConferenceDetails(organizer, 1));

        assertThat(e.getCode()).isEqualTo("HTTP_500");
        assertThat(e.getHttpStatus()).isEqualTo(500);
        assertThat(e.getGatewayError()).isEmpty();
        assertThat(e.getMessage()).contains("getConferenceDetails", "HTTP 500");
    }

    /** A call the SDK refuses locally. */
    private interface Refused {
        void call(Mmc mmc, Organizer organizer);
    }

    static Stream<Arguments> localRules() {
        InstantaneousAudioConferenceInfo tooLong = new InstantaneousAudioConferenceInfo();
        tooLong.setName("audio");
        tooLong.setPassword("password");
        tooLong.setHost(new Attendee("+33100000000", "joe", "black", "joe.black@never.land"));
        tooLong.setRealDuration(24 * 60 + 1);
        return Stream.of(
                argumentSet("password shorter than 4", "MMC_20", (Refused) (m, o) -> m.createConference(o,
                        new InstantaneousConferenceInfo("name", "abc"))),
                argumentSet("end before start", "MMC_38", (Refused) (m, o) -> m.createConference(o,
                        new ScheduledConferenceInfo("name", "password", OffsetDateTime.now().plusHours(2),
                                OffsetDateTime.now().plusHours(1)))),
                argumentSet("bad mail", "MMC_14", (Refused) (m, o) -> m.joinConference(o,
                        new ParticipantInfo("John", "Doe", "john.doe-at-mailbox", 1, "password"))),
                argumentSet("audio longer than a day", "MMC_542", (Refused) (m, o) -> m.createAudioConference(o,
                        tooLong)),
                argumentSet("blank name", "MMC_17", (Refused) (m, o) -> m.createConference(o,
                        new InstantaneousConferenceInfo(" ", "password"))));
    }

    @ParameterizedTest
    @MethodSource("localRules")
    void aLocalRuleFailsBeforeAnythingIsSent(String code, Refused refused) {
        MmcException e = catchThrowableOfType(MmcException.class, () -> refused.call(mmc, organizer));

        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.isLocal()).isTrue();
        assertThat(stubs.requests()).as("WireMock received nothing").isEmpty();
    }

    @Test
    void aLocalRuleNamesTheFieldAndNeverTheValue() {
        MmcException e = catchThrowableOfType(MmcException.class,
                () -> mmc.createConference(organizer, new InstantaneousConferenceInfo("name", "abc")));

        assertThat(e.getInputParameter()).contains("instantaneousConferenceInfo/password");
        assertThat(e.getMessage()).doesNotContain("abc'");
    }

    @Test
    void aNullArgumentIsNamedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> mmc.about(null)).isInstanceOf(NullPointerException.class).hasMessage("organizer");
        assertThatThrownBy(() -> mmc.createConference(organizer, (InstantaneousConferenceInfo) null))
                .isInstanceOf(NullPointerException.class).hasMessage("conferenceInfo");
        assertThatThrownBy(() -> mmc.getConferencesList(organizer, null, OffsetDateTime.now(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("startDate");
        assertThat(stubs.requests()).isEmpty();
    }

    @Test
    void anOrganizerWithoutCredentialsIsAConfigurationErrorNamingTheKey() {
        Organizer incomplete = new Organizer();
        incomplete.setAccessKey("key");

        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, () -> mmc.about(incomplete));

        assertThat(e.getKey()).contains("accessKeyPassword");
        assertThat(e.getMessage()).contains("accessKeyPassword");
        assertThat(stubs.requests()).isEmpty();
    }

    @Test
    void aRefusedConnectionIsARetryableIoFailureCountingItsAttempts() {
        int port = stubs.server.port();
        stubs.close();
        try (Mmc retrying = Mmc.builder().serviceUrl(java.net.URI.create("http://localhost:" + port + SoapStubs.PATH))
                .maxAttempts(2).build()) {

            TechnicalException e = catchThrowableOfType(TechnicalException.class,
                    () -> retrying.createConference(organizer, new InstantaneousConferenceInfo("name", "password")));

            assertThat(e.getCode()).isEqualTo(TechnicalException.IO);
            assertThat(e.getHttpStatus()).isZero();
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getAttempts()).as("a refused connection never reached the service: retried").isEqualTo(2);
        }
        stubs = new SoapStubs();
    }
}
