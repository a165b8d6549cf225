package com.orange.api.mmc.benchmarks;

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
 * for latency and allocation, {@code -bm thrpt -t 16} for throughput (see docs/benchmarks.md).
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

    private CannedServer server;
    private Clients clients;

    @Setup(Level.Trial)
    public void start() throws Exception {
        server = new CannedServer("https".equals(scheme));
        clients = new Clients(server);
        clients.captureEnvelopes(server);
    }

    @TearDown(Level.Trial)
    public void stop() {
        clients.close();
        server.close();
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
