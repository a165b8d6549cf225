package com.orange.api.mmc.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The build's training run for the standalone jar's class-data-sharing archive: starts the sandbox as
 * {@code java -jar mmc-sandbox.jar --port 0} would, answers one {@code about} over HTTP, stops it, and exits 0 only
 * if the answer was {@code V1.4}. Run with {@code -XX:DumpLoadedClassList} on {@code mmc-sandbox.jar} and the test
 * classes (see the pom).
 */
public final class SandboxTraining {

    private SandboxTraining() {
    }

    public static void main(String[] args) throws Exception {
        SandboxLauncher launcher = new SandboxLauncher();
        PrintStream out = System.out;
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
                () -> launcher.execute(new String[] {"--port", "0"}, out, System.err));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (launcher.running() == null && !run.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        MmcSandbox sandbox = launcher.running();
        if (sandbox == null) {
            throw new IllegalStateException("the sandbox did not start: " + (run.isDone() ? "exit " + run.get() : "timeout"));
        }
        String answer;
        try {
            answer = about(sandbox);
        } finally {
            launcher.stop();
        }
        if (run.get(60, TimeUnit.SECONDS) != 0 || !answer.contains("<aboutReturn>V1.4</aboutReturn>")) {
            throw new IllegalStateException("unexpected answer: " + answer);
        }
        out.println("about answered V1.4");
    }

    /** Posts {@code cds/about-request.xml} (the request the benchmarks' readiness probe sends too). */
    private static String about(MmcSandbox sandbox) throws IOException {
        byte[] request;
        try (InputStream in = SandboxTraining.class.getResourceAsStream("/cds/about-request.xml")) {
            request = in.readAllBytes();
        }
        HttpURLConnection http = (HttpURLConnection) sandbox.serviceUrl().toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setRequestProperty("Content-Type", "text/xml; charset=utf-8");
        http.setRequestProperty("SOAPAction", "\"urn:about\"");
        http.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (sandbox.accessKey() + ":" + sandbox.accessKeyPassword()).getBytes(StandardCharsets.UTF_8)));
        try (OutputStream body = http.getOutputStream()) {
            body.write(request);
        }
        try (InputStream in = http.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            http.disconnect();
        }
    }
}
