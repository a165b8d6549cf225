package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.xml.ws.Endpoint;

/**
 * An in-process emulator of the MMC service: it serves the same WSDL on the JDK's HTTP server, checks
 * basic authentication and the {@code ApplicationContext} header, keeps conferences in memory and
 * answers with the manual's codes. Start and join URLs lead to its own portal pages.
 *
 * <pre>{@code
 * try (MmcSandbox sandbox = MmcSandbox.start();
 *      Mmc mmc = sandbox.newClient()) {
 *     Organizer organizer = sandbox.organizer();
 *     System.out.println(mmc.about(organizer));           // V1.4
 * }
 * }</pre>
 *
 * <p>Default credentials: access key {@value #DEFAULT_ACCESS_KEY} / {@value #DEFAULT_ACCESS_KEY_PASSWORD},
 * service account {@value #DEFAULT_SERVICE_ACCOUNT} / {@value #DEFAULT_SERVICE_ACCOUNT_PASSWORD}. From the
 * command line: {@code java -jar mmc-sandbox.jar --port 8080}.
 */
public final class MmcSandbox implements AutoCloseable {

    public static final String DEFAULT_ACCESS_KEY = "sandbox-access-key";
    public static final String DEFAULT_ACCESS_KEY_PASSWORD = "sandbox-access-key-password";
    public static final String DEFAULT_SERVICE_ACCOUNT = "sandbox-service-account";
    public static final String DEFAULT_SERVICE_ACCOUNT_PASSWORD = "sandbox-service-account-password";
    /** The path the service answers on, as the manual's endpoints. */
    public static final String SERVICE_PATH = "/api/MultimediaConference-1";
    /** The licences a sandbox contract subscribes, for {@code getLicencesUsage}. */
    public static final int DEFAULT_SUBSCRIBED_LICENCES = 10;

    private static final Logger LOG = LoggerFactory.getLogger(MmcSandbox.class);

