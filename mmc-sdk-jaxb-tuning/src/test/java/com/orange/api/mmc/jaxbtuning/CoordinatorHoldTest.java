package com.orange.api.mmc.jaxbtuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.internal.CallThreadHold;

import java.util.ServiceLoader;

import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;
import org.junit.jupiter.api.Test;

/** The hold occupies the runtime's coordinator slot until released, nests, and leaves the slot as it found it. */
class CoordinatorHoldTest {

    private final CoordinatorHold hold = new CoordinatorHold();

    @Test
    void theSlotIsOccupiedUntilReleasedAndEmptyAfter() {
        assertThat(Coordinator._getInstance()).isNull();

        CallThreadHold.Release release = hold.enter();

        assertThat(Coordinator._getInstance()).isSameAs(release);
        release.release();
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void holdsNest() {
        CallThreadHold.Release outer = hold.enter();
        CallThreadHold.Release inner = hold.enter();

        assertThat(Coordinator._getInstance()).isSameAs(inner);
        inner.release();
        assertThat(Coordinator._getInstance()).isSameAs(outer);
        outer.release();
        assertThat(Coordinator._getInstance()).isNull();
    }

    @Test
    void aHoldOnOneThreadIsNotSeenOnAnother() throws InterruptedException {
        CallThreadHold.Release release = hold.enter();
        Object[] seen = {"not read"};
        Thread other = new Thread(() -> seen[0] = Coordinator._getInstance());
        other.start();
        other.join();
        release.release();

        assertThat(seen[0]).isNull();
    }

    @Test
    void itIsTheServiceThatCoreLoads() {
        assertThat(ServiceLoader.load(CallThreadHold.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(CoordinatorHold.class);
    }
}
