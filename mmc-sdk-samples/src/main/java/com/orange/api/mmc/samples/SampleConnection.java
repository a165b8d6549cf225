package com.orange.api.mmc.samples;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every sample starts with, as the manual's {@code Mmc.LoadFromConfigFile()} and
 * {@code organizer.LoadFromConfigFile()}: a client and an organizer from the settings {@link ConfigDiscovery}
 * finds ({@code mmc.properties}, {@code MMC_*} variables, {@code mmc.*} system properties). When nothing at
 * all is configured, it starts an embedded {@link MmcSandbox} instead and says so on standard error, so that
 * the samples run on a fresh clone.
 */
public final class SampleConnection implements AutoCloseable {

    private final Mmc mmc;
    private final Organizer organizer;
    private final MmcSandbox sandbox;

    private SampleConnection(Mmc mmc, Organizer organizer, MmcSandbox sandbox) {
        this.mmc = mmc;
        this.organizer = organizer;
        this.sandbox = sandbox;
    }

    /**
     * Connects as the given settings file says, or as the settings {@link ConfigDiscovery} finds say, or to
     * an embedded sandbox when nothing at all is configured.
     *
     * @param config an explicit settings file, or {@code null} to look for one
     */
    public static SampleConnection open(Path config, PrintStream notices) {
        return open(ConfigDiscovery.discover(config, null, ConfigDiscovery.Environment.system()), false, notices);
    }

    /**
     * Connects as {@code found} says or, when it holds nothing at all or {@code sandbox} is set, to an
     * embedded sandbox, saying so in one line on {@code notices}. Settings that are present but incomplete
     * fail (a {@link com.orange.api.common.ConfigurationException} naming the missing key) rather than fall
     * back to the sandbox.
     */
    public static SampleConnection open(ConfigDiscovery.Found found, boolean sandbox, PrintStream notices) {
        if (!sandbox && found.anything()) {
            Mmc mmc = Mmc.builder().settingsLayers(found.settings()).build();
            try {
                return new SampleConnection(mmc, Organizer.fromSettings(found.settings()), null);
            } catch (RuntimeException e) {
                mmc.close();
                throw e;
            }
        }
        MmcSandbox embedded = MmcSandbox.start();
        notices.println((sandbox ? "--sandbox" : "No mmc.properties found") + ": using an embedded MMC sandbox at "
                + embedded.serviceUrl());
        return new SampleConnection(embedded.newClient(), embedded.organizer(), embedded);
    }

    public Mmc mmc() {
        return mmc;
    }

    public Organizer organizer() {
        return organizer;
    }

    /** @return the embedded sandbox, when no {@code mmc.properties} was found */
    public Optional<MmcSandbox> sandbox() {
        return Optional.ofNullable(sandbox);
    }

    @Override
    public void close() {
        mmc.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
