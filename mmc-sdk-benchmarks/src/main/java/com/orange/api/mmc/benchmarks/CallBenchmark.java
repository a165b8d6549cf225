package com.orange.api.mmc.benchmarks;

import com.orange.api.mmc.TunnelProxy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One call of {@code about}, {@code createConference} (scheduled) and {@code getConferencesList} (100
 * conferences in the answer), made by the floor, the plain stub, the SDK and the CXF peer (two conduits) against the same canned
 * server. Run: {@code java -jar mmc-sdk-benchmarks/target/benchmarks.jar CallBenchmark -bm sample -prof gc}
 * for latency and allocation, {@code -bm thrpt -t 16} for throughput (see docs/benchmarks.md);
 * {@code -p route=proxy} for the same calls through an HTTPS proxy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallBenchmark {

    @Param({"ABOUT", "CREATE", "LIST"})
    public Clients.Operation operation;

    /** https, as the manual's endpoints; {@code -p scheme=http} measures plain http. */
    @Param({"https"})
    public String scheme;

    /**
     * {@code direct}; {@code proxy} sends every client's calls through a CONNECT proxy on loopback (the
     * core tests' {@link TunnelProxy}), which the JVM's {@link ProxySelector} names, as a corporate network's
     * system proxy: the SDK in its default proxy mode, the stub and CXF find it there, the floor is given it.
     */
    @Param({"direct"})
    public String route;

    private CannedServer server;
    private Clients clients;
    private TunnelProxy proxy;
    private ProxySelector systemSelector;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = new CannedServer("https".equals(scheme));
        ProxySelector selector = switch (route) {
            case "direct" -> null;
            case "proxy" -> {
                proxy = new TunnelProxy();
                systemSelector = ProxySelector.getDefault();
                ProxySelector toProxy = ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port()));
                ProxySelector.setDefault(toProxy);
                yield toProxy;
            }
            default -> throw new IllegalArgumentException("route: direct or proxy, not " + route);
        };
        clients = new Clients(server, selector);
        clients.captureEnvelopes(server);
        if (proxy != null) {
            checkProxied();
        }
    }

    /** Each client's first call opens a connection, which must be a tunnel through the proxy. */
    private void checkProxied() throws Exception {
        Clients.Call[] calls = {clients::floor, clients::stub, clients::sdk, clients::cxf, clients::cxfUrlConnection};
        String[] names = {"floor", "stub", "sdk", "cxf", "cxfUrlConnection"};
        for (int i = 0; i < calls.length; i++) {
            int before = proxy.connectCount();
            calls[i].make(Clients.Operation.ABOUT);
            if (proxy.connectCount() == before) {
                throw new IllegalStateException(names[i] + " did not go through the proxy");
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        clients.close();
        server.close();
        if (proxy != null) {
            ProxySelector.setDefault(systemSelector);
            proxy.close();
        }
    }

    @Benchmark
    public Object floor() throws Exception {
        return clients.floor(operation);
    }

    @Benchmark
    public Object stub() throws Exception {
        return clients.stub(operation);
    }

    @Benchmark
    public Object sdk() {
        return clients.sdk(operation);
    }

    @Benchmark
    public Object cxf() throws Exception {
        return clients.cxf(operation);
    }

    @Benchmark
    public Object cxfUrlConnection() throws Exception {
        return clients.cxfUrlConnection(operation);
    }
}
