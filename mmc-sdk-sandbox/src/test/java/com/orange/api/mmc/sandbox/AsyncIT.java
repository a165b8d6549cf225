package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.common.OrangeApiException;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcException;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** A thousand concurrent async calls against the sandbox give what the blocking API gives for the same calls. */
class AsyncIT {

    private static final int CALLS = 1_000;
    private static final long UNKNOWN = 987_654_321L;

    @Test
    void aThousandConcurrentCallsCompleteWithTheResultsOfTheBlockingApi() throws Exception {
        // The default executor: with virtual threads (JDK 21+) all 1,000 calls are in flight at once, each on its
        // own connection, and all 1,000 connections then sit idle in the pool and are reused.
        try (MmcSandbox sandbox = MmcSandbox.builder().threads(CALLS + 100).start(); Mmc mmc = sandbox.newClient()) {
            Organizer organizer = sandbox.organizer();
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(10);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ScheduledConference conference = mmc.createConference(organizer,
                        new ScheduledConferenceInfo("async-" + i, "password-" + i, start, start.plusHours(1)));
                ids.add(conference.getIdentifier());
            }

            List<Function<Integer, Object>> blocking = List.of(
                    i -> mmc.about(organizer),
                    i -> describe(mmc.getConferenceDetails(organizer, ids.get(i % ids.size()))),
                    i -> mmc.getConferencesList(organizer, start.minusMinutes(1), start.plusMinutes(1), null).stream()
                            .map(AsyncIT::describe).sorted().toList());
            List<Function<Integer, CompletableFuture<?>>> async = List.of(
                    i -> mmc.async().about(organizer),
                    i -> mmc.async().getConferenceDetails(organizer, ids.get(i % ids.size())).thenApply(AsyncIT::describe),
                    i -> mmc.async().getConferencesList(organizer, start.minusMinutes(1), start.plusMinutes(1), null)
                            .thenApply(list -> list.stream().map(AsyncIT::describe).sorted().toList()));
            String fault = outcome(() -> mmc.getConferenceDetails(organizer, UNKNOWN));
            assertThat(fault).startsWith("MmcException ");

            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                futures.add(i % 4 == 3 ? mmc.async().getConferenceDetails(organizer, UNKNOWN)
                        : async.get(i % 4).apply(i));
            }
            CompletableFuture.allOf(futures.stream().map(f -> f.exceptionally(e -> null))
                    .toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);

            for (int i = 0; i < CALLS; i++) {
                int call = i;
                String expected = i % 4 == 3 ? fault : String.valueOf(blocking.get(i % 4).apply(i));
                assertThat(outcome(() -> futures.get(call).join())).as("call %d", i).isEqualTo(expected);
            }
        }
    }

    private static String describe(Conference conference) {
        return conference.getIdentifier() + "/" + conference.getName() + "/" + conference.getState();
    }

    /** The result as text, or the exception's class and code: the async one is unwrapped from its CompletionException. */
    private static String outcome(java.util.function.Supplier<?> call) {
        try {
            return String.valueOf(call.get());
        } catch (CompletionException e) {
            return failure(e.getCause());
        } catch (RuntimeException e) {
            return failure(e);
        }
    }

    private static String failure(Throwable e) {
        if (e instanceof MmcException mmc) {
            return "MmcException " + mmc.getCode() + " local=" + mmc.isLocal();
        }
        return e instanceof OrangeApiException api ? e.getClass().getName() + " " + api.getMessage() : e.toString();
    }
}
