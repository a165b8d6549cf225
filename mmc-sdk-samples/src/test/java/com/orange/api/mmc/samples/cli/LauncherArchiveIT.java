package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.SandboxPerClass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./mmc} launcher and the class-data-sharing archive next to the jar: with the archive, without it and
 * with a stale one (another jar, another JDK, a truncated file), the command prints the same, nothing else, and
 * exits 0; only a matching archive is used. Each test runs the real script on a copy of {@code target/mmc.jar}
 * laid out as in the repository, with the test's JDK first on the PATH.
 */
class LauncherArchiveIT extends SandboxPerClass {

    private static final Path SCRIPT = Path.of("..", "mmc");
    private static final Path JAR = Path.of("target", "mmc.jar");
    private static final String MAIN_CLASS = MmcCommand.class.getName();

    @TempDir
    Path dir;

    private Path jar;
    private Path archive;
    private Path settings;

    /** What one run of {@code ./mmc} printed, and where the JVM said it loaded the command's class from. */
    private record Run(int exitCode, String out, String err, String mainClassSource) {
    }

    @BeforeEach
    void layOut() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Path target = Files.createDirectories(repository.resolve("mmc-sdk-samples/target"));
        Files.copy(SCRIPT, repository.resolve("mmc"));
        jar = Files.copy(JAR, target.resolve("mmc.jar")).toAbsolutePath();
        archive = target.resolve("mmc.jsa");
        settings = Files.writeString(dir.resolve("mmc.properties"), Cli.properties(sandbox));
    }

    @Test
    void withoutAnArchiveTheJarRunsAsBefore() throws Exception {
        Run run = mmc(jvmLog());

        assertAnsweredFromTheJar(run);
    }

    @Test
    void theArchiveMadeForThisJdkAndJarIsUsed() throws Exception {
        dump(javaHome());

        Run run = mmc(jvmLog());

        assertAnswered(run);
        assertThat(run.mainClassSource()).isEqualTo("shared objects file");
    }

    @Test
    void mmcJavaOptionsComeLastSoTheyCanTurnTheArchiveOff() throws Exception {
        dump(javaHome());

        Run run = mmc(jvmLog() + " -Xshare:off");

        assertAnsweredFromTheJar(run);
    }

    @Test
    void aCollectorChosenInMmcJavaOptionsReplacesTheLaunchersOwn() throws Exception {
        dump(javaHome());

        Run run = mmc(jvmLog() + " -XX:+UseParallelGC");

        assertAnswered(run);
        assertThat(run.mainClassSource()).isEqualTo("shared objects file");
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftAside() throws Exception {
        dump(javaHome());
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        Run run = mmc(jvmLog());

        assertAnsweredFromTheJar(run);
    }

    @Test
    void anArchiveOfAnEarlierBuildOfTheJarIsRefusedByTheJvmWithoutAWord() throws Exception {
        dump(javaHome());
        Files.copy(JAR, jar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        Run run = mmc(jvmLog());

        assertAnsweredFromTheJar(run);
    }

    /** With the other JDK of the machine (CI builds on 17 and 25); without one, a truncated archive of this JDK's. */
    @Test
    void anArchiveOfAnotherJdkOrATruncatedOneIsRefusedByTheJvmWithoutAWord() throws Exception {
        Optional<Path> other = otherJdk();
        if (other.isPresent()) {
            dump(other.get());
        } else {
            dump(javaHome());
            byte[] whole = Files.readAllBytes(archive);
            archive.toFile().setWritable(true);
            Files.write(archive, java.util.Arrays.copyOf(whole, 4096));
        }
        assertThat(archive).as("a stale archive newer than the jar, so that the JVM is the one to refuse it")
                .isNotEmptyFile();

        Run run = mmc(jvmLog());

        assertAnsweredFromTheJar(run);
    }

    /** The same answer, with the command's class read from the jar: no archive was used. */
    private static void assertAnsweredFromTheJar(Run run) {
        assertAnswered(run);
        assertThat(run.mainClassSource()).startsWith("file:");
    }

    private static void assertAnswered(Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("V1.4\n");
        assertThat(run.exitCode()).isZero();
    }

    private String jvmLog() {
        return "-Xlog:class+load=info:file=" + dir.resolve("class-load.log");
    }

    /** Runs {@code ./mmc about} with {@code MMC_JAVA_OPTS}, the test JDK first on the PATH and no MMC_* variable. */
    private Run mmc(String javaOptions) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", dir.resolve("repository/mmc").toString(), "about",
                "--config", settings.toString()).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("MMC_") || name.startsWith("JAVA_TOOL") || name.startsWith("JDK_JAVA"));
        environment.put("PATH", javaHome().resolve("bin") + java.io.File.pathSeparator + environment.getOrDefault("PATH", ""));
        environment.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        environment.put("MMC_JAVA_OPTS", javaOptions);
        Process process = run(builder);
        String source = Files.readAllLines(dir.resolve("class-load.log")).stream()
                .filter(line -> line.contains(" " + MAIN_CLASS + " source: "))
                .map(line -> line.substring(line.indexOf(" source: ") + " source: ".length()))
                .findFirst().orElse("(not loaded)");
        return new Run(process.exitValue(), read(dir.resolve("out")), read(dir.resolve("err")), source);
    }

    /** The build's two steps (see the pom): the classes {@code about} loads, then the archive of them, by {@code jdk}. */
    private void dump(Path jdk) throws Exception {
        Path classList = dir.resolve("mmc.classlist");
        Files.deleteIfExists(archive);
        String java = jdk.resolve("bin/java").toString();
        Process training = run(new ProcessBuilder(java, "-XX:DumpLoadedClassList=" + classList, "-jar", jar.toString(),
                "about", "--config", settings.toString()).directory(dir.toFile()));
        assertThat(training.exitValue()).as(read(dir.resolve("err"))).isZero();
        Process dump = run(new ProcessBuilder(java, "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString()).directory(dir.toFile()));
        assertThat(dump.exitValue()).as(read(dir.resolve("out"))).isZero();
        assertThat(archive).isNotEmptyFile();
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(120)));
    }

    private Process run(ProcessBuilder builder) throws Exception {
        Process process = builder.redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("ended within 2 minutes").isTrue();
        return process;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Another JDK than this test's: $JDK25_HOME, or one under /usr/lib/jvm. */
    private static Optional<Path> otherJdk() throws IOException {
        Path self = javaHome().toRealPath();
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JDK25_HOME")).map(Path::of).ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> list = Files.list(jvms)) {
                list.sorted().forEach(candidates::add);
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate.resolve("bin/java")) && !candidate.toRealPath().equals(self)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
