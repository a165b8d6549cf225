package com.orange.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class GatewayErrorTest {

    @Test
    void theCatalogHoldsTheManuals45TechnicalCodes() {
        assertThat(GatewayError.values()).hasSize(45);
        assertThat(Arrays.stream(GatewayError.values()).filter(e -> e.category() == GatewayError.Category.METADATA)).hasSize(6);
        assertThat(Arrays.stream(GatewayError.values()).filter(e -> e.category() == GatewayError.Category.POLICY)).hasSize(14);
        assertThat(Arrays.stream(GatewayError.values()).filter(e -> e.category() == GatewayError.Category.GATEWAY)).hasSize(13);
        assertThat(Arrays.stream(GatewayError.values()).filter(e -> e.category() == GatewayError.Category.CONNECTIVITY)).hasSize(12);
    }

    @Test
    void codesAreLookedUpAsTheGatewaySpellsThem() {
        assertThat(GatewayError.fromCode("MED0006")).contains(GatewayError.MED0006);
        assertThat(GatewayError.fromCode("REQ.AUTHENTICATION_FAILURE")).contains(GatewayError.REQ_AUTHENTICATION_FAILURE);
        assertThat(GatewayError.fromCode(" DPW0008 ")).contains(GatewayError.DPW0008);
        assertThat(GatewayError.fromCode("REQ_AUTHENTICATION_FAILURE")).isEmpty();
        assertThat(GatewayError.fromCode(null)).isEmpty();
        assertThat(GatewayError.REQ_AUTHENTICATION_FAILURE.httpStatus()).isEqualTo(401);
        assertThat(GatewayError.MED0006.description()).isEqualTo("The quota is exceeded");
    }

    @Test
    void onlyFailuresToReachTheBackEndAreRetryable() {
        assertThat(Arrays.stream(GatewayError.values()).filter(GatewayError::retryable).map(GatewayError::code))
                .containsExactlyInAnyOrder("MED0008", "MED0012", "DPW0006", "DPW0008",
                        "REQ.BACKSIDE_CONNECTION_FAILURE", "REQ.SERVICE_NOT_FOUND");
    }
}
