package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ConfigurationException;

import java.util.Optional;

import org.apache.hc.core5.util.VersionInfo;

/**
 * Checks, when a client is built, that the classpath or module path carries the libraries the SDK runs
 * on, in versions it supports; a mismatch (a framework's managed version, a library missing from a
 * modular application) is a {@link ConfigurationException} naming the library, the version found and the
 * version needed, rather than a strange failure at the first call.
 */
final class RuntimeCheck {

    /** The oldest Apache HttpClient 5 whose public API the transport uses (TLS socket strategy, host name policy). */
    static final String HTTPCLIENT_MIN = "5.4";
    static final String HTTPCLIENT_SUPPORTED = "5.4.x to 5.6.x";
    static final String METRO_SUPPORTED = "4.0.x";

    /** The source a runtime problem is reported from. */
    static final String RUNTIME = "the classpath or module path";

    private static volatile boolean passed;

    private RuntimeCheck() {
    }

    /** @throws ConfigurationException naming what is missing or unsupported */
    static void verify() {
        if (passed) {
            return;
        }
        ClassLoader loader = RuntimeCheck.class.getClassLoader();
        require("com.sun.xml.ws.spi.ProviderImpl", "Metro, the JAX-WS runtime (com.sun.xml.ws:jaxws-rt " + METRO_SUPPORTED + ")", loader);
        String metro = metroVersion();
        if (!"unknown".equals(metro) && !metro.startsWith("4.")) {
            throw new ConfigurationException("Metro (com.sun.xml.ws:jaxws-rt) " + metro + " is on the classpath; the MMC SDK"
                    + " needs " + METRO_SUPPORTED, null, RUNTIME);
        }
        String httpClient = httpClientVersion(loader).orElse("unknown");
        require("org.apache.hc.client5.http.ssl.HostnameVerificationPolicy",
                "Apache HttpClient " + HTTPCLIENT_MIN + " or later (org.apache.httpcomponents.client5:httpclient5 "
                        + HTTPCLIENT_SUPPORTED + "; found " + httpClient + ")", loader);
        if (!"unknown".equals(httpClient) && compare(httpClient, HTTPCLIENT_MIN) < 0) {
            throw new ConfigurationException("Apache HttpClient (org.apache.httpcomponents.client5:httpclient5) " + httpClient
                    + " is on the classpath; the MMC SDK needs " + HTTPCLIENT_SUPPORTED, null, RUNTIME);
        }
        passed = true;
    }

    /**
     * @return a configuration error naming the library, when a call failed because a class is missing or
     *         changed, or empty
     */
    static Optional<ConfigurationException> linkageProblem(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof LinkageError linkage) {
                Optional<String> jdkModule = jdkModuleOf(linkage);
                if (jdkModule.isPresent()) {
                    return Optional.of(new ConfigurationException("The MMC SDK needs the JDK module " + jdkModule.get()
                            + ", which is not in this application's module graph (" + linkage + "): add it to the"
                            + " graph (requires " + jdkModule.get() + ", or --add-modules " + jdkModule.get() + ")",
                            null, RUNTIME, linkage));
                }
                return Optional.of(new ConfigurationException("The MMC SDK cannot run on this classpath: " + linkage
                        + ". It needs Metro (com.sun.xml.ws:jaxws-rt " + METRO_SUPPORTED + ") and Apache HttpClient ("
                        + "org.apache.httpcomponents.client5:httpclient5 " + HTTPCLIENT_SUPPORTED + "; found "
                        + httpClientVersion(RuntimeCheck.class.getClassLoader()).orElse("unknown") + ")", null, RUNTIME, linkage));
            }
        }
        return Optional.empty();
    }

    /** @return the JDK module that holds the class a linkage error could not find, when it is one */
    private static Optional<String> jdkModuleOf(LinkageError linkage) {
        String missing = linkage.getMessage();
        if (!(linkage instanceof NoClassDefFoundError) || missing == null || !missing.contains("/")) {
            return Optional.empty();
        }
        String name = missing.replace('/', '.');
        String packageName = name.substring(0, Math.max(0, name.lastIndexOf('.')));
        return java.lang.module.ModuleFinder.ofSystem().findAll().stream()
                .map(java.lang.module.ModuleReference::descriptor)
                .filter(module -> module.packages().contains(packageName))
                .map(java.lang.module.ModuleDescriptor::name)
                .filter(module -> ModuleLayer.boot().findModule(module).isEmpty())
                .findFirst();
    }

    private static void require(String className, String what, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException("The MMC SDK needs " + what + ": " + className + " cannot be loaded ("
                    + e + ")", null, RUNTIME, e);
        }
    }

    /** Read in a method of its own: the class is loaded only once Metro is known to be there. */
    private static String metroVersion() {
        return com.sun.xml.ws.util.RuntimeVersion.VERSION.MAJOR_VERSION;
    }

    static Optional<String> httpClientVersion(ClassLoader loader) {
        try {
            VersionInfo info = VersionInfo.loadVersionInfo("org.apache.hc.client5", loader);
            return info == null || VersionInfo.UNAVAILABLE.equals(info.getRelease()) ? Optional.empty()
                    : Optional.of(info.getRelease());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Compares dotted versions by their leading numbers: 5.10 is after 5.4. */
    static int compare(String version, String other) {
        String[] a = version.split("[.-]");
        String[] b = other.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? leadingNumber(a[i]) : 0;
            int y = i < b.length ? leadingNumber(b[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int leadingNumber(String part) {
        int end = 0;
        while (end < part.length() && Character.isDigit(part.charAt(end)) && end < 9) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(part.substring(0, end));
    }
}
