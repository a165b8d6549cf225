/**
 * Holds the JAXB runtime's per-thread coordinator slot for the length of an SDK call, so that decoding an
 * answer does not create and drop a thread-local entry at every XML event. The one class here reaches into
 * the binding runtime (not its API); core finds it through {@link java.util.ServiceLoader} and runs calls
 * without it when the runtime present is not the one it was built against. Nothing here is API.
 */
module com.orange.api.mmc.jaxbtuning {
    requires com.orange.api.common;
    requires jakarta.xml.bind;
    // The runtime Metro brings: present whenever the SDK runs.
    requires static com.sun.xml.bind;

    provides com.orange.api.common.internal.CallThreadHold with com.orange.api.mmc.jaxbtuning.CoordinatorHold;
}
