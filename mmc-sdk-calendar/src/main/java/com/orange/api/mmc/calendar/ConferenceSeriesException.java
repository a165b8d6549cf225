package com.orange.api.mmc.calendar;

import com.orange.api.common.OrangeApiException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A series operation of {@link ConferenceSeries} failed on one occurrence, and what was already done was undone.
 * {@link #getCause()} is the SDK's own exception for the occurrence that failed (an
 * {@code MmcException} when the service refused it, a {@code TechnicalException} when the exchange failed):
 * read its code there. This exception adds which occurrence failed and what became of the others:
 * <ul>
 *   <li>{@link #getRolledBack()}: the conferences undone (deleted after a failed booking, set back after a
 *       failed modify; deleted by a failed {@link ConferenceSeries#delete()});</li>
 *   <li>{@link #getNotRolledBack()}: those that could not be undone (their own call failed too): they are
 *       still booked, or still modified, and need the caller's attention; empty in the usual case;</li>
 *   <li>{@link #isOutcomeUnknown()}: the failed occurrence's own create may have reached the service, and
 *       looking it up did not settle it: a conference may exist at {@link #getFailedStart()}.</li>
 * </ul>
 * The message says all of this, and never holds a password.
 */
public final class ConferenceSeriesException extends OrangeApiException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int failedOccurrence;
    private final int occurrenceCount;
    private final OffsetDateTime failedStart;
    private final List<Long> rolledBack;
    private final List<Long> notRolledBack;
    private final boolean outcomeUnknown;

    private ConferenceSeriesException(String operation, int failedOccurrence, int occurrenceCount,
            OffsetDateTime failedStart, OrangeApiException cause, List<Long> rolledBack, List<Long> notRolledBack,
            boolean outcomeUnknown) {
        super(message(operation, failedOccurrence, occurrenceCount, failedStart, cause, rolledBack, notRolledBack,
                outcomeUnknown), cause, cause.getCallId());
        this.operation = operation;
        this.failedOccurrence = failedOccurrence;
        this.occurrenceCount = occurrenceCount;
        this.failedStart = failedStart;
        this.rolledBack = List.copyOf(rolledBack);
        this.notRolledBack = List.copyOf(notRolledBack);
        this.outcomeUnknown = outcomeUnknown;
    }

    static ConferenceSeriesException book(int failedOccurrence, int occurrenceCount, OffsetDateTime failedStart,
            OrangeApiException cause, List<Long> deleted, List<Long> notDeleted, boolean outcomeUnknown) {
        return new ConferenceSeriesException("book", failedOccurrence, occurrenceCount, failedStart, cause, deleted,
                notDeleted, outcomeUnknown);
    }

    static ConferenceSeriesException modify(int failedOccurrence, int occurrenceCount, OffsetDateTime failedStart,
            OrangeApiException cause, List<Long> restored, List<Long> notRestored) {
        return new ConferenceSeriesException("modify", failedOccurrence, occurrenceCount, failedStart, cause, restored,
                notRestored, false);
    }

    static ConferenceSeriesException delete(int failedOccurrence, int occurrenceCount, OffsetDateTime failedStart,
            OrangeApiException cause, List<Long> deleted, List<Long> notDeleted) {
        return new ConferenceSeriesException("delete", failedOccurrence, occurrenceCount, failedStart, cause,
                deleted, notDeleted, false);
    }

    private static String message(String operation, int failed, int count, OffsetDateTime start,
            OrangeApiException cause, List<Long> rolledBack, List<Long> notRolledBack, boolean outcomeUnknown) {
        StringBuilder text = new StringBuilder("Series ").append(operation).append(" failed at occurrence ")
                .append(failed).append(" of ").append(count).append(" (start ").append(start).append("): ")
                .append(withoutCallId(cause));
        switch (operation) {
            case "book" -> {
                text.append("; rolled back: ").append(rolledBack.isEmpty() ? "nothing was booked"
                        : rolledBack.size() + " booked occurrence(s) deleted " + ids(rolledBack));
                if (!notRolledBack.isEmpty()) {
                    text.append("; STILL BOOKED, delete failed: ").append(ids(notRolledBack));
                }
                if (outcomeUnknown) {
                    text.append("; occurrence ").append(failed).append(" may exist (its answer was lost and the"
                            + " lookup failed): look for it at ").append(start);
                }
            }
            case "modify" -> {
                text.append("; rolled back: ").append(rolledBack.isEmpty() ? "nothing was modified"
                        : rolledBack.size() + " modified occurrence(s) restored " + ids(rolledBack));
                if (!notRolledBack.isEmpty()) {
                    text.append("; STILL MODIFIED, restore failed: ").append(ids(notRolledBack));
                }
            }
            default -> text.append("; deleted: ").append(rolledBack.isEmpty() ? "none" : ids(rolledBack))
                    .append("; STILL BOOKED: ").append(ids(notRolledBack));
        }
        return text.toString();
    }

    /** The cause's message without the call id it ends with, which this exception's own message repeats. */
    private static String withoutCallId(OrangeApiException cause) {
        String message = cause.getMessage();
        String suffix = " [call " + cause.getCallId() + "]";
        return cause.getCallId() != null && message.endsWith(suffix)
                ? message.substring(0, message.length() - suffix.length()) : message;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(ids ", ")"));
    }

    /** @return {@code book}, {@code modify} or {@code delete} */
    public String getOperation() {
        return operation;
    }

    /** @return the position of the occurrence that failed, from 1 */
    public int getFailedOccurrence() {
        return failedOccurrence;
    }

    /** @return how many occurrences the operation covered */
    public int getOccurrenceCount() {
        return occurrenceCount;
    }

    /** @return the start of the occurrence that failed (for a modify, its start before the change) */
    public OffsetDateTime getFailedStart() {
        return failedStart;
    }

    /**
     * @return the identifiers of the conferences undone, in the order they were undone: deleted after a failed
     *         booking, restored after a failed modify; after a failed delete, those it deleted
     */
    public List<Long> getRolledBack() {
        return rolledBack;
    }

    /**
     * @return the identifiers of the conferences that could not be undone: still booked after a failed booking,
     *         still modified after a failed modify; after a failed delete, those still booked
     */
    public List<Long> getNotRolledBack() {
        return notRolledBack;
    }

    /** @return true when the failed occurrence may have been booked and could not be found to be deleted */
    public boolean isOutcomeUnknown() {
        return outcomeUnknown;
    }

    /** @return the SDK's exception for the occurrence that failed */
    @Override
    public synchronized OrangeApiException getCause() {
        return (OrangeApiException) super.getCause();
    }
}
