package com.orange.api.mmc.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.orange.api.common.GatewayError;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of failure a stub gives, read back by the SDK as the exception the real service's gives. */
class MmcStubsFailuresIT extends StubbedClient {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = StubServer.extension();

    MmcStubsFailuresIT() {
        super(WIREMOCK);
    }

    @ParameterizedTest
    @EnumSource(MmcError.class)
    void anMmcErrorIsTheMmcExceptionWithItsCode(MmcError error) {
        WIREMOCK.stubFor(MmcStubs.getConferenceDetails().withConferenceId(7).willFail(error).build());

        MmcException thrown = catchThrowableOfType(MmcException.class, () -> mmc.getConferenceDetails(organizer, 7));

        assertThat(thrown.getError()).contains(error);
        assertThat(thrown.getServiceMessage()).contains(error.description());
        assertThat(thrown.getInputParameter()).isEqualTo(java.util.Optional.ofNullable(error.inputParameter()));
        assertThat(thrown.isLocal()).isFalse();
        assertThat(thrown.getOperation()).isEqualTo("getConferenceDetails");
    }

    @ParameterizedTest
    @EnumSource(GatewayError.class)
    void aGatewayErrorIsTheTechnicalExceptionTheGatewaysGives(GatewayError error) {
        WIREMOCK.stubFor(MmcStubs.createScheduledConference().willFail(error).build());

        TechnicalException thrown = catchThrowableOfType(TechnicalException.class, () -> mmc.createConference(organizer,
                new ScheduledConferenceInfo("weekly", "conf-pwd", StubServer.START, StubServer.END)));

        assertThat(thrown.getCode()).isEqualTo(error.code());
        assertThat(thrown.getGatewayError()).contains(error);
        assertThat(thrown.isRetryable()).isEqualTo(error.retryable());
        // The gateway's 401 comes as the status alone; every other code as a SOAP fault, which arrives with 500.
        assertThat(thrown.getHttpStatus()).isEqualTo(error.httpStatus() == 401 ? 401 : 500);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 502, 503, 504})
    void anHttpStatusWithoutSoapIsTheSdksHttpCode(int status) {
        WIREMOCK.stubFor(MmcStubs.about().willReturnHttpStatus(status).build());

        TechnicalException thrown = catchThrowableOfType(TechnicalException.class, () -> mmc.about(organizer));

        assertThat(thrown.getCode()).isEqualTo("HTTP_" + status);
        assertThat(thrown.getHttpStatus()).isEqualTo(status);
    }

    @Test
    void http401IsTheGatewaysAuthenticationFailure() {
        WIREMOCK.stubFor(MmcStubs.about().willReturnHttpStatus(401).build());

        TechnicalException thrown = catchThrowableOfType(TechnicalException.class, () -> mmc.about(organizer));

        assertThat(thrown.getGatewayError()).contains(GatewayError.REQ_AUTHENTICATION_FAILURE);
    }

    @Test
    void aDelayBeyondTheRequestTimeoutIsATimeout() {
        WIREMOCK.stubFor(MmcStubs.startScheduledConference().willReturn(new ScheduledConference(5, "conf-pwd"))
                .willDelay(Duration.ofSeconds(5)).build());

        try (Mmc impatient = StubServer.client(WIREMOCK).requestTimeout(Duration.ofMillis(200)).build()) {
            TechnicalException thrown = catchThrowableOfType(TechnicalException.class,
                    () -> impatient.startConference(organizer, new ScheduledConference(5, "conf-pwd")));

            assertThat(thrown.getCode()).isEqualTo(TechnicalException.TIMEOUT);
            assertThat(thrown.isOutcomeUnknown()).isTrue();
        }
    }

    @Test
    void aDelayWithinTheRequestTimeoutStillAnswers() {
        WIREMOCK.stubFor(MmcStubs.about().willReturn("V1.4").willDelay(Duration.ofMillis(50)).build());

        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
    }
}
