package com.orange.api.mmc.sandbox;

import com.orange.api.common.GatewayError;
import com.orange.api.mmc.MmcError;
import com.orange.api.mmc.webservice.MultimediaConferencePortType;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox's fault lab: makes the next calls of an operation misbehave as the real service may, so that
 * a test can see how booking code copes. Each rule applies to the next {@code times} calls (1 by default)
 * whose WSDL operation matches, then is used up; rules are tried in the order they were added.
 *
 * <pre>{@code
 * SandboxFaults faults = sandbox.faults();
 * faults.next("createScheduledConference").mmcError(MmcError.MMC_22);      // the next matching call
 * faults.next("*").times(2).gatewayError(GatewayError.fromCode("MED0006").orElseThrow());
 * faults.next("about").httpStatus(503);
 * faults.next("getConferencesList").delay(Duration.ofSeconds(3));
 * faults.next("createScheduledConference").dropConnectionAfterRequest(); // request processed, answer lost
 * faults.clear();
 * }</pre>
 *
 * Faults apply to calls that passed HTTP basic authentication; a call without the access key still gets
 * the gateway's 401. Thread-safe.
 */
public final class SandboxFaults {

    /** Matches every operation. */
    public static final String ANY_OPERATION = "*";

    /** The WSDL's operation names, from the port interface the sandbox implements. */
    static final Set<String> OPERATIONS = operations();

    /** What a matching call gets instead of (or on top of) the normal processing. */
    enum Kind {
        MMC_ERROR, GATEWAY_ERROR, HTTP_STATUS, DELAY, DROP_CONNECTION_AFTER_REQUEST
    }

    /** One fault to apply to one call. */
    record Fault(Kind kind, MmcError mmcError, GatewayError gatewayError, int httpStatus, Duration delay) {

        @Override
        public String toString() {
            return switch (kind) {
                case MMC_ERROR -> "mmcError " + mmcError.code();
                case GATEWAY_ERROR -> "gatewayError " + gatewayError.code();
                case HTTP_STATUS -> "httpStatus " + httpStatus;
                case DELAY -> "delay " + delay;
                case DROP_CONNECTION_AFTER_REQUEST -> "dropConnectionAfterRequest";
            };
        }
    }

    /** A rule that is still to apply: its operation, how many calls remain, and the fault. */
    private static final class Armed {
        final String operation;
        final Fault fault;
        int remaining;

        Armed(String operation, int times, Fault fault) {
            this.operation = operation;
            this.remaining = times;
            this.fault = fault;
        }
    }

    private final List<Armed> rules = new ArrayList<>();

    SandboxFaults() {
    }

    /**
     * Starts a rule for the next call of an operation.
     *
     * @param wsdlOperationOrAny a WSDL operation name ({@code "createScheduledConference"}) or {@code "*"}
     * @return the rule, to complete with {@link Rule#times(int)} and one fault
     * @throws IllegalArgumentException when the name is not an operation of the WSDL
     */
    public Rule next(String wsdlOperationOrAny) {
        Objects.requireNonNull(wsdlOperationOrAny, "wsdlOperationOrAny");
        if (!ANY_OPERATION.equals(wsdlOperationOrAny) && !OPERATIONS.contains(wsdlOperationOrAny)) {
            throw new IllegalArgumentException("Unknown operation \"" + wsdlOperationOrAny + "\": use \"*\" or one of "
                    + OPERATIONS);
        }
        return new Rule(wsdlOperationOrAny);
    }

    /** Forgets every rule, used up or not. */
    public synchronized void clear() {
        rules.clear();
    }

    /** @return how many calls the rules still apply to (0 when every rule has been used up) */
    public synchronized int pending() {
        return rules.stream().mapToInt(rule -> rule.remaining).sum();
    }

    /** @return the rules still to apply, one per line ({@code operation xN fault}), for the admin endpoint */
    synchronized List<String> describe() {
        return rules.stream().map(rule -> rule.operation + " x" + rule.remaining + " " + rule.fault).toList();
    }

    /** Takes one use of the first rule that matches {@code operation}, if any. */
    synchronized Optional<Fault> take(String operation) {
        for (Iterator<Armed> it = rules.iterator(); it.hasNext();) {
            Armed rule = it.next();
            if (rule.operation.equals(ANY_OPERATION) || rule.operation.equals(operation)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                return Optional.of(rule.fault);
            }
        }
        return Optional.empty();
    }

    private synchronized SandboxFaults arm(String operation, int times, Fault fault) {
        rules.add(new Armed(operation, times, fault));
        return this;
    }

    private static Set<String> operations() {
        return Set.copyOf(new TreeSet<>(Arrays.stream(MultimediaConferencePortType.class.getDeclaredMethods())
                .map(Method::getName).toList()));
    }

    /**
     * A rule being written: how many calls it applies to, then what they get. Each fault method arms the rule
     * and returns the {@link SandboxFaults}, so that rules can be chained.
     */
    public final class Rule {

        private final String operation;
        private int times = 1;

        private Rule(String operation) {
            this.operation = operation;
        }

        /**
         * @param times how many matching calls get the fault (1 by default)
         * @throws IllegalArgumentException when {@code times} is less than 1
         */
        public Rule times(int times) {
            if (times < 1) {
                throw new IllegalArgumentException("times must be at least 1: " + times);
            }
            this.times = times;
            return this;
        }

        /** The call is refused with the declared SOAP fault carrying {@code error}'s code, as the service words it. */
        public SandboxFaults mmcError(MmcError error) {
            Objects.requireNonNull(error, "error");
            return arm(operation, times, new Fault(Kind.MMC_ERROR, error, null, 0, null));
        }

        /**
         * The gateway refuses the call before the service sees it: a SOAP fault whose faultcode is
         * {@code error}'s code, with the HTTP status the manual documents for it (500 when it documents none).
         */
        public SandboxFaults gatewayError(GatewayError error) {
            Objects.requireNonNull(error, "error");
            return arm(operation, times, new Fault(Kind.GATEWAY_ERROR, null, error, 0, null));
        }

        /**
         * The call is answered with a bare HTTP status and a plain-text body, no SOAP message; it is not processed.
         *
         * @throws IllegalArgumentException when {@code status} is not from 300 to 599
         */
        public SandboxFaults httpStatus(int status) {
            if (status < 300 || status > 599) {
                throw new IllegalArgumentException("status must be from 300 to 599: " + status);
            }
            return arm(operation, times, new Fault(Kind.HTTP_STATUS, null, null, status, null));
        }

        /**
         * The call is processed normally after waiting {@code delay}, as a slow service would.
         *
         * @throws IllegalArgumentException when {@code delay} is negative
         */
        public SandboxFaults delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
            return arm(operation, times, new Fault(Kind.DELAY, null, null, 0, delay));
        }

        /**
         * The call is processed (a conference it creates exists) and then the connection is closed without any
         * answer: the client cannot know the outcome.
         */
        public SandboxFaults dropConnectionAfterRequest() {
            return arm(operation, times, new Fault(Kind.DROP_CONNECTION_AFTER_REQUEST, null, null, 0, null));
        }
    }
}
