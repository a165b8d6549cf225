package com.orange.api.mmc.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The diagnostic tool (the manual's 1.7), emulated: nothing of the user's computer is examined. A launched run
 * goes through the manual's six steps, {@link #STEP} each on the sandbox's clock; while it runs its page shows
 * the progress ("En cours... 16 %"), each step's state and the "stop the diagnosis" button, and reloads itself;
 * then it reports success, or the failure view when the run was launched from a page opened with
 * {@code ?fail=<step>}. Runs are kept in memory, the most recent {@link #MAX_RUNS}. Thread-safe.
 */
final class DiagnosticTool {

    /** The manual's steps, in order. */
    static final List<String> STEPS = List.of("Hardware", "SystemSoftware", "UserSoftware", "eDataComponents",
            "LocalUser", "NetworkPerfs");
    /** How long one emulated step takes on the sandbox's clock. */
    static final Duration STEP = Duration.ofSeconds(3);
    static final int MAX_RUNS = 1000;
    private static final int REFRESH_SECONDS = 2;

    /** One launch: when, which step fails (or null), and when it was stopped (or null). */
    private record Run(Instant started, String failing, Instant stopped) {
        /** @return how many steps are over at {@code now} */
        int stepsDone(Instant now) {
            Instant until = stopped != null && stopped.isBefore(now) ? stopped : now;
            long elapsed = Math.max(0, Duration.between(started, until).toMillis());
            return (int) Math.min(STEPS.size(), elapsed / STEP.toMillis());
        }

        int percent(Instant now) {
            long elapsed = Math.max(0, Duration.between(started, now).toMillis());
            return (int) Math.min(100, elapsed * 100 / (STEP.toMillis() * STEPS.size()));
        }

        boolean running(Instant now) {
            return stopped == null && stepsDone(now) < STEPS.size();
        }
    }

    private final Map<String, Run> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > MAX_RUNS;
        }
    };

    /** @return whether {@code step} names one of {@link #STEPS} (null, no failure asked, does) */
    static boolean knownStep(String step) {
        return step == null || STEPS.contains(step);
    }

    /** Starts a run at {@code now}; {@code failing} is the step to fail, or null. @return the run's identifier */
    synchronized String launch(Instant now, String failing) {
        String id = UUID.randomUUID().toString();
        runs.put(id, new Run(now, failing, null));
        return id;
    }

    /** Stops a run that is still going; a finished or unknown run stays as it is. */
    synchronized void stop(String id, Instant now) {
        Run run = id == null ? null : runs.get(id);
        if (run != null && run.running(now)) {
            runs.put(id, new Run(run.started(), run.failing(), now));
        }
    }

    /** @return whether {@code id} names a run this tool remembers */
    synchronized boolean knows(String id) {
        return id != null && runs.containsKey(id);
    }

    /**
     * Fills the page of a run: its progress and stop button while it runs, then the result (success, failure or
     * stopped) with the launch button again.
     *
     * @param form the hidden fields of the page's forms (language, viewer)
     */
    void page(PortalPage page, String id, Instant now, Map<String, String> form) {
        Run run;
        synchronized (this) {
            run = runs.get(id);
        }
        PortalTexts texts = page.texts();
        int done = run.stepsDone(now);
        boolean running = run.running(now);
        if (running) {
            page.message(texts.get("diagnosticRunning", run.percent(now))).refresh(REFRESH_SECONDS);
        } else if (run.stopped() != null) {
            page.message(texts.get("diagnosticStopped"));
        } else {
            page.message(texts.get(run.failing() != null ? "diagnosticFailed" : "diagnosticDone"));
        }
        StringBuilder steps = new StringBuilder("<ul class=\"diagnostic\">");
        for (int i = 0; i < STEPS.size(); i++) {
            String step = STEPS.get(i);
            boolean failed = i < done && step.equals(run.failing());
            String state = i < done ? failed ? "stepFailed" : "stepPassed"
                    : running ? i == done ? "stepRunning" : "stepWaiting" : "stepNotRun";
            steps.append("<li data-step=\"").append(step).append("\" data-state=\"").append(state)
                    .append(failed ? "\" class=\"failed\">" : "\">").append("Diagnostic ").append(step).append(" : ")
                    .append(PortalPage.escape(texts.get(state)));
            if (failed) {
                steps.append("<ul class=\"checks\"><li class=\"failed\">")
                        .append(PortalPage.escape(texts.get("stepFailure", step))).append("</li></ul>");
            }
            steps.append("</li>");
        }
        page.block(steps.append("</ul>").toString());
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (running) {
            fields.put("run", id);
            page.form("/portal/diagnostic", "diagnosticStop", with(fields, "stop"));
        } else {
            if (run.failing() != null) {
                fields.put("fail", run.failing());
            }
            page.form("/portal/diagnostic", "diagnosticLaunch", with(fields, "run"));
        }
    }

    private static Map<String, String> with(Map<String, String> fields, String action) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("action", action);
        return all;
    }
}
