package com.orange.api.mmc.samples;

import com.orange.api.mmc.sandbox.MmcSandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One sandbox for all the tests of a class, started before the first and closed after the last. */
public abstract class SandboxPerClass {

    protected static MmcSandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        sandbox = MmcSandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }
}
