package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.sandbox.internal.MetroEndpoint;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
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
 * command line: {@code java -jar mmc-sandbox.jar --port 8080} ({@link SandboxLauncher}).
 */
public final class MmcSandbox implements AutoCloseable {

    public static final String DEFAULT_ACCESS_KEY = "sandbox-access-key";
    public static final String DEFAULT_ACCESS_KEY_PASSWORD = "sandbox-access-key-password";
    public static final String DEFAULT_SERVICE_ACCOUNT = "sandbox-service-account";
    public static final String DEFAULT_SERVICE_ACCOUNT_PASSWORD = "sandbox-service-account-password";
    /** The contract of the default service account when none is declared. */
    public static final String DEFAULT_CONTRACT = "sandbox";

    /** The path the service answers on, as the manual's endpoints. */
    public static final String SERVICE_PATH = "/api/MultimediaConference-1";
    /** The licences a sandbox contract subscribes, for {@code getLicencesUsage}. */
    public static final int DEFAULT_SUBSCRIBED_LICENCES = 10;

    /** How long {@link #close()} waits for calls still being handled. */
    private static final int STOP_GRACE_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(MmcSandbox.class);

    /** The largest request body the service accepts by default: 1 MiB. */
    public static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    /** Connections waiting to be accepted, and connections kept idle: as many as a client's pool holds. */
    private static final int ACCEPT_BACKLOG = 1024;

    static {
        // Read once, when the JDK's server classes load (so only if no JDK HttpServer ran before in this JVM);
        // a user's own setting wins.
        // TCP_NODELAY: the JDK server writes headers and body apart, and each small answer would otherwise wait
        // for the client's delayed ACK.
        defaultProperty("sun.net.httpserver.nodelay", "true");
        // A request's headers and body must arrive within 10 s, else its connection is closed (half-sent
        // requests do not hold a thread longer).
        defaultProperty("sun.net.httpserver.maxReqTime", "10");
        // At most 100 headers per request.
        defaultProperty("sun.net.httpserver.maxReqHeaders", "100");
        // Keep as many connections idle as the sandbox accepts (the JDK's default is 200): past its limit the
        // server closes a connection the moment it turns idle, and a client that reuses it at once sees its
        // next request fail without an answer, as no service closing connections only when idle would do.
        defaultProperty("sun.net.httpserver.maxIdleConnections", Integer.toString(ACCEPT_BACKLOG));
    }

    private static void defaultProperty(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpServer server;
    private final ThreadPoolExecutor executor;
    private final Endpoint endpoint;
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxJournal journal;
    private final String accessKey;
    private final String accessKeyPassword;
    private final SandboxAccount defaultAccount;
    private final Clock clock;
    private final URI serviceUrl;

    private MmcSandbox(Builder builder) {
        this.accessKey = builder.accessKey;
        this.accessKeyPassword = builder.accessKeyPassword;
        this.clock = builder.clock;
        this.journal = new SandboxJournal(clock);
        Map<String, SandboxAccount> accounts = accounts(builder);
        this.defaultAccount = accounts.values().iterator().next();
        try {
            // A backlog for bursts of connections (the JDK's default is 50): they wait to be accepted, not refused.
            this.server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), ACCEPT_BACKLOG);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on " + builder.host.getHostAddress() + ":" + builder.port, e);
        }
        // Threads are made on demand up to the limit: connections that send nothing (or half a request) hold one
        // each until maxReqTime closes them, and must not keep real calls waiting. Past the limit the JDK's server
        // closes the new connection.
        this.executor = new ThreadPoolExecutor(0, builder.threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "mmc-sandbox-" + THREADS.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        server.setExecutor(executor);
        String base = "http://" + hostForUrl(builder.host) + ":" + server.getAddress().getPort();
        this.serviceUrl = URI.create(base + SERVICE_PATH);
        ConferenceRegistry registry = new ConferenceRegistry(clock);
        HttpContext api = server.createContext(SERVICE_PATH);
        BasicAuthFilter authentication = new BasicAuthFilter(accessKey, accessKeyPassword);
        api.getFilters().add(new RequestGate(builder.maxRequestSize, journal));
        api.getFilters().add(authentication);
        api.getFilters().add(new FaultFilter(faults));
        api.getFilters().add(new SoapGate());
        this.endpoint = MetroProvider.createEndpoint(new MetroEndpoint(new SandboxEndpoint(registry, accounts,
                base + "/portal", builder.subscribedLicences, builder.autoLaunchPeriods)));
        endpoint.publish(api);
        server.createContext("/portal", new PortalPages(registry));
        if (builder.admin) {
            server.createContext(AdminPages.PATH, new AdminPages(faults)).getFilters().add(authentication);
            server.createContext(AdminJournal.PATH, new AdminJournal(journal)).getFilters().add(authentication);
        }
        server.start();
        LOG.info("MMC sandbox listening on {}", serviceUrl);
        if (!builder.host.isLoopbackAddress()) {
            LOG.warn("The MMC sandbox listens on {}, not on the loopback interface: anyone who can reach it can use"
                    + " it with the credentials it prints, over plain HTTP", builder.host.getHostAddress());
        }
    }

