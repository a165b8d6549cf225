package com.orange.api.mmc.spring.boot;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The health of the MMC service as the application sees it: {@code about} with the organizer's credentials,
 * bounded by a timeout, its result reused for a while so that health probes do not load the service. The
 * Boot 3 and Boot 4 health indicators both report it.
 */
public final class MmcHealthCheck {

    /** One check's result. */
    public record Result(boolean up, Map<String, Object> details) {
    }

    private final Mmc mmc;
    private final Organizer organizer;
    private final Duration timeout;
    private final Duration cacheTtl;
    private final Clock clock;
    private Result last;
    private Instant lastAt;

    /**
     * @param organizer whose credentials {@code about} uses, or null: the check then reports down, saying so
     */
    public MmcHealthCheck(Mmc mmc, Organizer organizer, Duration timeout, Duration cacheTtl) {
        this(mmc, organizer, timeout, cacheTtl, Clock.systemUTC());
    }

    MmcHealthCheck(Mmc mmc, Organizer organizer, Duration timeout, Duration cacheTtl, Clock clock) {
        this.mmc = mmc;
        this.organizer = organizer;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** @return the last result while it is fresh, else a new one */
    public synchronized Result check() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(lastAt.plus(cacheTtl))) {
            last = call();
            lastAt = now;
        }
        return last;
    }

    private Result call() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serviceUrl", mmc.settings().serviceUrl().toString());
        if (organizer == null) {
            details.put("error", "no organizer: set mmc.organizer.* or define an Organizer bean");
            return new Result(false, details);
        }
        CompletableFuture<String> about = mmc.async().about(organizer);
        try {
            details.put("version", about.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
            return new Result(true, details);
        } catch (TimeoutException e) {
            about.cancel(true);
            details.put("error", "no answer to about within " + timeout);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            details.put("error", cause instanceof OrangeApiException api ? api.getMessage() : cause.toString());
        } catch (InterruptedException e) {
            about.cancel(true);
            Thread.currentThread().interrupt();
            details.put("error", "interrupted");
        }
        return new Result(false, details);
    }
}
