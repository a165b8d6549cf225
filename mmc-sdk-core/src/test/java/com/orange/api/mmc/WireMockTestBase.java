package com.orange.api.mmc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh WireMock server and an {@link Mmc} client pointed at it for each test. */
abstract class WireMockTestBase {

    protected SoapStubs stubs;
    protected Mmc mmc;
    protected final Organizer organizer = SoapStubs.organizer();

    @BeforeEach
    void startServerAndClient() {
        stubs = new SoapStubs();
        mmc = stubs.client().build();
    }

    @AfterEach
    void stopServerAndClient() {
        mmc.close();
        stubs.close();
    }
}
