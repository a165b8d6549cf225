package com.example.modular;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.sandbox.MmcSandbox;

/** Starts a sandbox and asks it for the API release, all on the module path; prints the module names used. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        try (MmcSandbox sandbox = MmcSandbox.start(); Mmc mmc = sandbox.newClient()) {
            System.out.println("SDK module: " + Mmc.class.getModule().getName() + " (named: "
                    + Mmc.class.getModule().isNamed() + ")");
            System.out.println("Sandbox module: " + MmcSandbox.class.getModule().getName() + " (named: "
                    + MmcSandbox.class.getModule().isNamed() + ")");
            System.out.println("About: " + mmc.about(sandbox.organizer()));
        }
    }
}
