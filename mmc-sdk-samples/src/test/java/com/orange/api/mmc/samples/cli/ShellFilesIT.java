package com.orange.api.mmc.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** What the build leaves for shells: completion scripts, a man page per command, a jar that knows its version. */
class ShellFilesIT {

    private static final Path TARGET = Path.of("target");

    @Test
    void completionScriptsAndManPagesAreInTheBuildOutputAndInTheJar() throws IOException {
        Path shell = TARGET.resolve("shell");
        assertThat(shell.resolve("completion/mmc.bash")).content().contains("complete -F", "list-conferences", "--password-stdin");
        assertThat(shell.resolve("completion/mmc.zsh")).content().contains("bashcompinit", "list-conferences");
        for (String page : List.of("mmc", "mmc-list-conferences", "mmc-create-conference", "mmc-tour", "mmc-config-show")) {
            assertThat(shell.resolve("man/man1/" + page + ".1")).content().startsWith(".TH ").contains(".SH OPTIONS");
        }
        try (ZipFile jar = new ZipFile(TARGET.resolve("mmc.jar").toFile())) {
            assertThat(jar.getEntry("META-INF/mmc/completion/mmc.bash")).isNotNull();
            assertThat(jar.getEntry("META-INF/mmc/man/man1/mmc-get-conference.1")).isNotNull();
        }
    }

    /** Runs the packaged jar (its own logback.xml, not the tests') and returns what it printed, stderr first. */
    private static String[] jar(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", TARGET.resolve("mmc.jar").toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("mmc", ".err");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String[] {Files.readString(err), out};
    }

    @Test
    void thePackagedCommandPrintsOnlyTheResultOnStdout() throws Exception {
        String[] run = jar("about", "--sandbox");

        assertThat(run[1]).isEqualTo("V1.4" + System.lineSeparator());
        assertThat(run[0].lines()).singleElement().asString().startsWith("--sandbox: using an embedded MMC sandbox at");
    }

    @Test
    void versionComesFromTheJarManifestAndTheCommit() throws Exception {
        String out = jar("--version")[1];

        String version = new String(Files.readAllBytes(TARGET.resolve("shell/build.properties")), StandardCharsets.UTF_8);
        assertThat(out).matches("(?s)mmc \\d+\\.\\d+.*").contains("(commit ").doesNotContain("development build");
        assertThat(version).startsWith("commit=");
    }
}
