package com.orange.api.mmc.samples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import picocli.CommandLine;

/**
 * {@code mmc --version}: the {@code Implementation-Version} of the jar's manifest ("development build" when
 * run from classes) and the git commit that {@link ShellFiles} recorded at build.
 */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        Attributes manifest = manifest();
        String version = manifest == null ? null : manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        String commit = commit();
        return new String[] {"mmc " + (version == null ? "(development build)" : version)
                + (commit == null || commit.isBlank() ? "" : " (commit " + commit + ")")
                + ", Java " + System.getProperty("java.version")};
    }

    private static String commit() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream(ShellFiles.BUILD_PROPERTIES)) {
            if (in == null) {
                return null;
            }
            java.util.Properties build = new java.util.Properties();
            build.load(in);
            return build.getProperty("commit");
        } catch (IOException e) {
            return null;
        }
    }

    /** The main attributes of the jar this class was loaded from, or null when it was not loaded from a jar. */
    private static Attributes manifest() {
        URL self = Version.class.getResource(Version.class.getSimpleName() + ".class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return null;
        }
        String url = self.toString();
        try (InputStream in = new URL(url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            return new Manifest(in).getMainAttributes();
        } catch (IOException e) {
            return null;
        }
    }
}
