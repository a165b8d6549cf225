package com.orange.api.mmc.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The standalone sandbox: {@code java -jar mmc-sandbox.jar [--port N] [--host H] [--accounts FILE]}. Prints the
 * {@code mmc.properties} lines to use and runs until stopped (Ctrl-C). A bad option, an unreadable accounts file
 * or a port it cannot listen on ends it at once with one line on standard error and exit status 2.
 */
@Command(name = "mmc-sandbox", mixinStandardHelpOptions = true, versionProvider = SandboxLauncher.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs the MMC sandbox, an emulator of the Orange Multimedia Conference service, until stopped.")
public final class SandboxLauncher implements Callable<Integer> {

    /** The exit status of a bad option, an unreadable file or a port the sandbox cannot listen on. */
    public static final int USAGE = 2;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback lets others"
                    + " on the network use the sandbox; it warns so.")
    private String host;

    @Option(names = "--accounts", paramLabel = "FILE",
            description = "Service accounts to accept instead of the default one: one per line,"
                    + " serviceAccount,password,hostId,contract ('#' starts a comment).")
    private Path accounts;

    @Option(names = "--no-admin", description = "Do not serve the fault lab at /admin/faults and the journal at"
            + " /admin/journal (served by default, to loopback callers with the access key).")
    private boolean noAdmin;

    @Spec
    private CommandSpec spec;

    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile MmcSandbox running;

    /** Runs the sandbox until the process is stopped; exits with status 2 on a usage error. */
    public static void main(String[] args) {
        SandboxLauncher launcher = new SandboxLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "mmc-sandbox-stop"));
        int status = launcher.execute(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Parses {@code args} and runs the sandbox until {@link #stop()}; help and version return at once.
     *
     * @return 0 after a run, help or version; {@value #USAGE} on a usage error (one line on {@code err})
     */
    int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(this);
        line.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        line.setParameterExceptionHandler((exception, arguments) -> {
            err.println("mmc-sandbox: " + exception.getMessage() + " (try --help)");
            return USAGE;
        });
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            err.println("mmc-sandbox: " + exception.getMessage());
            return USAGE;
        });
        return line.execute(args);
    }

    /** Stops a running sandbox (the shutdown hook calls it on Ctrl-C). */
    void stop() {
        stop.countDown();
    }

    /** @return the sandbox once it runs, else null */
    MmcSandbox running() {
        return running;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535: " + port);
        }
        MmcSandbox.Builder builder = MmcSandbox.builder().port(port).admin(!noAdmin);
        try {
            builder.host(host);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host " + e.getMessage());
        }
        List<SandboxAccount> fromFile = accounts == null ? List.of() : readAccounts(accounts);
        fromFile.forEach(builder::account);
        MmcSandbox sandbox;
        try {
            sandbox = builder.start();
        } catch (UncheckedIOException e) {
            String reason = e.getCause() instanceof BindException ? e.getCause().getMessage() : e.getCause().toString();
            spec.commandLine().getErr().println("mmc-sandbox: cannot listen on " + host + ":" + port + " (" + reason + ")");
            return USAGE;
        }
        running = sandbox;
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println("MMC sandbox running. Put these in mmc.properties:");
            out.println("serviceUrl=" + sandbox.serviceUrl());
            out.println("accessKey=" + sandbox.accessKey());
            out.println("accessKeyPassword=" + sandbox.accessKeyPassword());
            out.println("serviceAccount=" + sandbox.serviceAccount());
            out.println("serviceAccountPassword=" + (fromFile.isEmpty() ? sandbox.serviceAccountPassword()
                    : "(its password in " + accounts + ")"));
            if (!noAdmin) {
                out.println("Fault lab: " + sandbox.serviceUrl().resolve(AdminPages.PATH) + " (see the sandbox's README)");
            }
            out.println("Press Ctrl-C to stop.");
            stop.await();
        } finally {
            sandbox.close();
            running = null;
        }
        return 0;
    }

    /**
     * Reads an accounts file: one {@code serviceAccount,password,hostId,contract} per line; blank lines and lines
     * starting with {@code #} are skipped.
     *
     * @throws CommandLine.ParameterException naming the file and line of the first bad entry
     */
    private List<SandboxAccount> readAccounts(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--accounts cannot read " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        List<SandboxAccount> read = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String entry = lines.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] fields = entry.split(",", -1);
            String where = file + ":" + (i + 1) + ": ";
            if (fields.length != 4 || fields[0].isBlank() || fields[1].isBlank() || fields[3].isBlank()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--accounts " + where
                        + "expected serviceAccount,password,hostId,contract");
            }
            try {
                read.add(new SandboxAccount(fields[0].strip(), fields[1].strip(), Long.parseLong(fields[2].strip()),
                        fields[3].strip()));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--accounts " + where
                        + "hostId is not a number: " + RequestGate.printable(fields[2]));
            }
        }
        if (read.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--accounts " + file + " has no account");
        }
        return read;
    }

    /** The sandbox's version, from its jar's manifest, for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SandboxLauncher.class.getPackage().getImplementationVersion();
            return new String[] {"mmc-sandbox " + (version == null ? "(development build)" : version) + ", Java "
                    + System.getProperty("java.version")};
        }
    }
}
