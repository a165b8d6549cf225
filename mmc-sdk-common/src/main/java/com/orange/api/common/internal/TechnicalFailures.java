package com.orange.api.common.internal;

import com.orange.api.common.TechnicalException;

/** How a product SDK's retry loop reports the failure it gives up on. */
public final class TechnicalFailures {

    private TechnicalFailures() {
    }

    /**
     * @return a copy of {@code failure} that records {@code attempts} attempts, for the retry loop that gives
     *         up after several; every other part, the cause and the stack trace are kept
     */
    public static TechnicalException withAttempts(TechnicalException failure, int attempts) {
        TechnicalException copy = failure.toBuilder().attempts(attempts).build();
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }
}
