package com.orange.api.mmc.internal.transport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the request deadline of every call in flight, from sending to the last byte of the answer: one
 * daemon thread interrupts a call that outlives it. Calls register in a concurrent set and never
 * signal the thread, which checks every {@value #TICK_MILLIS} ms while calls are in flight and parks when
 * there are none; so a deadline holds within {@value #TICK_MILLIS} ms, and a call pays no thread wake-up.
 * (A scheduled executor, woken by every schedule and cancel, cost 50 µs a call on two CPUs.)
 */
final class DeadlineReaper implements AutoCloseable {

    static final long TICK_MILLIS = 20;

    /**
     * One call's deadline. At expiry the reaper interrupts the calling thread, which makes the JDK's
     * {@code HttpClient.send} cancel the exchange; {@link #close()}, in the call's finally block, ends the
     * watch and clears an interrupt that it caused, so none can reach the caller's later code.
     */
    final class Watch implements AutoCloseable {
        private final long deadline;
        private final Thread caller;
        private boolean expired;
        private boolean closed;

        private Watch(long deadline, Thread caller) {
            this.deadline = deadline;
            this.caller = caller;
        }

        private synchronized boolean expire() {
            if (closed) {
                return false;
            }
            expired = true;
            caller.interrupt();
            return true;
        }

        /** @return whether the deadline passed and the call was interrupted for it */
        synchronized boolean expired() {
            return expired;
        }

        @Override
        public void close() {
            inFlight.remove(this);
            synchronized (this) {
                closed = true;
                if (expired) {
                    Thread.interrupted();
                }
            }
        }
    }

    private final Set<Watch> inFlight = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean idle;
    private volatile boolean closed;

    DeadlineReaper() {
        thread = new Thread(this::run, "mmc-request-deadline");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching the calling thread's call, which must be over within {@code timeout}. */
    Watch watch(Duration timeout) {
        Watch watch = new Watch(System.nanoTime() + timeout.toNanos(), Thread.currentThread());
        inFlight.add(watch);
        if (idle) {
            LockSupport.unpark(thread);
        }
        return watch;
    }

    private void run() {
        while (!closed) {
            if (inFlight.isEmpty()) {
                idle = true;
                // Checked again after announcing idleness: a call registered in between unparks us.
                if (inFlight.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            for (Watch watch : inFlight) {
                if (now - watch.deadline >= 0 && inFlight.remove(watch)) {
                    watch.expire();
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
