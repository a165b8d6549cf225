package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.ConfigDiscovery;
import com.orange.api.mmc.samples.SampleConnection;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where {@code mmc} connects: the service its settings name ({@link ConfigDiscovery}), or an embedded sandbox
 * when nothing at all is configured or {@code --sandbox} is given, announced in one line on standard error.
 */
final class Connector {

    private final Path config;
    private final String profile;
    private final boolean sandbox;
    private final ConfigDiscovery.Environment environment;

    /**
     * @param config      {@code --config}, or {@code null} to look for the settings file
     * @param profile     {@code --profile}, or {@code null}
     * @param sandbox     {@code --sandbox}: an embedded sandbox whatever is configured
     * @param environment the variables, system properties and directories the settings are looked for in
     */
    Connector(Path config, String profile, boolean sandbox, ConfigDiscovery.Environment environment) {
        this.config = config;
        this.profile = profile;
        this.sandbox = sandbox;
        this.environment = environment;
    }

    /** @return the settings as found for this run */
    ConfigDiscovery.Found discover() {
        return ConfigDiscovery.discover(config, profile, environment);
    }

    /** @return whether commands run against an embedded sandbox with these settings */
    boolean usesSandbox(ConfigDiscovery.Found found) {
        return sandbox || !found.anything();
    }

    /** @return whether {@code --sandbox} was given */
    boolean sandboxAsked() {
        return sandbox;
    }

    /**
     * Connects as configured, or to an embedded sandbox, whose notice goes to {@code notices}.
     *
     * @throws com.orange.api.common.ConfigurationException when settings are present but incomplete or invalid
     */
    SampleConnection open(PrintWriter notices) {
        PrintStream stream = new PrintStream(new WriterOutputStream(notices), true, StandardCharsets.UTF_8);
        return SampleConnection.open(discover(), sandbox, stream);
    }

    /** The notice's bytes as text on a writer (picocli's error writer). */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            writer.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writer.write(new String(bytes, offset, length, StandardCharsets.UTF_8));
        }

        @Override
        public void flush() {
            writer.flush();
        }
    }
}
