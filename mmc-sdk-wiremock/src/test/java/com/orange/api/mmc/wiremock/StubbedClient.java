package com.orange.api.mmc.wiremock;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the stub tests start from: a fresh client per test, pointed at the test class's own WireMock server
 * and closed after the test, and the organizer it calls for.
 */
abstract class StubbedClient {

    final Organizer organizer = StubServer.organizer();
    Mmc mmc;
    private final WireMockExtension server;

    StubbedClient(WireMockExtension server) {
        this.server = server;
    }

    @BeforeEach
    final void openClient() {
        mmc = StubServer.client(server).build();
    }

    @AfterEach
    final void closeClient() {
        mmc.close();
    }
}
