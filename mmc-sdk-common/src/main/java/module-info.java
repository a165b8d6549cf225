/**
 * What the Orange API SDKs share: settings and their sources, credentials, and the exception hierarchy
 * ({@link com.orange.api.common.OrangeApiException} and its configuration, functional and technical
 * branches), with the gateway error catalog.
 */
module com.orange.api.common {
    exports com.orange.api.common;
}
