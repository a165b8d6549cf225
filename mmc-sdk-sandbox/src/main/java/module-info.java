/**
 * The MMC sandbox: an in-process emulator of the service, its JUnit 5 extension (when JUnit is present) and
 * its standalone launcher (when picocli is present). Only {@code com.orange.api.mmc.sandbox} is exported (opened
 * to picocli, which reads the launcher's options reflectively); the endpoint class Metro calls reflectively lives
 * in {@code com.orange.api.mmc.sandbox.internal}, opened to Metro and not exported.
 */
module com.orange.api.mmc.sandbox {
    requires transitive com.orange.api.mmc;
    requires jakarta.xml.ws;
    requires java.logging;
    requires java.xml;
    requires jdk.httpserver;
    requires org.slf4j;
    requires static info.picocli;
    requires static org.junit.jupiter.api;

    // Metro is looked up among the JAX-WS providers by name, whatever else is on the path.
    uses jakarta.xml.ws.spi.Provider;

    exports com.orange.api.mmc.sandbox;
    opens com.orange.api.mmc.sandbox to info.picocli;
    opens com.orange.api.mmc.sandbox.internal to com.sun.xml.ws;
}
