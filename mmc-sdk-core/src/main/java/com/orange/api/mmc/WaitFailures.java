package com.orange.api.mmc;

import com.orange.api.common.TechnicalException;

/** The failures that end a wait of {@link MmcWaiters}: the one place they are built. */
final class WaitFailures {

    private WaitFailures() {
    }

    static TechnicalException timeout(String summary) {
        return TechnicalException.builder(MmcWaiters.WAIT_TIMEOUT, summary).build();
    }

    static TechnicalException unreachable(String summary, Throwable cause) {
        return TechnicalException.builder(MmcWaiters.WAIT_UNREACHABLE, summary).cause(cause).build();
    }

    static TechnicalException interrupted(String summary, Throwable cause) {
        return TechnicalException.builder(MmcWaiters.WAIT_INTERRUPTED, summary).cause(cause).build();
    }
}
