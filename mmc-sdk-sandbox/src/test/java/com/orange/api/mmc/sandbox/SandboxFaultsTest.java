package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orange.api.mmc.MmcError;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fault lab's rules: what they match, how often, and the bad input they refuse. */
class SandboxFaultsTest {

    private final SandboxFaults faults = new SandboxFaults();

    @Test
    void aRuleAppliesToTheCallsItCountsThenIsUsedUp() {
        faults.next("about").times(2).httpStatus(503);

        assertThat(faults.take("about")).isPresent();
        assertThat(faults.take("about")).isPresent();
        assertThat(faults.take("about")).isEmpty();
    }

    @Test
    void aRuleForOneOperationLeavesTheOthersAlone() {
        faults.next("createScheduledConference").mmcError(MmcError.MMC_22);

        assertThat(faults.take("about")).isEmpty();
        assertThat(faults.pending()).isEqualTo(1);
    }

    @Test
    void theStarMatchesAnyOperation() {
        faults.next("*").dropConnectionAfterRequest();

        assertThat(faults.take("getLicencesUsage")).get().extracting(SandboxFaults.Fault::kind)
                .isEqualTo(SandboxFaults.Kind.DROP_CONNECTION_AFTER_REQUEST);
    }

    @Test
    void rulesApplyInTheOrderTheyWereAdded() {
        faults.next("about").delay(Duration.ofMillis(1)).next("*").httpStatus(500);

        assertThat(faults.take("about")).get().extracting(SandboxFaults.Fault::kind).isEqualTo(SandboxFaults.Kind.DELAY);
        assertThat(faults.take("about")).get().extracting(SandboxFaults.Fault::kind)
                .isEqualTo(SandboxFaults.Kind.HTTP_STATUS);
    }

    @Test
    void clearForgetsEveryRule() {
        faults.next("*").times(3).httpStatus(502);

        faults.clear();

        assertThat(faults.pending()).isZero();
        assertThat(faults.take("about")).isEmpty();
    }

    static Stream<Arguments> badRules() {
        return Stream.of(
                Arguments.of("an unknown operation", (Consumer<SandboxFaults>) f -> f.next("bookEverything"),
                        IllegalArgumentException.class, "bookEverything"),
                Arguments.of("no operation", (Consumer<SandboxFaults>) f -> f.next(null), NullPointerException.class,
                        "wsdlOperationOrAny"),
                Arguments.of("zero times", (Consumer<SandboxFaults>) f -> f.next("about").times(0),
                        IllegalArgumentException.class, "times"),
                Arguments.of("a success status", (Consumer<SandboxFaults>) f -> f.next("about").httpStatus(200),
                        IllegalArgumentException.class, "status"),
                Arguments.of("a negative delay", (Consumer<SandboxFaults>) f -> f.next("about").delay(Duration.ofSeconds(-1)),
                        IllegalArgumentException.class, "delay"),
                Arguments.of("no MMC error", (Consumer<SandboxFaults>) f -> f.next("about").mmcError(null),
                        NullPointerException.class, "error"),
                Arguments.of("no gateway error", (Consumer<SandboxFaults>) f -> f.next("about").gatewayError(null),
                        NullPointerException.class, "error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRules")
    void aBadRuleIsRefusedNamingTheCulprit(String what, Consumer<SandboxFaults> rule, Class<? extends Throwable> type,
            String named) {
        assertThatThrownBy(() -> rule.accept(faults)).isInstanceOf(type).hasMessageContaining(named);
        assertThat(faults.pending()).isZero();
    }
}
