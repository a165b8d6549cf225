package com.orange.api.mmc.internal.transport;

import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;

/**
 * Keeps the XML binding's per-thread slot occupied while an SDK call runs on the thread. JAXB enters and
 * leaves that slot around every XML event it decodes; when nothing is in it before, leaving it removes the
 * thread-local entry, and the next event creates a new one (a weak reference to clear, for every element
 * and text of the answer). With this placeholder beneath, leaving only puts it back. It handles no event:
 * JAXB's own unmarshaller or marshaller is always above it while XML is read or written. (Upstream:
 * eclipse-ee4j/jaxb-ri#1086.) {@code Coordinator} belongs to the binding runtime, not to its API: when the
 * runtime on the classpath lacks it, {@code CallExecutor} finds out once and runs calls without this.
 */
final class BindingCoordinator extends Coordinator {

    private BindingCoordinator() {
    }

    /** Occupies the slot on this thread until {@link #leave}; calls nest. */
    static BindingCoordinator enter() {
        BindingCoordinator coordinator = new BindingCoordinator();
        coordinator.pushCoordinator();
        return coordinator;
    }

    /** Gives the slot back as it was before {@link #enter}. */
    void leave() {
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
