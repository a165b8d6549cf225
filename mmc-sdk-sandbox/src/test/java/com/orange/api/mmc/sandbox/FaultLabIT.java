package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.orange.api.common.GatewayError;
import com.orange.api.common.TechnicalException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each kind of fault of the fault lab, as a user of the SDK sees it; the extension injects the lab. */
@ExtendWith(MmcSandboxExtension.class)
class FaultLabIT {

    private static ScheduledConferenceInfo weekly(String name) {
        OffsetDateTime start = OffsetDateTime.now().plusDays(1);
        return new ScheduledConferenceInfo(name, "weekly-password", start, start.plusHours(1));
    }

    @Test
    void anMmcErrorReachesTheCallerAsTheServiceWordsIt(Mmc mmc, Organizer organizer, SandboxFaults faults) {
        faults.next("createScheduledConference").mmcError(MmcError.MMC_22);

        MmcException refused = catchThrowableOfType(MmcException.class,
                () -> mmc.createConference(organizer, weekly("refused")));

        assertThat(refused.getCode()).isEqualTo("MMC_22");
        assertThat(refused.getError()).contains(MmcError.MMC_22);
        assertThat(refused.isLocal()).isFalse();
        assertThat(faults.pending()).isZero();
        assertThat(mmc.createConference(organizer, weekly("accepted")).getIdentifier()).isPositive();
    }

    @Test
    void aGatewayErrorOnAnyOperationAppliesToTheNextCallsItCounts(Mmc mmc, Organizer organizer, SandboxFaults faults) {
        faults.next("*").times(2).gatewayError(GatewayError.MED0006);

        for (int call = 1; call <= 2; call++) {
            TechnicalException quota = catchThrowableOfType(TechnicalException.class,
                    () -> mmc.createConference(organizer, weekly("quota")));
            assertThat(quota.getCode()).isEqualTo("MED0006");
            assertThat(quota.getGatewayError()).contains(GatewayError.MED0006);
            assertThat(quota.getHttpStatus()).isEqualTo(500);
            assertThat(quota.isRetryable()).isFalse();
        }
        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
    }

    @Test
    void anHttpStatusWithoutSoapIsReportedWithItsStatus(MmcSandbox sandbox, Organizer organizer, SandboxFaults faults) {
        faults.next("about").httpStatus(503);

        try (Mmc once = sandbox.clientBuilder().maxAttempts(1).build()) {
            TechnicalException unavailable = catchThrowableOfType(TechnicalException.class, () -> once.about(organizer));
            assertThat(unavailable.getCode()).isEqualTo("HTTP_503");
            assertThat(unavailable.getHttpStatus()).isEqualTo(503);
            assertThat(unavailable.isRetryable()).isTrue();
        }
    }

    @Test
    void aReadOperationIsRetriedPastOne503(Mmc mmc, Organizer organizer, SandboxFaults faults) {
        faults.next("about").httpStatus(503);

        assertThat(mmc.about(organizer)).isEqualTo("V1.4");
        assertThat(faults.pending()).isZero();
    }

    @Test
    void aDelayLongerThanTheRequestTimeoutIsATimeout(MmcSandbox sandbox, Organizer organizer, SandboxFaults faults) {
        faults.next("getConferencesList").delay(Duration.ofMillis(1500));
        OffsetDateTime now = OffsetDateTime.now();

        try (Mmc impatient = sandbox.clientBuilder().requestTimeout(Duration.ofMillis(300)).maxAttempts(1).build()) {
            TechnicalException late = catchThrowableOfType(TechnicalException.class,
                    () -> impatient.getConferencesList(organizer, now, now.plusDays(1), null));
            assertThat(late.getCode()).isEqualTo(TechnicalException.TIMEOUT);
            assertThat(late.getHttpStatus()).isZero();
        }
    }

    @Test
    void aDroppedAnswerLeavesTheConferenceCreatedAndTheCallFailed(Mmc mmc, Organizer organizer, SandboxFaults faults) {
        faults.next("createScheduledConference").dropConnectionAfterRequest();
        ScheduledConferenceInfo info = weekly("outcome-unknown");

        TechnicalException lost = catchThrowableOfType(TechnicalException.class, () -> mmc.createConference(organizer, info));

        assertThat(lost.getCode()).isEqualTo(TechnicalException.IO);
        assertThat(lost.getHttpStatus()).isZero();
        assertThat(lost.getAttempts()).as("a create is never sent twice").isEqualTo(1);
        List<Conference> listed = mmc.getConferencesList(organizer, info.getStartDate().minusMinutes(1),
                info.getStartDate().plusMinutes(1), null);
        assertThat(listed).extracting(Conference::getName).containsOnlyOnce("outcome-unknown");
    }
}
