package com.orange.api.mmc.benchmarks;

import com.orange.api.mmc.internal.mapping.ResponseMapper;
import com.orange.api.mmc.model.Conference;
import com.orange.api.mmc.webservice.ConferenceList;
import com.orange.api.mmc.webservice.Parameter;
import com.orange.api.mmc.webservice.Parameters;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.datatype.DatatypeFactory;

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
 * leaves them, the same conferences as {@link CannedServer}'s list) into the model. Parameter keys are new
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

    private static final String[][] PARAMETERS = {{"conferenceVisibility", "Public"},
        {"audioAccessNumber", "+33149945060"}, {"audioRoomNumber", "775104"}, {"audioType", "Apac"}};

    private ConferenceList wire;

    @Setup(Level.Trial)
    public void build() throws Exception {
        DatatypeFactory dates = DatatypeFactory.newInstance();
        wire = new ConferenceList();
        for (int i = 0; i < 100; i++) {
            boolean scheduled = i % 2 == 0;
            com.orange.api.mmc.webservice.Conference conference = new com.orange.api.mmc.webservice.Conference();
            conference.setId(37000 + i);
            conference.setAccessCode("837675");
            conference.setHostFirstName("your_service_account");
            conference.setHostLastName("your_service_account");
            conference.setHostLogin("your_service_account");
            conference.setName("your_conference_name");
            conference.setOrigin("Odn");
            conference.setStartDateTime(dates.newXMLGregorianCalendar("2030-09-21T13:38:06+02:00"));
            if (scheduled) {
                conference.setEndDateTime(dates.newXMLGregorianCalendar("2030-09-21T15:37:06+02:00"));
            }
            conference.setState("NotStarted");
            conference.setType(scheduled ? "Scheduled" : "Instantaneous");
            conference.setUrl("https://orangeapi.example/StartConferenceByUrl.aspx?id=3E1A71AE-EF35-4715-AA34-BDFCE28178D4");
            Parameters parameters = new Parameters();
            for (String[] entry : PARAMETERS) {
                Parameter parameter = new Parameter();
                parameter.setValue(entry[1]);
                parameters.getParameter().add(parameter);
            }
            conference.setParameters(parameters);
            wire.getConference().add(conference);
        }
    }

    /** Fresh keys, whose hash codes are not yet computed, as after parsing. */
    @Setup(Level.Invocation)
    public void freshKeys() {
        for (com.orange.api.mmc.webservice.Conference conference : wire.getConference()) {
            List<Parameter> parameters = conference.getParameters().getParameter();
            for (int i = 0; i < parameters.size(); i++) {
                parameters.get(i).setKey(new String(PARAMETERS[i][0].toCharArray()));
            }
        }
    }

    @Benchmark
    public List<Conference> list() {
        return ResponseMapper.conferences(wire);
    }
}
