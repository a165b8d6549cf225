package com.orange.api.mmc.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Writes, at build time, what a shell needs around {@code mmc}: the bash completion script
 * ({@code completion/mmc.bash}), the same for zsh ({@code completion/mmc.zsh}, through zsh's bash
 * completion support), a man page per command ({@code man/man1/mmc.1}, {@code man/man1/mmc-tour.1}...) and
 * {@code build.properties} with the git commit, for {@code --version}. All come from the command tree
 * itself, so they never disagree with {@code --help}.
 *
 * <p>Arguments: the output directory, then any further directories to copy the same files into, then the
 * project directory (where {@code git} is asked for the commit).
 */
public final class ShellFiles {

    /** The resource, next to the man pages in the jar, that holds the commit. */
    static final String BUILD_PROPERTIES = "META-INF/mmc/build.properties";

    private ShellFiles() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ShellFiles OUTPUT_DIR [COPY_DIR...] PROJECT_DIR");
        }
        Path project = Path.of(args[args.length - 1]);
        for (int i = 0; i < args.length - 1; i++) {
            write(Path.of(args[i]), project);
        }
    }

    static void write(Path dir, Path project) throws IOException, InterruptedException {
        CommandLine mmc = MmcCommand.commandLine(new MmcCommand());
        Path completion = Files.createDirectories(dir.resolve("completion"));
        String bash = AutoComplete.bash("mmc", mmc);
        Files.writeString(completion.resolve("mmc.bash"), bash, StandardCharsets.UTF_8);
        Files.writeString(completion.resolve("mmc.zsh"), "#compdef mmc\n# zsh completion for mmc, through zsh's bash"
                + " completion support: source this file from ~/.zshrc.\nautoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + bash, StandardCharsets.UTF_8);
        Path man = Files.createDirectories(dir.resolve("man").resolve("man1"));
        for (CommandLine command : commands(mmc)) {
            Files.writeString(man.resolve(pageName(command.getCommandSpec()) + ".1"), manPage(command.getCommandSpec()),
                    StandardCharsets.UTF_8);
        }
        // Written by hand, not with Properties.store, whose date line would make every build differ.
        Files.writeString(dir.resolve("build.properties"), "commit=" + commit(project) + "\n", StandardCharsets.UTF_8);
    }

    /** The root command and every visible subcommand, depth first. */
    static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        root.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && name.equals(sub.getCommandName())
                    && !(sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand)) {
                all.addAll(commands(sub));
            }
        });
        return all;
    }

    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    /** A man page in troff (man macros): name, synopsis, description, options, commands, exit status. */
    static String manPage(CommandSpec spec) {
        StringBuilder page = new StringBuilder();
        String name = pageName(spec);
        page.append(".TH ").append(escape(name.toUpperCase(java.util.Locale.ROOT))).append(" 1 \"\" \"mmc\" \"mmc manual\"\n");
        page.append(".SH NAME\n").append(escape(name)).append(" \\- ")
                .append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
        page.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName(" "))).append('\n')
                .append(spec.subcommands().isEmpty() ? "[OPTIONS]\n" : "[OPTIONS] COMMAND\n");
        page.append(".SH DESCRIPTION\n").append(escape(String.join(" ", spec.usageMessage().description()))).append('\n');
        page.append(".SH OPTIONS\n");
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            page.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
                page.append('\n');
            } else {
                page.append(" ").append(escape(option.paramLabel())).append('\n');
            }
            page.append(escape(String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
                    String.valueOf(option.defaultValue())))).append('\n');
        }
        List<String> visible = new ArrayList<>();
        spec.subcommands().forEach((sub, line) -> {
            if (!line.getCommandSpec().usageMessage().hidden() && sub.equals(line.getCommandName())) {
                visible.add(sub);
            }
        });
        if (!visible.isEmpty()) {
            page.append(".SH COMMANDS\n");
            for (String sub : visible) {
                CommandSpec child = spec.subcommands().get(sub).getCommandSpec();
                page.append(".TP\n.B ").append(escape(sub)).append('\n')
                        .append(escape(String.join(" ", child.usageMessage().description()))).append('\n');
            }
        }
        if (spec.usageMessage().footer().length > 0) {
            page.append(".SH NOTES\n.nf\n");
            for (String line : spec.usageMessage().footer()) {
                page.append(escape(line.replace("%n", ""))).append('\n');
            }
            page.append(".fi\n");
        }
        if (spec.parent() != null) {
            page.append(".SH SEE ALSO\n.BR mmc (1)\n");
        }
        return page.toString();
    }

    /** Text as troff reads it literally: backslashes, hyphens and leading dots or quotes escaped. */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    private static String commit(Path project) throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").directory(project.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = git.waitFor(30, TimeUnit.SECONDS);
            return done && git.exitValue() == 0 && out.matches("[0-9a-f]+") ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }
}
