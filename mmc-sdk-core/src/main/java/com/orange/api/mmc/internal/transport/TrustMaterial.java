package com.orange.api.mmc.internal.transport;

import com.orange.api.common.ConfigurationException;
import com.orange.api.common.ServiceSettings;
import com.orange.api.common.SettingKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds, once per client, the TLS context that trusts the JVM's roots plus the certificate of
 * {@code trustCertificate} (PEM or DER, like the manual's {@code orangeapi.cer}) and the entries of
 * {@code trustStore}. Host names are verified by the JDK as always: there is no way to turn that off.
 */
final class TrustMaterial {

    private TrustMaterial() {
    }

    /**
     * Reads the configured certificate and trust store, so that a bad file fails when the client is built.
     *
     * @return the key stores to trust besides the JVM's roots; empty when none is configured
     * @throws ConfigurationException naming the setting and the file that cannot be read
     */
    static List<KeyStore> load(ServiceSettings settings) {
        List<KeyStore> stores = new ArrayList<>();
        try {
            if (settings.trustCertificate().isPresent()) {
                stores.add(certificateStore(settings.trustCertificate().get()));
            }
            if (settings.trustStore().isPresent()) {
                stores.add(keyStore(settings));
            }
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Cannot read the trusted certificates: " + e.getMessage(), null, null, e);
        }
        return List.copyOf(stores);
    }

    /** @return a TLS context trusting the JVM's roots and {@code stores}; empty for the JVM's default */
    static Optional<SSLContext> sslContext(List<KeyStore> stores) {
        if (stores.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<X509TrustManager> managers = new ArrayList<>();
            managers.add(trustManager(null));
            for (KeyStore store : stores) {
                managers.add(trustManager(store));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new AnyOfTrustManager(managers)}, null);
            return Optional.of(context);
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("Cannot set up TLS trust: " + e.getMessage(), null, null, e);
        }
    }

    private static KeyStore certificateStore(Path file) throws GeneralSecurityException {
        Path source = file;
        try (InputStream in = Files.newInputStream(source)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : factory.generateCertificates(in)) {
                store.setCertificateEntry("trusted-" + index++, certificate);
            }
            if (index == 0) {
                throw new ConfigurationException("Setting 'trustCertificate': " + file + " holds no certificate",
                        SettingKey.TRUST_CERTIFICATE.key(), file.toString());
            }
            return store;
        } catch (IOException | java.security.cert.CertificateException e) {
            throw new ConfigurationException("Setting 'trustCertificate': " + file
                    + " is not a PEM or DER X.509 certificate (" + e.getMessage() + ")",
                    SettingKey.TRUST_CERTIFICATE.key(), file.toString(), e);
        }
    }

    private static KeyStore keyStore(ServiceSettings settings) throws GeneralSecurityException {
        Path file = settings.trustStore().orElseThrow();
        String type = settings.trustStoreType().orElse(KeyStore.getDefaultType());
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, settings.trustStorePassword().map(String::toCharArray).orElse(null));
            return store;
        } catch (IOException | java.security.cert.CertificateException e) {
            throw new ConfigurationException("Setting 'trustStore': " + file + " cannot be read as a " + type
                    + " key store with the given trustStorePassword (" + e.getMessage() + ")",
                    SettingKey.TRUST_STORE.key(), file.toString(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("No X.509 trust manager available");
    }

    /** Trusts a server chain when any of its delegates does; each delegate validates the whole chain. */
    private static final class AnyOfTrustManager implements X509TrustManager {

        private final List<X509TrustManager> delegates;

        AnyOfTrustManager(List<X509TrustManager> delegates) {
            this.delegates = List.copyOf(delegates);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            java.security.cert.CertificateException last = null;
            for (X509TrustManager delegate : delegates) {
                try {
                    delegate.checkServerTrusted(chain, authType);
                    return;
                } catch (java.security.cert.CertificateException e) {
                    last = e;
                }
            }
            throw last;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType)
                throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("This client does not accept client connections");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return delegates.stream().flatMap(d -> java.util.Arrays.stream(d.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        }
    }
}
