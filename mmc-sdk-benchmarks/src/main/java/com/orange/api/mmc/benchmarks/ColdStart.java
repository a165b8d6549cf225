package com.orange.api.mmc.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: the wall time from launching a fresh JVM to its first completed {@code about} call, for the
 * plain stub and for the SDK, against the same canned HTTPS server (each trusting its certificate). The
 * probe reports the instant its call completed; the JVM's own exit afterwards is not counted, as it is
 * not the time to a first call.
 * Run: {@code java -cp mmc-sdk-benchmarks/target/benchmarks.jar com.orange.api.mmc.benchmarks.ColdStart [runs] [http]}
 * ({@code http}: against a plain http server, where neither client needs TLS).
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        boolean https = args.length < 2 || !args[1].equals("http");
        try (CannedServer server = new CannedServer(https)) {
            for (String variant : List.of("stub", "sdk", "stub", "sdk")) {
                launch(variant, server, 1);
            }
            for (String variant : List.of("stub", "sdk")) {
                List<Long> times = new ArrayList<>();
                List<Long> cpu = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    long[] run = launch(variant, server, i);
                    times.add(run[0]);
                    cpu.add(run[1]);
                }
                Collections.sort(times);
                Collections.sort(cpu);
                System.out.printf("cold start %-4s (%s): median %d ms, min %d ms, max %d ms over %d fresh JVMs;"
                        + " CPU to the first call: median %d ms%n", variant, https ? "https" : "http",
                        times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), runs, cpu.get(cpu.size() / 2));
            }
        }
    }

    /**
     * @return milliseconds from launching the JVM to the end of its first call, and the CPU time the JVM
     *         had used by then (all its threads: less sensitive than wall time to other work on the machine)
     */
    private static long[] launch(String variant, CannedServer server, int run) throws Exception {
        String launcher = ProcessHandle.current().info().command().orElse("java");
        long launched = System.currentTimeMillis();
        Process process = new ProcessBuilder(launcher, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), variant, server.url().toString(),
                server.certificate() == null ? "-" : server.certificate().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(variant + " run " + run + " failed: " + output);
        }
        java.util.regex.Matcher done = java.util.regex.Pattern.compile("first call done at (\\d+) after (\\d+) ms of CPU")
                .matcher(output);
        if (!done.find()) {
            throw new IllegalStateException(variant + " run " + run + " did not report: " + output);
        }
        return new long[] {Long.parseLong(done.group(1)) - launched, Long.parseLong(done.group(2))};
    }

    /** The fresh JVM: build the client, make one call, exit. */
    public static final class Probe {

        private Probe() {
        }

        public static void main(String[] args) throws Exception {
            java.net.URI url = java.net.URI.create(args[1]);
            java.nio.file.Path certificate = args[2].equals("-") ? null : java.nio.file.Path.of(args[2]);
            if (args[0].equals("stub") && certificate == null) {
                Clients.stub(url, null).about(Clients.applicationContext());
            } else if (args[0].equals("stub")) {
                // What a stub user writes to trust a certificate: a key store and a TLS context of their own.
                java.security.KeyStore store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
                store.load(null, null);
                try (java.io.InputStream in = java.nio.file.Files.newInputStream(certificate)) {
                    store.setCertificateEntry("server", java.security.cert.CertificateFactory.getInstance("X.509")
                            .generateCertificate(in));
                }
                javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(
                        javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
                trust.init(store);
                javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
                tls.init(null, trust.getTrustManagers(), null);
                Clients.stub(url, tls).about(Clients.applicationContext());
            } else {
                Clients.sdk(url, certificate).about(Clients.ORGANIZER);
            }
            long done = System.currentTimeMillis();
            long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
            System.out.println("first call done at " + done + " after " + cpu + " ms of CPU");
        }
    }
}
