package com.orange.api.mmc;

import com.orange.api.mmc.model.Conference;

import java.time.Instant;
import java.util.Objects;

/**
 * One change a {@link ConferenceWatch} saw in an organizer's conferences: what happened ({@link #type()}), the
 * conference as the service now shows it ({@link #conference()}), as it showed it before ({@link #previous()})
 * and when the watch saw the change ({@link #observedAt()}, by the watch's clock). Immutable as a value; the
 * conferences it carries are the service's answers, which no one else holds.
 *
 * <pre>{@code
 * if (event.type() == ConferenceEvent.Type.STARTED) {
 *     notifyParticipants(event.conference().getUrl());
 * }
 * }</pre>
 */
public final class ConferenceEvent {

    /** What changed. */
    public enum Type {
        /** A conference appeared: booked, created, or entered the window as it slid. */
        BOOKED,
        /** A conference's name, time slot, parameters or another field changed, its state did not. */
        CHANGED,
        /** A conference started. */
        STARTED,
        /** A conference ended. */
        STOPPED,
        /** The service confirmed a conference is deleted or gone. */
        REMOVED
    }

    private final Type type;
    private final Conference conference;
    private final Conference previous;
    private final Instant observedAt;

    /**
     * @param previous the conference before the change; {@code null} for {@link Type#BOOKED} only
     * @throws IllegalArgumentException when {@code previous} is null for another type, or given for BOOKED
     */
    public ConferenceEvent(Type type, Conference conference, Conference previous, Instant observedAt) {
        this.type = Objects.requireNonNull(type, "type");
        this.conference = Objects.requireNonNull(conference, "conference");
        this.observedAt = Objects.requireNonNull(observedAt, "observedAt");
        if ((type == Type.BOOKED) != (previous == null)) {
            throw new IllegalArgumentException("previous must be null for BOOKED only, was "
                    + (previous == null ? "null" : "given") + " for " + type);
        }
        this.previous = previous;
    }

    /** @return what changed */
    public Type type() {
        return type;
    }

    /**
     * @return the conference as the service now shows it; for {@link Type#REMOVED}, the last version the watch
     *         saw, as it was then
     */
    public Conference conference() {
        return conference;
    }

    /** @return the conference as the watch saw it before the change; {@code null} for {@link Type#BOOKED} */
    public Conference previous() {
        return previous;
    }

    /** @return when the watch saw the change: the time its poll got the answer, by the watch's clock */
    public Instant observedAt() {
        return observedAt;
    }

    /** @return the type, the conference's identifier and name and the time: never a password */
    @Override
    public String toString() {
        return "ConferenceEvent[" + type + " " + conference.getIdentifier() + " \"" + conference.getName() + "\" state "
                + conference.getStateValue() + " at " + observedAt + "]";
    }
}
