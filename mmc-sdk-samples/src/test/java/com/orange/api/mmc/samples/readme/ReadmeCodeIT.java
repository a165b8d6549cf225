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
 */
class ReadmeCodeIT {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
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

    record Block(int index, int line, String code) {
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
            blocks.add(new Block(blocks.size() + 1, line, matcher.group(1)));
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

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> compiled = loader.loadClass(className);
            if (statements) {
                try (Mmc mmc = sandbox.newClient()) {
                    compiled.getDeclaredField("mmc").set(null, mmc);
                    compiled.getDeclaredField("organizer").set(null, sandbox.organizer());
                    invoke(compiled.getMethod("run"), null);
                }
            } else if (hasMain(compiled)) {
                String printed = captureOut(() -> invoke(compiled.getMethod("main", String[].class), new String[0]));
                assertThat(printed).doesNotContain("exception occurred");
            }
        }
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
