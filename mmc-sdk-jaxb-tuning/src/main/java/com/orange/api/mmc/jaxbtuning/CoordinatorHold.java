package com.orange.api.mmc.jaxbtuning;

import com.orange.api.common.internal.CallThreadHold;

import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;

/**
 * Keeps the JAXB runtime's per-thread coordinator slot occupied for the length of an SDK call. The runtime
 * enters and leaves that slot around every XML event it decodes; when the slot was empty before, leaving
 * removes the thread-local entry and the next event creates a new one, for every element and text of an
 * answer (upstream: eclipse-ee4j/jaxb-ri#1086). With this placeholder beneath, leaving only puts it back.
 * It handles no event: the runtime's own unmarshaller or marshaller is always above it while XML is read or
 * written.
 *
 * <p>{@code Coordinator} belongs to the runtime, not to its API ({@code jakarta.xml.bind}): with a runtime
 * that has no such class, or another shape of it, loading or entering this fails with a
 * {@link LinkageError} and the SDK runs its calls without it.
 */
public final class CoordinatorHold implements CallThreadHold {

    @Override
    public Release enter() {
        Placeholder placeholder = new Placeholder();
        placeholder.enter();
        return placeholder;
    }

    /** One hold: the slot's occupant until released. */
    private static final class Placeholder extends Coordinator implements Release {

        void enter() {
            pushCoordinator();
        }

        @Override
        public void release() {
            popCoordinator();
        }

        @Override
        protected ValidationEventLocator getLocation() {
            return null;
        }

        @Override
        public boolean handleEvent(ValidationEvent event) {
            return false;
        }
    }
}
