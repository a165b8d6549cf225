package com.orange.api.mmc.samples.cli;

import com.orange.api.mmc.samples.ConfigDiscovery;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** Runs {@code mmc} in this process with an environment, a working directory and a standard input of the test's. */
final class Cli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    final Map<String, String> variables = new HashMap<>();
    final Properties systemProperties = new Properties();
    final Path workingDirectory;
    final Path home;
    String stdin = "";

    /** An empty environment (no MMC_* variable, no XDG_CONFIG_HOME) in {@code dir}, with {@code dir/home} as home. */
    Cli(Path dir) throws IOException {
        this.workingDirectory = Files.createDirectories(dir.resolve("work"));
        this.home = Files.createDirectories(dir.resolve("home"));
    }

    /** Puts the sandbox's URL and four credentials into MMC_* variables. */
    Cli withSandboxVariables(MmcSandbox sandbox) {
        variables.put("MMC_SERVICE_URL", sandbox.serviceUrl().toString());
        variables.put("MMC_ACCESS_KEY", sandbox.accessKey());
        variables.put("MMC_ACCESS_KEY_PASSWORD", sandbox.accessKeyPassword());
        variables.put("MMC_SERVICE_ACCOUNT", sandbox.serviceAccount());
        variables.put("MMC_SERVICE_ACCOUNT_PASSWORD", sandbox.serviceAccountPassword());
        return this;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int code = MmcCommand.execute(new ConfigDiscovery.Environment(Map.copyOf(variables), systemProperties,
                workingDirectory, home), in, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A settings file for the sandbox. */
    static String properties(MmcSandbox sandbox) {
        return "serviceUrl=" + sandbox.serviceUrl() + "\naccessKey=" + sandbox.accessKey() + "\naccessKeyPassword="
                + sandbox.accessKeyPassword() + "\nserviceAccount=" + sandbox.serviceAccount()
                + "\nserviceAccountPassword=" + sandbox.serviceAccountPassword() + "\n";
    }
}
