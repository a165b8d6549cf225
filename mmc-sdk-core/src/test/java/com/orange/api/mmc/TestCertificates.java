package com.orange.api.mmc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Self-signed server certificates made for a test with the JDK's own {@code keytool}: a PKCS12 key store
 * for the HTTPS server and the certificate alone, in PEM, for the client to trust.
 */
record TestCertificates(Path keyStore, Path certificate) {

    static final String PASSWORD = "changeit";

    /** @param subjectAlternativeNames for example {@code ip:127.0.0.1,dns:localhost} */
    static TestCertificates create(Path directory, String name, String subjectAlternativeNames)
            throws IOException, InterruptedException {
        Path keyStore = directory.resolve(name + ".p12");
        Path certificate = directory.resolve(name + ".pem");
        Files.deleteIfExists(keyStore);
        keytool("-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=" + name, "-ext", "SAN=" + subjectAlternativeNames, "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", name, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                "-file", certificate.toString());
        return new TestCertificates(keyStore, certificate);
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}
