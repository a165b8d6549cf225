package com.orange.api.mmc.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standalone sandbox's command line: options, one-line errors with exit status 2, and a run. */
class SandboxLauncherIT {

    /** What one run of the launcher printed and returned. */
    private record Run(int status, String out, String err) {
    }

    private static Run launch(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new SandboxLauncher().execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesEveryOption() {
        Run help = launch("--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--port", "--host", "--accounts", "--no-admin", "--help", "--version");
    }

    @Test
    void versionNamesTheSandbox() {
        Run version = launch("--version");

        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("mmc-sandbox ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--port 70000       | --port must be from 0 to 65535: 70000",
            "--port eighty      | --port",
            "--host no.such.host.invalid | --host",
            "--colour           | --colour",
            "--accounts /no/such/file.csv | --accounts cannot read /no/such/file.csv"})
    void aBadOptionEndsInOneLineWithStatus2(String args, String named) {
        Run bad = launch(args.split(" "));

        assertThat(bad.status()).isEqualTo(SandboxLauncher.USAGE);
        assertThat(bad.err()).startsWith("mmc-sandbox: ").contains(named).hasLineCount(1);
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void aPortInUseEndsInOneLineWithStatus2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run busy = launch("--port", String.valueOf(taken.getLocalPort()));

            assertThat(busy.status()).isEqualTo(SandboxLauncher.USAGE);
            assertThat(busy.err()).isEqualTo("mmc-sandbox: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + " (Address already in use)" + System.lineSeparator());
        }
    }

    @Test
    void aBadAccountsLineIsNamedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.csv"), "# team accounts\nteam-a,pw-a,1,acme\nteam-b,pw-b,two,acme\n");

        Run bad = launch("--accounts", file.toString());

        assertThat(bad.status()).isEqualTo(SandboxLauncher.USAGE);
        assertThat(bad.err()).contains(file + ":3: hostId is not a number: two").hasLineCount(1);
    }

    @Test
    void aRunServesTheAccountsOfItsFileUntilStopped(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("accounts.csv"), "team-a,pw-a,1,acme\n");
        SandboxLauncher launcher = new SandboxLauncher();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> launcher.execute(
                new String[] {"--port", "0", "--accounts", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (launcher.running() == null && System.nanoTime() < deadline && !run.isDone()) {
            Thread.sleep(20);
        }
        MmcSandbox sandbox = launcher.running();
        assertThat(sandbox).as("the sandbox started").isNotNull();

        try (Mmc mmc = sandbox.newClient()) {
            assertThat(mmc.about(new Organizer(sandbox.accessKey(), sandbox.accessKeyPassword(), "team-a", "pw-a")))
                    .isEqualTo("V1.4");
        }
        launcher.stop();

        assertThat(run.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serviceUrl=" + sandbox.serviceUrl(), "serviceAccount=team-a")
                .doesNotContain("pw-a");
    }

    @Test
    void theStandaloneJarPrintsNoStackTraceForABadPort() throws Exception {
        Path jar = Paths.get("target", "mmc-sandbox.jar");
        assertThat(jar).as("the standalone jar is built before the integration tests").exists();
        Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "--port", "-1").redirectErrorStream(true).start();

        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(SandboxLauncher.USAGE);
        assertThat(List.of(output.split("\\R"))).containsExactly("mmc-sandbox: --port must be from 0 to 65535: -1 (try --help)");
    }
}
