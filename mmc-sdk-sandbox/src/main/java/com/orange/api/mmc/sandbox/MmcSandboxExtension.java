package com.orange.api.mmc.sandbox;

import com.orange.api.mmc.Mmc;
import com.orange.api.mmc.Organizer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one {@link MmcSandbox} per test class and resolves {@link MmcSandbox}, {@link Mmc},
 * {@link Organizer}, {@link SandboxFaults} and {@link SandboxJournal} parameters of constructors, lifecycle
 * methods and tests:
 *
 * <pre>{@code
 * @ExtendWith(MmcSandboxExtension.class)
 * class BookingServiceTest {
 *     @Test
 *     void booksTheWeeklyMeeting(Mmc mmc, Organizer organizer) {
 *         assertThat(new BookingService(mmc, organizer).bookWeekly()).isPositive();
 *     }
 * }
 * }</pre>
 *
 * The {@code Mmc} is shared by the class's tests and closed with the sandbox after the last one; each
 * {@code Organizer} parameter is a new instance with the sandbox's default credentials. The fault lab's rules
 * and the journal are cleared after each test, so that a rule a test left unused never reaches the next one and
 * a test's journal holds its own calls (and those of the lifecycle methods before it):
 *
 * <pre>{@code
 * @Test
 * void aQuotaErrorIsReported(Mmc mmc, Organizer organizer, SandboxFaults faults) {
 *     faults.next("createScheduledConference").gatewayError(GatewayError.MED0006);
 *     assertThatThrownBy(() -> new BookingService(mmc, organizer).bookWeekly())
 *             .isInstanceOf(TechnicalException.class);
 * }
 * }</pre>
 *
 * <pre>{@code
 * @Test
 * void booksOnce(Mmc mmc, Organizer organizer, SandboxJournal journal) {
 *     new BookingService(mmc, organizer).bookWeekly();
 *     assertThat(journal.count("createScheduledConference")).isEqualTo(1);
 * }
 * }</pre>
 */
public class MmcSandboxExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MmcSandboxExtension.class);

    /** Holds the class's sandbox and client, closed together by JUnit. */
    private record Resources(MmcSandbox sandbox, Mmc mmc) implements AutoCloseable {
        @Override
        public void close() {
            mmc.close();
            sandbox.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        resources(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), Resources.class);
        if (resources != null) {
            resources.close();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Resources resources = root(context).getStore(NAMESPACE).get(context.getRequiredTestClass(), Resources.class);
        if (resources != null) {
            resources.sandbox().faults().clear();
            resources.sandbox().journal().clear();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MmcSandbox.class || type == Mmc.class || type == Organizer.class || type == SandboxFaults.class
                || type == SandboxJournal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resources resources = resources(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == MmcSandbox.class) {
            return resources.sandbox();
        }
        if (type == Mmc.class) {
            return resources.mmc();
        }
        if (type == Organizer.class) {
            return resources.sandbox().organizer();
        }
        if (type == SandboxFaults.class) {
            return resources.sandbox().faults();
        }
        if (type == SandboxJournal.class) {
            return resources.sandbox().journal();
        }
        throw new ParameterResolutionException("MmcSandboxExtension cannot resolve " + type);
    }

    private static Resources resources(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        ExtensionContext.Store store = root(context).getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(testClass, key -> {
            MmcSandbox sandbox = MmcSandbox.start();
            return new Resources(sandbox, sandbox.newClient());
        }, Resources.class);
    }

    /** The class-level context, so that every test of the class shares one sandbox. */
    private static ExtensionContext root(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().isPresent() && current.getTestMethod().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }
}
