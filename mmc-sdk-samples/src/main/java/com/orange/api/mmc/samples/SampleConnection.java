package com.orange.api.mmc.samples;

import com.orange.api.common.LayeredSettings;
import com.orange.api.common.SettingsSource;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every sample starts with, as the manual's {@code Mmc.LoadFromConfigFile()} and
 * {@code organizer.LoadFromConfigFile()}: a client and an organizer from {@code mmc.properties}. When there
 * is no such file, it starts an embedded {@link MmcSandbox} instead and says so on standard error, so that
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
     * Connects as the given settings file says, or as {@code mmc.properties} says, or to an embedded
     * sandbox when there is none.
     *
     * @param config an explicit settings file, or {@code null} to look for {@code mmc.properties}
     */
    public static SampleConnection open(Path config, PrintStream notices) {
        Optional<SettingsSource> file = config != null ? Optional.of(SettingsSource.fromFile(config))
                : SettingsSource.findDefaultLocation();
        if (file.isPresent()) {
            Mmc mmc = Mmc.builder().configSource(file.get()).build();
            Organizer organizer = new Organizer();
            organizer.load(LayeredSettings.standard(file.get()));
            return new SampleConnection(mmc, organizer, null);
        }
        MmcSandbox sandbox = MmcSandbox.start();
        notices.println("No mmc.properties found: using an embedded MMC sandbox at " + sandbox.serviceUrl());
        return new SampleConnection(sandbox.newClient(), sandbox.organizer(), sandbox);
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
