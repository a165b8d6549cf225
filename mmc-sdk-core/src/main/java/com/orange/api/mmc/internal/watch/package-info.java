/**
 * <b>Internal, not API</b> (not exported by the module; may change in any release): how a
 * {@link com.orange.api.mmc.ConferenceWatch} works. {@code ConferencePoller} makes one poll (the list over the
 * sliding window, the diff against the previous answer, the details lookups that confirm a removal);
 * {@code PollingWatch} runs polls one at a time on the watch's thread and delivers their events;
 * {@code WatchBackoff} says how long to wait after failures.
 */
package com.orange.api.mmc.internal.watch;
