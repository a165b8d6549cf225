package com.orange.api.mmc.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;
import com.orange.api.mmc.sandbox.MmcSandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Java block of the README compiles, and runs against the sandbox: statement blocks run with
 * {@code mmc} and {@code organizer} at hand (a block may declare its own), classes with a {@code main}
 * run it, other type declarations compile. Settings come from system properties, as a user's might.
 *
 * <p>What a block prints on standard output is what the README shows under it: a line {@code Prints:}
 * and a {@code text} block right after the Java block. Placeholders in that text ({@code <id>},
 * {@code <date>}, {@code <url>}, {@code <token>}, {@code <…>}) stand for what differs per run; every
 * other character matches, line for line. A block without that text prints nothing, unless the line
 * right after it is {@value #VARIES}, which the README uses for output no run can pin.
 */
class ReadmeCodeIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("\\n*Prints:\\n+```text\\n(.*?)```", Pattern.DOTALL);
    static final String VARIES = "<!-- readme-output: varies -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("<(?:id|date|url|token|…)>");
    private static final Map<String, String> PLACEHOLDER_PATTERNS = Map.of(
            "<id>", "[^\\s,;)\\]}]+", "<date>", "[0-9][0-9T:.+Z-]*[0-9Z]", "<url>", "https?://[^\\s,;)\\]}]+",
            "<token>", "\\S+", "<…>", ".+?");
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|interface|record)\\s+(\\w+)");
    private static final String IMPORTS = String.join("\n",
            "import com.orange.api.common.*;", "import com.orange.api.mmc.*;", "import com.orange.api.mmc.model.*;",
            "import com.orange.api.mmc.sandbox.*;", "import java.net.URI;", "import java.nio.file.*;",
            "import java.time.*;", "import java.util.*;", "import java.util.concurrent.*;",
            "import org.junit.jupiter.api.Test;", "import org.junit.jupiter.api.extension.ExtendWith;", "");

    private static MmcSandbox sandbox;
    private static final Map<String, String> SETTINGS = new java.util.LinkedHashMap<>();

    @TempDir
    static Path classes;

    @BeforeAll
    static void start() {
        sandbox = MmcSandbox.start();
        SETTINGS.put("mmc.serviceUrl", sandbox.serviceUrl().toString());
        SETTINGS.put("mmc.accessKey", sandbox.accessKey());
        SETTINGS.put("mmc.accessKeyPassword", sandbox.accessKeyPassword());
        SETTINGS.put("mmc.serviceAccount", sandbox.serviceAccount());
        SETTINGS.put("mmc.serviceAccountPassword", sandbox.serviceAccountPassword());
        SETTINGS.forEach(System::setProperty);
    }

    @AfterAll
    static void stop() {
        SETTINGS.keySet().forEach(System::clearProperty);
        sandbox.close();
    }

    /**
     * One Java block of the README.
     *
     * @param expected what it prints, as the README shows it; null when the README shows nothing
     * @param varies whether the README marks its output as not deterministic
     */
    record Block(int index, int line, String code, String expected, boolean varies) {
        @Override
        public String toString() {
            return "README block " + index + " (line " + line + ")";
        }
    }

    static Stream<Block> blocks() throws IOException {
        String readme = Files.readString(README);
        Matcher matcher = JAVA_BLOCK.matcher(readme);
        List<Block> blocks = new ArrayList<>();
        while (matcher.find()) {
            int line = (int) readme.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
            Matcher expected = EXPECTED.matcher(readme).region(matcher.end(), readme.length());
            boolean shown = expected.lookingAt();
            boolean varies = readme.substring(matcher.end()).stripLeading().startsWith(VARIES);
            blocks.add(new Block(blocks.size() + 1, line, matcher.group(1), shown ? expected.group(1) : null, varies));
        }
        assertThat(blocks).as("the README shows Java code").hasSizeGreaterThan(2);
        return blocks.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void compilesAndRunsAgainstTheSandbox(Block block) throws Exception {
        // The placeholders a user fills in get the sandbox's values.
        String code = block.code().replace("\"your_access_key\"", quoted(sandbox.accessKey()))
                .replace("\"your_access_key_password\"", quoted(sandbox.accessKeyPassword()))
                .replace("\"your_service_account\"", quoted(sandbox.serviceAccount()))
                .replace("\"your_service_account_password\"", quoted(sandbox.serviceAccountPassword()));
        Matcher type = TYPE.matcher(code);
        boolean statements = !type.find();
        String className = statements ? "ReadmeBlock" + block.index() : type.group(1);
        String source = statements
                ? IMPORTS + "public class " + className + " {\n public static Mmc mmc; public static Organizer organizer;\n"
                        + " public static void run() throws Exception {\n" + code + "\n }\n}\n"
                : (code.contains("import ") ? "" : IMPORTS) + code;
        Path out = Files.createDirectories(classes.resolve("block" + block.index()));

        compile(className, source, out);

        String printed;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> compiled = loader.loadClass(className);
            if (statements) {
                try (Mmc mmc = sandbox.newClient()) {
                    compiled.getDeclaredField("mmc").set(null, mmc);
                    compiled.getDeclaredField("organizer").set(null, sandbox.organizer());
                    printed = captureOut(() -> invoke(compiled.getMethod("run"), null));
                }
            } else if (hasMain(compiled)) {
                printed = captureOut(() -> invoke(compiled.getMethod("main", String[].class), new String[0]));
            } else {
                printed = "";
            }
        }
        assertPrints(block, printed);
    }

    private static void assertPrints(Block block, String printed) {
        if (block.varies()) {
            assertThat(block.expected()).as("%s is marked as varying and shows no output", block).isNull();
            return;
        }
        List<String> actual = lines(printed);
        List<String> expected = block.expected() == null ? List.of() : lines(block.expected());
        String description = String.format("%s prints (README shows under it):%n%s%nbut printed:%n%s", block,
                String.join("\n", expected), String.join("\n", actual));
        assertThat(actual).as(description).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("line %d of what %s", i + 1, description).matches(pattern(expected.get(i)));
        }
    }

    private static List<String> lines(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        return normalized.isEmpty() ? List.of() : List.of(normalized.split("\n", -1));
    }

    /** The expected line as a pattern: placeholders become their patterns, everything else is literal. */
    static Pattern pattern(String expectedLine) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(expectedLine);
        int from = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(expectedLine.substring(from, placeholder.start())))
                    .append(PLACEHOLDER_PATTERNS.get(placeholder.group()));
            from = placeholder.end();
        }
        regex.append(Pattern.quote(expectedLine.substring(from)));
        return Pattern.compile(regex.toString());
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    private static boolean hasMain(Class<?> type) {
        try {
            type.getMethod("main", String[].class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void invoke(Method method, Object argument) throws Exception {
        try {
            method.invoke(null, argument == null ? new Object[0] : new Object[] {argument});
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static String captureOut(Action action) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(tee(original, bytes), true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static OutputStream tee(OutputStream first, OutputStream second) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                first.write(b);
                second.write(b);
            }
        };
    }

    private static void compile(String className, String source, Path out) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        StringWriter errors = new StringWriter();
        boolean compiled = compiler.getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"),
                null, List.of(file)).call();
        assertThat(compiled).as("compiles:\n%s\n%s", errors, source).isTrue();
    }
}
