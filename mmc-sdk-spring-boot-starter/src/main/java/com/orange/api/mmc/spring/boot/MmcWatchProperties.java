package com.orange.api.mmc.spring.boot;

import com.orange.api.mmc.WatchOptions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mmc.watch.*} properties: with {@code mmc.watch.enabled=true}, the application watches the conferences
 * of the {@code Organizer} bean and receives each change as a {@link com.orange.api.mmc.ConferenceEvent}
 * application event (see {@link MmcWatchAutoConfiguration}).
 */
@ConfigurationProperties(prefix = "mmc.watch")
public class MmcWatchProperties {

    /** Watch the organizer's conferences and publish each change as a ConferenceEvent application event. */
    private boolean enabled;
    /** The time between the end of a poll and the start of the next (30 s by default: 2 calls a minute). */
    private Duration pollInterval = WatchOptions.DEFAULT_POLL_INTERVAL;
    /** How far before now the window of start dates reaches (1 day by default). */
    private Duration windowBehind = WatchOptions.DEFAULT_BEHIND;
    /** How far after now the window of start dates reaches (90 days by default). */
    private Duration windowAhead = WatchOptions.DEFAULT_AHEAD;

    /** @return whether the organizer's conferences are watched ({@code mmc.watch.enabled}) */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether to watch the organizer's conferences ({@code mmc.watch.enabled}) */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** @return the time between the end of a poll and the start of the next ({@code mmc.watch.poll-interval}) */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /** @param pollInterval the time between the end of a poll and the start of the next */
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** @return how far before now the window of start dates reaches ({@code mmc.watch.window-behind}) */
    public Duration getWindowBehind() {
        return windowBehind;
    }

    /** @param windowBehind how far before now the window of start dates reaches */
    public void setWindowBehind(Duration windowBehind) {
        this.windowBehind = windowBehind;
    }

    /** @return how far after now the window of start dates reaches ({@code mmc.watch.window-ahead}) */
    public Duration getWindowAhead() {
        return windowAhead;
    }

    /** @param windowAhead how far after now the window of start dates reaches */
    public void setWindowAhead(Duration windowAhead) {
        this.windowAhead = windowAhead;
    }

    /** @return the watch's options; the builder checks them, naming the one out of bounds */
    WatchOptions options() {
        return WatchOptions.builder().pollInterval(pollInterval).window(windowBehind, windowAhead).build();
    }

    @Override
    public String toString() {
        return "MmcWatchProperties[enabled=" + enabled + ", pollInterval=" + pollInterval + ", windowBehind="
                + windowBehind + ", windowAhead=" + windowAhead + "]";
    }
}
