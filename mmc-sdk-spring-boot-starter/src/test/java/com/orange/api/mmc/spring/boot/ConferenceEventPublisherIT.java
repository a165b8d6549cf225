package com.orange.api.mmc.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.ConferenceEvent;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.MmcCallContext;
import com.orange.api.mmc.MmcInterceptor;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.model.ScheduledConference;
import com.orange.api.mmc.model.ScheduledConferenceInfo;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.time.OffsetDateTime;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/** {@code mmc.watch.enabled=true} publishes the organizer's conference changes as application events. */
class ConferenceEventPublisherIT {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MmcAutoConfiguration.class, MmcWatchAutoConfiguration.class));

    private static String[] properties(MmcSandbox sandbox, String... more) {
        String[] base = {"mmc.service-url=" + sandbox.serviceUrl(), "mmc.organizer.access-key=" + sandbox.accessKey(),
                "mmc.organizer.access-key-password=" + sandbox.accessKeyPassword(),
                "mmc.organizer.service-account=" + sandbox.serviceAccount(),
                "mmc.organizer.service-account-password=" + sandbox.serviceAccountPassword()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aBookingReachesTheApplicationsListenersAsAConferenceEvent() {
        BlockingQueue<ConferenceEvent> heard = new LinkedBlockingQueue<>();
        AtomicInteger lists = new AtomicInteger();
        MmcInterceptor countLists = new MmcInterceptor() {
            @Override
            public void onCallEnd(MmcCallContext call, Throwable failureOrNull) {
                if (call.operation().equals("getConferencesList")) {
                    lists.incrementAndGet();
                }
            }
        };
        ApplicationListener<PayloadApplicationEvent<ConferenceEvent>> listener = event -> heard.add(event.getPayload());
        try (MmcSandbox sandbox = MmcSandbox.start()) {
            runner.withPropertyValues(properties(sandbox, "mmc.watch.enabled=true", "mmc.watch.poll-interval=10ms"))
                    .withBean(MmcInterceptor.class, () -> countLists)
                    .withBean("conferenceEvents", ApplicationListener.class, () -> listener)
                    .run(context -> {
                        assertThat(context).hasSingleBean(ConferenceEventPublisher.class);
                        assertThat(context.getBean(ConferenceEventPublisher.class).isRunning()).isTrue();
                        while (lists.get() < 1) {
                            Thread.sleep(1);
                        }
                        Mmc mmc = context.getBean(Mmc.class);
                        OffsetDateTime start = OffsetDateTime.now().plusHours(1);
                        ScheduledConference booked = mmc.createConference(context.getBean(Organizer.class),
                                new ScheduledConferenceInfo("from spring", "password", start, start.plusHours(1)));

                        ConferenceEvent event = heard.poll(20, TimeUnit.SECONDS);
                        assertThat(event).isNotNull();
                        assertThat(event.type()).isEqualTo(ConferenceEvent.Type.BOOKED);
                        assertThat(event.conference().getIdentifier()).isEqualTo(booked.getIdentifier());
                    });
        }
        assertThat(Thread.getAllStackTraces().keySet()).as("the watch stops with the context")
                .noneMatch(thread -> thread.getName().startsWith("mmc-watch-") && thread.isAlive());
    }

    @Test
    void noWatchUnlessEnabled() {
        try (MmcSandbox sandbox = MmcSandbox.start()) {
            runner.withPropertyValues(properties(sandbox))
                    .run(context -> assertThat(context).doesNotHaveBean(ConferenceEventPublisher.class));
        }
    }

    @Test
    void enabledWithoutAnOrganizerFailsTheStartSayingWhatIsMissing() {
        runner.withPropertyValues("mmc.service-url=http://127.0.0.1:9/mmc", "mmc.watch.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("mmc.organizer");
        });
    }

    @Test
    void aWindowBeyondTheServiceLimitFailsTheStartNamingIt() {
        try (MmcSandbox sandbox = MmcSandbox.start()) {
            runner.withPropertyValues(properties(sandbox, "mmc.watch.enabled=true", "mmc.watch.window-ahead=800d"))
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("window ahead");
                    });
        }
    }
}
