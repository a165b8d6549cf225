package com.orange.api.mmc.internal.transport;

import java.security.KeyManagementException;
import java.security.SecureRandom;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;

/**
 * The TLS context of a client whose endpoint is plain {@code http://}: building it loads none of the JDK's
 * TLS machinery, and it
 * refuses to be used, so a TLS connection can never be made with it by mistake. The endpoint of a client
 * never changes and redirects are not followed, so it is never asked for one.
 */
final class NoTlsContext extends SSLContext {

    NoTlsContext() {
        super(new Refusing(), null, "none");
    }

    private static final class Refusing extends SSLContextSpi {

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("TLS is not configured for a plain http:// endpoint");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return new SSLParameters(new String[0], new String[0]);
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return new SSLParameters(new String[0], new String[0]);
        }
    }
}
