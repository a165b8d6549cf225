package com.orange.api.mmc;

/**
 * A running watch over an organizer's conferences, started by
 * {@link Mmc#watch(Organizer, ConferenceListener, WatchOptions)}: it polls the list of conferences whose start
 * falls in a window sliding with the clock, compares each answer with the previous one by conference
 * identifier, and tells its {@link ConferenceListener} of every change as a {@link ConferenceEvent}.
 *
 * <ul>
 *   <li>The first poll sets the baseline and sends no event: only what changes afterwards is reported.</li>
 *   <li>A conference in an answer but not in the previous one is {@code BOOKED}; one whose state moved to
 *       started or stopped is {@code STARTED} or {@code STOPPED}; one whose other fields changed is
 *       {@code CHANGED}. When both happen between two polls, the state's event is sent alone (its
 *       {@link ConferenceEvent#previous()} shows the other differences). A conference that started and
 *       stopped between two polls is reported {@code STOPPED} only.</li>
 *   <li>A conference missing from an answer is {@code REMOVED} only when the service confirms it: if its start
 *       left the window as the window slid, it is forgotten without an event; otherwise the watch reads its
 *       details, and reports {@code REMOVED} when the service says it is deleted or unknown (MMC_104,
 *       MMC_106), {@code CHANGED} when it was moved out of the window (and forgets it), and nothing while the
 *       lookup fails (the failure goes to {@code onError}; the next poll asks again).</li>
 *   <li>A conference that enters the window as it slides looks like a new booking and is reported
 *       {@code BOOKED}.</li>
 * </ul>
 *
 * <p>Polls run on one daemon thread per watch, one at a time: the next poll starts
 * {@link WatchOptions#pollInterval()} after the previous one ended and its events were delivered. A failed
 * poll changes nothing in what the watch knows (so no event is lost or sent twice), goes to
 * {@link ConferenceListener#onError}, and the next poll waits twice as long, then four times... up to the
 * longer of five minutes and the poll interval; a successful poll resets the interval. Each poll is a normal
 * call of the client: it has a call id, runs the client's interceptors and retries, and is logged.
 *
 * <p>What it costs the service: one {@code getConferencesList} call per poll interval (two a minute with the
 * defaults), plus one {@code getConferenceDetails} call for each conference that disappears from inside the
 * window.
 */
public interface ConferenceWatch extends AutoCloseable {

    /**
     * Stops the watch: waits for the poll in flight to end (its events are not delivered) and for the watch's
     * thread to finish, so that once it returns no listener call runs or will run. Idempotent; callable from
     * the listener itself (then it returns without waiting for the thread it runs on).
     */
    @Override
    void close();

    /**
     * @return whether {@link #close()} was called, the client was closed under the watch, or the watch's thread
     *         ended on an {@link Error} its listener threw
     */
    boolean isClosed();
}
