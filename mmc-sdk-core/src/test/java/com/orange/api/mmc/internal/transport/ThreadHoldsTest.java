package com.orange.api.mmc.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.internal.CallThreadHold;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** Which holds a call takes: those that load, enter and release; the others are left out, and calls go on. */
class ThreadHoldsTest {

    private final List<String> events = new ArrayList<>();

    /** A hold that records its enters and releases under {@code name}. */
    private CallThreadHold recording(String name) {
        return () -> {
            events.add("enter " + name);
            return () -> events.add("release " + name);
        };
    }

    /** Yields each supplier's hold, or throws what the supplier throws, as ServiceLoader's iterator does. */
    private static Iterator<CallThreadHold> found(List<Supplier<CallThreadHold>> providers) {
        Iterator<Supplier<CallThreadHold>> each = providers.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public CallThreadHold next() {
                return each.next().get();
            }
        };
    }

    @Test
    void withNoneACallTakesNothing() {
        ThreadHolds holds = ThreadHolds.of(found(List.of()));

        assertThat(holds.size()).isZero();
        holds.enter().release();
    }

    @Test
    void holdsAreTakenInOrderAndGivenBackInReverse() {
        ThreadHolds holds = ThreadHolds.of(found(List.of(() -> recording("a"), () -> recording("b"))));
        events.clear();

        holds.enter().release();

        assertThat(events).containsExactly("enter a", "enter b", "release b", "release a");
    }

    @Test
    void aHoldWhoseLibraryIsAnotherVersionIsLeftOut() {
        CallThreadHold mismatched = () -> {
            throw new NoClassDefFoundError("org/glassfish/jaxb/runtime/v2/runtime/Coordinator");
        };
        CallThreadHold releaseFails = () -> () -> {
            throw new IncompatibleClassChangeError("popCoordinator");
        };
        ThreadHolds holds = ThreadHolds.of(found(List.of(() -> mismatched, () -> releaseFails,
                () -> {
                    throw new ServiceConfigurationError("provider could not be instantiated",
                            new NoClassDefFoundError("Coordinator"));
                },
                () -> recording("kept"))));
        events.clear();

        holds.enter().release();

        assertThat(holds.size()).isEqualTo(1);
        assertThat(events).containsExactly("enter kept", "release kept");
    }

    @Test
    void aBrokenProviderListEndsTheSearchWithWhatWasFound() {
        Iterator<CallThreadHold> broken = new Iterator<>() {
            private boolean given;

            @Override
            public boolean hasNext() {
                if (given) {
                    throw new ServiceConfigurationError("META-INF/services: illegal provider-class name");
                }
                return true;
            }

            @Override
            public CallThreadHold next() {
                given = true;
                return recording("first");
            }
        };

        assertThat(ThreadHolds.of(broken).size()).isEqualTo(1);
    }

    @Test
    void theSdkInstallsTheBindingRuntimesHold() {
        assertThat(ThreadHolds.installed().size()).as("mmc-sdk-jaxb-tuning, a runtime dependency of core").isEqualTo(1);
    }
}
