package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.model.ConferenceState;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Threads sharing one client against one sandbox: nothing is lost, duplicated or seen half-made. */
class SandboxConcurrencyIT {

    /**
     * How long the list/create race runs: 6 s by default (thousands of interleavings on two cores), longer with
     * {@code -Dmmc.sandbox.raceSeconds=20}.
     */
    private static final Duration RACE = Duration.ofSeconds(Long.getLong("mmc.sandbox.raceSeconds", 6));

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    @Test
    void concurrentCreatesAndStartsKeepEveryConferenceOnce() throws Exception {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(10);
            Set<Long> ids = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        String name = "t" + thread + "-" + i;
                        ScheduledConference conference = mmc.createConference(sandbox.organizer(),
                                new ScheduledConferenceInfo(name, "password-" + name, start, start.plusHours(1)));
                        assertThat(ids.add(conference.getIdentifier())).as("identifier %s given twice",
                                conference.getIdentifier()).isTrue();
                        mmc.startConference(sandbox.organizer(), conference);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            List<Conference> listed = mmc.getConferencesList(sandbox.organizer(), start.minusMinutes(1),
                    start.plusMinutes(1), null);
            assertThat(ids).hasSize(THREADS * PER_THREAD);
            assertThat(listed).hasSize(THREADS * PER_THREAD);
            assertThat(listed).extracting(Conference::getIdentifier).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(listed).allMatch(c -> c.getState() == ConferenceState.STARTED);
            assertThat(listed).extracting(Conference::getName).doesNotHaveDuplicates();
        }
    }

    /**
     * The client's one port is shared by all threads: each call's credentials travel with its thread, so
     * organizers calling at once through one client each book and see only their own conferences.
     */
    @Test
    void organizersCallingAtOnceThroughOneClientEachActAsThemselves() throws Exception {
        MmcSandbox.Builder builder = MmcSandbox.builder();
        List<SandboxAccount> accounts = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SandboxAccount account = new SandboxAccount("account-" + t, "account-password-" + t, 100 + t, "contract-" + t);
            accounts.add(account);
            builder.account(account);
        }
        try (MmcSandbox sandbox = builder.start(); Mmc mmc = sandbox.newClient()) {
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(10);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (SandboxAccount account : accounts) {
                Organizer organizer = sandbox.organizer(account);
                work.add(pool.submit(() -> {
                    for (int i = 0; i < PER_THREAD; i++) {
                        mmc.createConference(organizer, new ScheduledConferenceInfo(account.serviceAccount() + "-" + i,
                                "password", start, start.plusHours(1)));
                        assertThat(mmc.getConferencesList(organizer, start.minusMinutes(1), start.plusMinutes(1), null))
                                .as("what %s sees", account.serviceAccount()).hasSize(i + 1)
                                .allSatisfy(conference -> assertThat(conference.getName())
                                        .startsWith(account.serviceAccount() + "-"));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        }
    }

    @Test
    void listsRunningDuringCreatesNeverSeeAHalfMadeConference() throws Exception {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            OffsetDateTime start = OffsetDateTime.now().plusMinutes(10);
            long deadline = System.nanoTime() + RACE.toNanos();
            AtomicInteger lists = new AtomicInteger();
            AtomicInteger creates = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        mmc.createConference(sandbox.organizer(), new ScheduledConferenceInfo("race-" + thread + "-" + i,
                                "password", start, start.plusHours(1)));
                        creates.incrementAndGet();
                    }
                    return null;
                }));
                work.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        List<Conference> listed = mmc.getConferencesList(sandbox.organizer(), start.minusMinutes(1),
                                start.plusMinutes(1), null);
                        assertThat(listed).allSatisfy(conference -> {
                            assertThat(conference.getName()).startsWith("race-");
                            assertThat(conference.getStartDate()).isNotNull();
                        });
                        lists.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(lists.get()).as("lists run").isPositive();
            assertThat(mmc.getConferencesList(sandbox.organizer(), start.minusMinutes(1), start.plusMinutes(1), null))
                    .hasSize(creates.get());
        }
    }
}
