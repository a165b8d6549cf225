package com.orange.api.mmc.internal.transport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Enforces the request deadline of every call in flight, from sending to the last byte of the answer: one
 * daemon thread aborts a call that outlives it (closing its connection, which ends a blocked read at
 * once), and aborts as well a call whose thread has been interrupted, since blocking socket I/O does not
 * notice interrupts. Calls register in a concurrent set and never signal the thread, which checks every
 * {@value #TICK_MILLIS} ms while calls are in flight and parks when there are none; so a deadline holds
 * within {@value #TICK_MILLIS} ms, and registering a call wakes no thread. A deadline shorter than the tick
 * is also checked by the exchange itself on every read (see {@link ExchangeDeadline#check()}).
 */
final class DeadlineReaper implements AutoCloseable {

    static final long TICK_MILLIS = 20;

    /** Why a call was aborted. */
    enum Ending {
        /** Its deadline passed. */
        DEADLINE,
        /** Its thread was interrupted. */
        INTERRUPTED
    }

    /**
     * One call's watch. {@link #close()}, in the call's finally block, ends it: no abort can happen after.
     */
    final class Watch implements AutoCloseable {
        private final long deadline;
        private final Thread caller;
        private final Runnable abort;
        private Ending ending;
        private boolean closed;

        private Watch(long deadline, Thread caller, Runnable abort) {
            this.deadline = deadline;
            this.caller = caller;
            this.abort = abort;
        }

        private synchronized void end(Ending why) {
            if (!closed && ending == null) {
                ending = why;
                abort.run();
            }
        }

        /** @return why the call was aborted, or null while it was not */
        synchronized Ending ending() {
            return ending;
        }

        @Override
        public void close() {
            inFlight.remove(this);
            synchronized (this) {
                closed = true;
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

    /**
     * Starts watching the calling thread's call, which must be over within {@code timeout}.
     *
     * @param abort ends the call from another thread; must not block
     */
    Watch watch(Duration timeout, Runnable abort) {
        Watch watch = new Watch(System.nanoTime() + timeout.toNanos(), Thread.currentThread(), abort);
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
                Ending why = now - watch.deadline >= 0 ? Ending.DEADLINE
                        : watch.caller.isInterrupted() ? Ending.INTERRUPTED : null;
                // Removed once ended: it is not looked at again on later ticks.
                if (why != null && inFlight.remove(watch)) {
                    watch.end(why);
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
