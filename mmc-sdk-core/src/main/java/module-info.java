/**
 * The MMC SDK: {@link com.orange.api.mmc.Mmc} and {@link com.orange.api.mmc.Organizer}, the conference
 * model and the MMC error catalog. Only {@code com.orange.api.mmc} and {@code com.orange.api.mmc.model}
 * are API; the internals are not exported, except to the sandbox (it implements the same contract): the
 * generated stubs, which are also opened to the XML binding and the JAX-WS runtime that reflect on them,
 * and the value rules, so that both sides answer the same code; and to mmc-sdk-wiremock, whose stubs
 * answer with the generated stubs and the mappers' wire forms.
 *
 * <p>On the module path, Metro's own module descriptor requires a few modules that a classpath user never
 * loads (jakarta.mail, com.sun.xml.fastinfoset, org.glassfish.ha.api, org.jvnet.mimepull and
 * org.glassfish.external.management.api): a modular application adds those five artifacts (see the
 * README and examples/modular-app); nothing else, and no command-line flag.
 */
module com.orange.api.mmc {
    requires transitive com.orange.api.common;
    requires com.sun.xml.ws;
    requires jakarta.xml.bind;
    // The StAX parser of the answers (AnswerParser), chosen by the SDK rather than by a JVM-wide lookup.
    requires com.ctc.wstx;
    requires jakarta.xml.soap;
    requires jakarta.xml.ws;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.slf4j;
    // Apache HttpClient, an automatic module, sets TCP keep-alive options through jdk.net.
    requires jdk.net;

    exports com.orange.api.mmc;
    exports com.orange.api.mmc.model;
    // mmc-sdk-wiremock writes its stubs' answers with the generated types and the mappers' wire forms.
    exports com.orange.api.mmc.webservice to com.orange.api.mmc.sandbox, com.orange.api.mmc.wiremock;
    exports com.orange.api.mmc.internal.mapping to com.orange.api.mmc.wiremock;
    // The manual's rules on single values, so that the sandbox answers the codes the SDK checks locally.
    exports com.orange.api.mmc.internal.rules to com.orange.api.mmc.sandbox;
    // Metro's JAX-WS provider, chosen among those declared (ServicePort).
    uses jakarta.xml.ws.spi.Provider;
    // What a call holds on its thread meanwhile (ThreadHolds): mmc-sdk-jaxb-tuning provides one.
    uses com.orange.api.common.internal.CallThreadHold;

    opens com.orange.api.mmc.webservice to com.sun.xml.bind, com.sun.xml.ws, jakarta.xml.bind;
    // The service contract, which the sandbox (Metro's server side) reads by its class path location.
    opens com.orange.api.mmc.wsdl;
}