    /**
     * The accounts the service accepts, each following its contract: the one it brought, else the one declared
     * with its name, else one that allows everything. Without accounts, the default one belongs to the first
     * contract declared (or to {@value #DEFAULT_CONTRACT}).
     */
    private static Map<String, SandboxAccount> accounts(Builder builder) {
        Map<String, SandboxAccount> named = new LinkedHashMap<>(builder.accounts);
        if (named.isEmpty()) {
            String contract = builder.contracts.isEmpty() ? DEFAULT_CONTRACT : builder.contracts.keySet().iterator().next();
            named.put(DEFAULT_SERVICE_ACCOUNT, new SandboxAccount(DEFAULT_SERVICE_ACCOUNT,
                    DEFAULT_SERVICE_ACCOUNT_PASSWORD, 1, contract));
        }
        Map<String, SandboxAccount> resolved = new LinkedHashMap<>();
        named.forEach((name, account) -> {
            SandboxContract contract = account.declaredContract() != null ? account.declaredContract()
                    : builder.contracts.getOrDefault(account.contract(), SandboxContract.allowingEverything(account.contract()));
            resolved.put(name, account.resolved(contract, builder.blockedAccounts.contains(name)));
        });
        return resolved;
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

    /**
     * @return the fault lab: rules that make the next calls of an operation fail or misbehave, for testing how
     *         booking code copes
     */
    public SandboxFaults faults() {
        return faults;
    }

    /**
     * @return the journal of the calls the service received, in order: operation, service account, code answered
     *         and time, for a test to assert what its code called
     */
    public SandboxJournal journal() {
        return journal;
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

    /**
     * Stops serving; conferences are forgotten. Calls still being handled (a fault-lab delay, for one) are
     * interrupted, and close returns once they have ended, so their access lines are written before it returns
     * (up to {@value #STOP_GRACE_SECONDS} s; a handler stuck past that is left to end on its own).
     */
    @Override
    public void close() {
        endpoint.stop();
        server.stop(0);
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("MMC sandbox on {}: a call was still being handled {} s after stop", serviceUrl, STOP_GRACE_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("MMC sandbox on {} stopped", serviceUrl);
    }

    @Override
    public String toString() {
        return "MmcSandbox[" + serviceUrl + "]";
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
        private int threads = 200;
        private int maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;
        private boolean admin;
        private final Map<String, SandboxContract> contracts = new LinkedHashMap<>();
        private final Set<String> blockedAccounts = new HashSet<>();
        private final Map<String, Duration> autoLaunchPeriods = new LinkedHashMap<>();

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

        /**
         * Declares a contract: the accounts that name it ({@link SandboxAccount#contract()}) follow its options.
         * Without {@link #account(SandboxAccount) accounts}, the default service account belongs to the first
         * contract declared.
         *
         * <pre>{@code
         * MmcSandbox sandbox = MmcSandbox.builder()
         *         .contract(SandboxContract.builder("no-audio").audio(false).build())
         *         .start();   // audio asked by the default account is answered MMC_75
         * }</pre>
         */
        public Builder contract(SandboxContract contract) {
            Objects.requireNonNull(contract, "contract");
            contracts.put(contract.name(), contract);
            return this;
        }

        /**
         * Blocks a service account: each of its calls is answered {@code MMC_80} (AuthenticationUserBlocked) once
         * its password is checked.
         */
        public Builder blockedAccount(String serviceAccount) {
            blockedAccounts.add(Objects.requireNonNull(serviceAccount, "serviceAccount"));
            return this;
        }

        /**
         * Declares a value of {@code conferenceAutoLaunchedDuration}, the manual's "autostart periods of
         * anticipation", with the period it names: a conference booked with {@code conferenceAutoLaunched=True} and
         * that value launches itself that long before its start. The manual prints none of the values, so the
         * sandbox invents none: without a declared value it accepts any and launches at the start; once values
         * are declared, another is answered {@code MMC_93}.
         *
         * <pre>{@code
         * MmcSandbox.builder().autoLaunchedDuration("your-contracts-value", Duration.ofMinutes(15))
         * }</pre>
         */
        public Builder autoLaunchedDuration(String value, Duration anticipation) {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(anticipation, "anticipation");
            if (value.isBlank()) {
                throw new IllegalArgumentException("An autoLaunchedDuration value must not be blank");
            }
            if (anticipation.isNegative()) {
                throw new IllegalArgumentException("An anticipation must not be negative: " + anticipation);
            }
            autoLaunchPeriods.put(value, anticipation);
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

        /**
         * @param threads how many connections the sandbox serves at once (200 by default); threads are made as
         *                connections come and end after 30 s unused
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param bytes the largest request body the service reads ({@value #DEFAULT_MAX_REQUEST_SIZE} by default);
         *              a larger one gets HTTP 413 {@code MESSAGE_TOO_LARGE} before authentication
         */
        public Builder maxRequestSize(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxRequestSize must be at least 1024 bytes: " + bytes);
            }
            this.maxRequestSize = bytes;
            return this;
        }

        /**
         * @param enabled whether to serve the fault lab over HTTP at {@value AdminPages#PATH} and the journal as JSON
         *                at {@value AdminJournal#PATH} (off by default; the standalone jar turns them on), with the
         *                access key, to loopback callers only
         */
        public Builder admin(boolean enabled) {
            this.admin = enabled;
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @throws UncheckedIOException when it cannot listen on the host and port (for example, the port is in use)
         */
        public MmcSandbox start() {
            return new MmcSandbox(this);
        }
    }
}
