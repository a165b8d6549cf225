package com.orange.api.mmc.benchmarks;

import com.orange.api.mmc.internal.mapping.ResponseMapper;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.Parameter;

import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.transform.stream.StreamSource;

import jakarta.xml.bind.JAXBContext;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK's own work on a 100-conference list, without I/O or XML: turning the generated objects (as JAXB
 * leaves them, read from {@link CannedServer}'s list) into the model. Parameter keys are new
 * strings at every call, as parsing makes them, so their hashing is counted.
 * Run: {@code java -jar mmc-sdk-benchmarks/target/benchmarks.jar MappingBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MappingBenchmark {

    private ConferenceList wire;

    /** The very conferences of {@link CannedServer}'s list, as JAXB reads them. */
    @Setup(Level.Trial)
    public void read() throws Exception {
        String xml = "<m:conferenceList xmlns:m=\"" + CannedServer.NS + "\">" + CannedServer.conferences()
                + "</m:conferenceList>";
        wire = JAXBContext.newInstance(ConferenceList.class).createUnmarshaller()
                .unmarshal(new StreamSource(new StringReader(xml)), ConferenceList.class).getValue();
    }

    /** Fresh keys, whose hash codes are not yet computed, as after parsing. */
    @Setup(Level.Invocation)
    public void freshKeys() {
        for (com.orange.api.mmc.webservice.Conference conference : wire.getConference()) {
            for (Parameter parameter : conference.getParameters().getParameter()) {
                parameter.setKey(new String(parameter.getKey().toCharArray()));
            }
        }
    }

    @Benchmark
    public List<Conference> list() {
        return ResponseMapper.conferences(wire);
    }
}
