/**
 * What the Orange API SDKs share: settings and their sources, credentials, and the exception hierarchy
 * ({@link com.orange.api.common.OrangeApiException} and its configuration, functional and technical
 * branches), with the gateway error catalog.
 */
module com.orange.api.common {
    // A .NET SDK's XML configuration file is read with the JDK's parser.
    requires java.xml;
    requires org.slf4j;

    exports com.orange.api.common;
    exports com.orange.api.common.internal to com.orange.api.mmc, com.orange.api.mmc.jaxbtuning;
}
