package com.orange.api.mmc.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The calls the sandbox's service received, in the order they arrived, so that a test can assert what its code
 * called: which operation, for which service account, and what it was answered. Only {@link SandboxCall}'s four
 * fields are kept; no password, header or conference content. Thread-safe.
 *
 * <pre>{@code
 * new BookingService(mmc, organizer).bookWeekly();
 * assertThat(sandbox.journal().count("createScheduledConference")).isEqualTo(1);
 * assertThat(sandbox.journal().calls()).extracting(SandboxCall::code).containsOnlyNulls();
 * sandbox.journal().clear();
 * }</pre>
 *
 * Every POST to the service is journaled, refused ones included (basic authentication, size, faults of the
 * fault lab); a GET of the WSDL is not a call.
 */
public final class SandboxJournal implements Iterable<SandboxCall> {

    private final Clock clock;
    private final List<SandboxCall> calls = new ArrayList<>();

    SandboxJournal(Clock clock) {
        this.clock = clock;
    }

    /** @return the time a call received now is journaled with */
    Instant now() {
        return clock.instant();
    }

    /** Adds a call received at {@code at}. */
    void record(String operation, String serviceAccount, String code, Instant at) {
        SandboxCall call = new SandboxCall(operation, serviceAccount, code, at);
        synchronized (calls) {
            calls.add(call);
        }
    }

    /** @return the calls received since the sandbox started or the journal was last cleared, oldest first */
    public List<SandboxCall> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** @return how many calls of a WSDL operation were received (answered or refused) */
    public int count(String operation) {
        Objects.requireNonNull(operation, "operation");
        synchronized (calls) {
            return (int) calls.stream().filter(call -> call.operation().equals(operation)).count();
        }
    }

    /** Forgets every call received so far. */
    public void clear() {
        synchronized (calls) {
            calls.clear();
        }
    }

    /** @return the calls in order, as {@link #calls()} */
    @Override
    public Iterator<SandboxCall> iterator() {
        return calls().iterator();
    }

    @Override
    public String toString() {
        return "SandboxJournal" + calls();
    }
}
