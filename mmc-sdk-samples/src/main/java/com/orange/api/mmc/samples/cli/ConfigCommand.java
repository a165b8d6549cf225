package com.orange.api.mmc.samples.cli;

import com.orange.api.common.SettingKey;
import com.orange.api.mmc.samples.ConfigDiscovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mmc config show}: every setting in force and where it comes from (a file, a variable, a system
 * property, or {@code default} for the definition's default), secrets masked.
 */
@Command(name = "config", mixinStandardHelpOptions = true, description = "Inspect the settings mmc uses.",
        subcommands = CommandLine.HelpCommand.class)
final class ConfigCommand {

    /** The source of a setting no layer gives: its {@link SettingKey#defaultValue()}. */
    static final String DEFAULT = "default";

    @ParentCommand
    MmcCommand root;

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the effective settings and where each comes from (secrets masked).")
    int show() {
        Connector connector = root.connector();
        ConfigDiscovery.Found found = connector.discover();
        boolean sandbox = connector.usesSandbox(found);
        List<Map<String, Object>> settings = new ArrayList<>();
        for (SettingKey key : SettingKey.values()) {
            Optional<String> origin = found.origin(key);
            Optional<String> value = origin.isPresent() ? found.settings().string(key) : key.defaultValue();
            if (value.isPresent()) {
                Map<String, Object> setting = new LinkedHashMap<>();
                setting.put("key", key.key());
                setting.put("value", key.secret() ? "****" : value.get());
                setting.put("source", origin.orElse(DEFAULT));
                settings.add(setting);
            }
        }
        String file = found.file().map(Object::toString).orElse(null);
        switch (root.format()) {
            case TEXT -> {
                CommandLine.Model.CommandSpec spec = root.spec;
                var out = spec.commandLine().getOut();
                out.println("Settings file: " + (file != null ? file : "none (looked for " + String.join(", ",
                        found.searched().stream().map(Object::toString).toList()) + ")"));
                if (sandbox) {
                    out.println(connector.sandboxAsked() ? "--sandbox: commands run against an embedded sandbox"
                            : "Nothing configured: commands run against an embedded sandbox");
                }
                settings.forEach(s -> out.println(s.get("key") + " = " + s.get("value") + "    (" + s.get("source") + ")"));
                out.flush();
            }
            case JSON, CSV -> {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("file", file);
                all.put("sandbox", sandbox);
                all.put("settings", settings);
                root.print(root.format() == OutputFormat.JSON ? all : settings, root.spec.commandLine().getOut());
            }
        }
        return CommandLine.ExitCode.OK;
    }
}
