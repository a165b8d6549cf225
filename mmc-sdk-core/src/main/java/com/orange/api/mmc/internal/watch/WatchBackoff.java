package com.orange.api.mmc.internal.watch;

import java.time.Duration;

/**
 * How long a watch waits before its next poll: the poll interval after a success; after {@code n} failures in
 * a row, the interval times {@code 2^n}, up to the longer of {@link #CEILING} and the interval itself.
 */
public final class WatchBackoff {

    /** The longest wait after failures, unless the poll interval is longer. */
    public static final Duration CEILING = Duration.ofMinutes(5);

    private WatchBackoff() {
    }

    /**
     * @param interval the watch's poll interval
     * @param failures how many polls failed in a row (0 after a success)
     * @return the time to wait before the next poll
     */
    public static Duration delay(Duration interval, int failures) {
        Duration ceiling = interval.compareTo(CEILING) > 0 ? interval : CEILING;
        Duration delay = interval;
        for (int i = 0; i < failures && delay.compareTo(ceiling) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }
}
