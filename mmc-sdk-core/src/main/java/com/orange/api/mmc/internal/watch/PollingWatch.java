package com.orange.api.mmc.internal.watch;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.ConferenceListener;
import com.orange.api.mmc.ConferenceWatch;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link ConferenceWatch} on its own daemon thread ({@code mmc-watch-<n>}): poll, deliver the events and
 * failures, wait, again, until closed. The wait is {@link WatchBackoff#delay}; {@link #close()} cuts it short.
 */
public final class PollingWatch implements ConferenceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(PollingWatch.class);
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ConferencePoller poller;
    private final ConferenceListener listener;
    private final Duration interval;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean closed;

    private PollingWatch(ConferencePoller poller, ConferenceListener listener, Duration interval) {
        this.poller = poller;
        this.listener = listener;
        this.interval = interval;
        this.thread = new Thread(this::run, "mmc-watch-" + COUNT.incrementAndGet());
        this.thread.setDaemon(true);
    }

    /** Starts a watch whose first poll runs at once. */
    public static PollingWatch start(ConferencePoller poller, ConferenceListener listener, Duration interval) {
        PollingWatch watch = new PollingWatch(Objects.requireNonNull(poller, "poller"),
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(interval, "interval"));
        watch.thread.start();
        return watch;
    }

    /** @return the name of the thread the watch polls on */
    public String threadName() {
        return thread.getName();
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public String toString() {
        return "ConferenceWatch[" + thread.getName() + (isClosed() ? ", closed]" : "]");
    }

    /** Polls until closed; however the thread ends (an Error a listener threw too), the watch is closed. */
    private void run() {
        try {
            pollUntilClosed();
        } finally {
            synchronized (lock) {
                closed = true;
            }
        }
    }

    private void pollUntilClosed() {
        int failures = 0;
        while (!isClosed()) {
            try {
                ConferencePoller.Outcome outcome = poller.poll();
                failures = 0;
                outcome.events().forEach(this::deliver);
                outcome.failures().forEach(this::fail);
            } catch (OrangeApiException failure) {
                failures++;
                fail(failure);
            } catch (IllegalStateException clientClosed) {
                LOG.warn("Conference watch {} stops: {}", thread.getName(), clientClosed.getMessage());
                return;
            } catch (RuntimeException unexpected) {
                failures++;
                LOG.warn("Conference watch {}: a poll failed", thread.getName(), unexpected);
            }
            pause(WatchBackoff.delay(interval, failures));
        }
    }

    private void deliver(ConferenceEvent event) {
        if (isClosed()) {
            return;
        }
        try {
            listener.onEvent(event);
        } catch (RuntimeException thrown) {
            LOG.warn("Conference watch {}: the listener threw on {}", thread.getName(), event, thrown);
        }
    }

    private void fail(OrangeApiException failure) {
        if (isClosed()) {
            return;
        }
        LOG.warn("Conference watch {}: a poll failed, next one after a backoff: {}", thread.getName(),
                failure.getMessage());
        try {
            listener.onError(failure);
        } catch (RuntimeException thrown) {
            LOG.warn("Conference watch {}: the listener threw on a failure", thread.getName(), thrown);
        }
    }

    /** Waits {@code delay}, or less when the watch is closed meanwhile. */
    private void pause(Duration delay) {
        long deadline = System.nanoTime() + delay.toNanos();
        synchronized (lock) {
            long remaining = delay.toNanos();
            while (!closed && remaining > 0) {
                try {
                    lock.wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
                } catch (InterruptedException e) {
                    closed = true;
                    return;
                }
                remaining = deadline - System.nanoTime();
            }
        }
    }
}
