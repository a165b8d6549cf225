package com.orange.api.mmc.it;

import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcInterceptor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the calls of a client that ended, by operation, and lets a test wait for more of them. */
final class CallCounter implements MmcInterceptor {

    private final Map<String, AtomicInteger> ended = new ConcurrentHashMap<>();
    private final Map<String, String> lastCallId = new ConcurrentHashMap<>();

    @Override
    public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
        lastCallId.put(call.operation(), call.callId());
        ended.computeIfAbsent(call.operation(), key -> new AtomicInteger()).incrementAndGet();
    }

    int count(String operation) {
        AtomicInteger count = ended.get(operation);
        return count == null ? 0 : count.get();
    }

    String lastCallId(String operation) {
        return lastCallId.get(operation);
    }

    /** Waits until {@code more} calls of {@code operation} ended after now, for at most 20 seconds. */
    void awaitMore(String operation, int more) throws InterruptedException {
        int target = count(operation) + more;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (count(operation) < target) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + more + " more " + operation + " calls within 20 s");
            }
            Thread.sleep(1);
        }
    }
}
