package com.orange.api.mmc.internal.transport;

import com.orange.api.common.internal.CallThreadHold;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CallThreadHold}s a call takes on its thread, found on the class or module path and each tried
 * once as it is found: one that fails to load, to enter or to release (its library is not the version it
 * was built against) is left out, with one DEBUG line, and calls run without it.
 */
final class ThreadHolds {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadHolds.class);
    private static final CallThreadHold.Release NOTHING = () -> { };

    private final CallThreadHold[] holds;

    private ThreadHolds(List<CallThreadHold> holds) {
        this.holds = holds.toArray(CallThreadHold[]::new);
    }

    /** @return the holds the SDK's class loader finds */
    static ThreadHolds installed() {
        return of(ServiceLoader.load(CallThreadHold.class, ThreadHolds.class.getClassLoader()).iterator());
    }

    /** @return the holds of {@code found} that load, enter and release without failing */
    static ThreadHolds of(Iterator<CallThreadHold> found) {
        List<CallThreadHold> usable = new ArrayList<>();
        while (hasNext(found)) {
            try {
                CallThreadHold hold = found.next();
                hold.enter().release();
                usable.add(hold);
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                LOG.debug("A call thread hold is left out ({}): calls run without it", e.toString());
            }
        }
        return new ThreadHolds(usable);
    }

    private static boolean hasNext(Iterator<CallThreadHold> found) {
        try {
            return found.hasNext();
        } catch (ServiceConfigurationError e) {
            LOG.debug("No more call thread holds are looked for ({})", e.toString());
            return false;
        }
    }

    /** @return how many holds a call takes */
    int size() {
        return holds.length;
    }

    /**
     * Takes every hold on this thread.
     *
     * @return what gives them back, in the reverse order
     */
    CallThreadHold.Release enter() {
        if (holds.length == 0) {
            return NOTHING;
        }
        if (holds.length == 1) {
            return holds[0].enter();
        }
        CallThreadHold.Release[] taken = new CallThreadHold.Release[holds.length];
        for (int i = 0; i < holds.length; i++) {
            taken[i] = holds[i].enter();
        }
        return () -> {
            for (int i = taken.length - 1; i >= 0; i--) {
                taken[i].release();
            }
        };
    }
}
