package com.orange.api.mmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;
import org.junit.jupiter.api.Test;

/**
 * A call holds the binding runtime's per-thread coordinator slot while it runs (mmc-sdk-jaxb-tuning), and the
 * thread has it back empty once the call ends, whatever the outcome.
 */
class CallThreadHoldIT extends WireMockTestBase {

    /** What occupies the slot when each attempt ends, as the class's simple name. */
    private final List<String> seen = new ArrayList<>();

    private Mmc client() {
        mmc.close();
        mmc = stubs.client().addInterceptor(new MmcInterceptor() {
            @Override
            public void onAttemptEnd(MmcCallContext call, int attempt, Throwable failureOrNull) {
                Coordinator held = Coordinator._getInstance();
                seen.add(held == null ? "nothing" : held.getClass().getName());
            }
        }).build();
        return mmc;
    }

    @Test
    void theSlotIsHeldDuringTheCallAndEmptyAfter() {
        stubs.answer("about", "<m:aboutReturn>V1.4</m:aboutReturn>");

        assertThat(client().about(organizer)).isEqualTo("V1.4");

        assertThat(seen).singleElement().asString().startsWith("com.orange.api.mmc.jaxbtuning.");
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void theSlotIsEmptyAfterAFailedCall() {
        stubs.fault("about", "MMC_106", "no such conference", null);

        assertThat(catchThrowable(() -> client().about(organizer)))
                .isInstanceOf(MmcException.class);

        assertThat(seen).singleElement().asString().startsWith("com.orange.api.mmc.jaxbtuning.");
        assertThat(Coordinator._getInstance()).isNull();
    }
}