    static {
        // The JDK server writes headers and body apart; without TCP_NODELAY every small answer waits ~40 ms
        // for the client's delayed ACK. Read once, when the JDK's server classes load; a user's own setting wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Endpoint endpoint;
    private final String accessKey;
    private final String accessKeyPassword;
    private final SandboxAccount defaultAccount;
    private final Clock clock;
    private final URI serviceUrl;

    private MmcSandbox(Builder builder) {
        this.accessKey = builder.accessKey;
        this.accessKeyPassword = builder.accessKeyPassword;
        this.clock = builder.clock;
        Map<String, SandboxAccount> accounts = new LinkedHashMap<>(builder.accounts);
        if (accounts.isEmpty()) {
            accounts.put(DEFAULT_SERVICE_ACCOUNT, new SandboxAccount(DEFAULT_SERVICE_ACCOUNT,
                    DEFAULT_SERVICE_ACCOUNT_PASSWORD, 1, "sandbox"));
        }
        this.defaultAccount = accounts.values().iterator().next();
        try {
            this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + builder.host.getHostAddress() + ":" + builder.port, e);
        }
        this.executor = Executors.newFixedThreadPool(builder.threads, runnable -> {
            Thread thread = new Thread(runnable, "mmc-sandbox-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        String base = "http://" + hostForUrl(builder.host) + ":" + server.getAddress().getPort();
        this.serviceUrl = URI.create(base + SERVICE_PATH);
        ConferenceRegistry registry = new ConferenceRegistry(clock);
        HttpContext api = server.createContext(SERVICE_PATH);
        api.getFilters().add(new BasicAuthFilter(accessKey, accessKeyPassword));
        this.endpoint = Endpoint.create(new SandboxEndpoint(registry, accounts, base + "/portal",
                builder.subscribedLicences));
        endpoint.publish(api);
        server.createContext("/portal", new PortalPages(registry));
        server.start();
        LOG.info("MMC sandbox listening on {}", serviceUrl);
    }

    private static String hostForUrl(InetAddress host) {
        String address = host.getHostAddress();
        return address.contains(":") ? "[" + address + "]" : address;
    }

    /** Starts a sandbox with the default credentials on a free port of the loopback interface. */
    public static MmcSandbox start() {
        return builder().start();
    }

    /** Starts a sandbox with the default credentials on {@code port} of the loopback interface (0: any free port). */
    public static MmcSandbox start(int port) {
        return builder().port(port).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return the URL to give the SDK as {@code serviceUrl} */
    public URI serviceUrl() {
        return serviceUrl;
    }

    /** @return the WSDL the sandbox serves: the SDK's own contract */
    public URI wsdlUrl() {
        return URI.create(serviceUrl + "?wsdl");
    }

    public String accessKey() {
        return accessKey;
    }

    public String accessKeyPassword() {
        return accessKeyPassword;
    }

    /** @return the first (by default the only) service account */
    public String serviceAccount() {
        return defaultAccount.serviceAccount();
    }

    public String serviceAccountPassword() {
        return defaultAccount.password();
    }

    /** @return the clock the sandbox's rules read */
    public Clock clock() {
        return clock;
    }

    /** @return an organizer with the sandbox's access key and its first service account */
    public Organizer organizer() {
        return new Organizer(accessKey, accessKeyPassword, defaultAccount.serviceAccount(), defaultAccount.password());
    }

    /** @return an organizer with the sandbox's access key and the given service account */
    public Organizer organizer(SandboxAccount account) {
        return new Organizer(accessKey, accessKeyPassword, account.serviceAccount(), account.password());
    }

    /** @return a builder of an {@link Mmc} client pointed at this sandbox, to adjust before {@code build()} */
    public Mmc.Builder clientBuilder() {
        return Mmc.builder().serviceUrl(serviceUrl);
    }

    /** @return an {@link Mmc} client pointed at this sandbox (close it when done) */
    public Mmc newClient() {
        return clientBuilder().build();
    }

    /** Stops serving; conferences are forgotten. */
    @Override
    public void close() {
        endpoint.stop();
        server.stop(0);
        executor.shutdownNow();
        LOG.info("MMC sandbox on {} stopped", serviceUrl);
    }

    @Override
    public String toString() {
        return "MmcSandbox[" + serviceUrl + "]";
    }

    /**
     * Runs a sandbox until the process is stopped: {@code java -jar mmc-sandbox.jar [--port N] [--host H]}.
     * Prints the service URL and the credentials to use.
     */
    public static void main(String[] args) throws InterruptedException {
        Builder builder = builder().port(8080);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> builder.port(Integer.parseInt(value(args, ++i, "--port")));
                case "--host" -> builder.host(value(args, ++i, "--host"));
                case "--help", "-h" -> {
                    System.out.println("Usage: java -jar mmc-sandbox.jar [--port N (default 8080, 0 for any)] [--host H]");
                    return;
                }
                default -> {
                    System.err.println("Unknown option " + args[i] + "; try --help");
                    System.exit(2);
                }
            }
        }
        MmcSandbox sandbox = builder.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        System.out.println("MMC sandbox running. Put these in mmc.properties:");
        System.out.println("serviceUrl=" + sandbox.serviceUrl());
        System.out.println("accessKey=" + sandbox.accessKey());
        System.out.println("accessKeyPassword=" + sandbox.accessKeyPassword());
        System.out.println("serviceAccount=" + sandbox.serviceAccount());
        System.out.println("serviceAccountPassword=" + sandbox.serviceAccountPassword());
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            System.err.println("Option " + option + " needs a value; try --help");
            System.exit(2);
        }
        return args[index];
    }

    /** Settings of a sandbox: where it listens, its credentials, its clock. */
    public static final class Builder {

        private InetAddress host = InetAddress.getLoopbackAddress();
        private int port;
        private String accessKey = DEFAULT_ACCESS_KEY;
        private String accessKeyPassword = DEFAULT_ACCESS_KEY_PASSWORD;
        private final Map<String, SandboxAccount> accounts = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private int subscribedLicences = DEFAULT_SUBSCRIBED_LICENCES;
        private int threads = 16;

        private Builder() {
        }

        /** @param port the port to listen on; 0 (the default) picks a free one */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** @param host the address to listen on; the loopback interface by default */
        public Builder host(String host) {
            try {
                this.host = InetAddress.getByName(Objects.requireNonNull(host, "host"));
            } catch (IOException e) {
                throw new IllegalArgumentException("Unknown host " + host, e);
            }
            return this;
        }

        /** The HTTP basic authentication the sandbox accepts. */
        public Builder accessKey(String accessKey, String accessKeyPassword) {
            this.accessKey = Objects.requireNonNull(accessKey, "accessKey");
            this.accessKeyPassword = Objects.requireNonNull(accessKeyPassword, "accessKeyPassword");
            return this;
        }

        /**
         * Adds a service account; the first added replaces the default one. Accounts of the same contract
         * see each other's conferences.
         */
        public Builder account(SandboxAccount account) {
            Objects.requireNonNull(account, "account");
            accounts.put(account.serviceAccount(), account);
            return this;
        }

        /** The clock the time rules read; a {@link SandboxClock} lets tests move time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder subscribedLicences(int licences) {
            if (licences < 0) {
                throw new IllegalArgumentException("licences must not be negative: " + licences);
            }
            this.subscribedLicences = licences;
            return this;
        }

        /** @param threads how many requests the sandbox serves at once (16 by default) */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        public MmcSandbox start() {
            return new MmcSandbox(this);
        }
    }
}
