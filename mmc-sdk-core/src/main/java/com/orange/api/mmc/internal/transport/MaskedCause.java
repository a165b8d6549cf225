package com.orange.api.mmc.internal.transport;

/**
 * A copy of a failure's cause whose message went through the call's {@link CallSecrets}: a foreign exception
 * may carry the server's text (a SOAP fault that echoes the request, a header value), and an SDK exception's
 * cause is printed by {@code printStackTrace} and by every logger given the exception. The copy keeps the
 * original's class name (in {@link #toString()}, which stack traces print), its stack trace and, masked the
 * same way, its own causes and suppressed exceptions.
 */
final class MaskedCause extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** How deep a cause chain is copied: a longer one (or a cycle) ends there. */
    private static final int MAX_DEPTH = 16;

    private final String originalClass;

    private MaskedCause(String originalClass, String message) {
        super(message);
        this.originalClass = originalClass;
    }

    /** @return a masked copy of {@code cause} and of its causes, or null for null */
    static Throwable of(Throwable cause, CallSecrets secrets) {
        return copy(cause, secrets, 0);
    }

    private static MaskedCause copy(Throwable cause, CallSecrets secrets, int depth) {
        if (cause == null || depth >= MAX_DEPTH) {
            return null;
        }
        MaskedCause copy = new MaskedCause(cause.getClass().getName(), secrets.mask(cause.getMessage()));
        copy.setStackTrace(cause.getStackTrace());
        Throwable next = cause.getCause();
        if (next != null && next != cause) {
            copy.initCause(copy(next, secrets, depth + 1));
        }
        for (Throwable suppressed : cause.getSuppressed()) {
            MaskedCause masked = copy(suppressed, secrets, depth + 1);
            if (masked != null) {
                copy.addSuppressed(masked);
            }
        }
        return copy;
    }

    /** @return the name of the class of the exception this is a copy of */
    String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalClass : originalClass + ": " + message;
    }
}
