package no.samarbeid.infra.stack;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension for integration tests: brings the local stack up once per test JVM, reusing servers that already
 * run (so a build starts them once and every module's tests share them). The servers it starts are recorded, and the
 * build stops exactly those when it ends ({@link BuildEnd}); servers that ran before the build keep running.
 */
public final class StackExtension implements BeforeAllCallback {

    private static volatile boolean up;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ensureUp();
    }

    /** Starts what is not running yet and waits until every server is healthy. */
    public static synchronized void ensureUp() throws Exception {
        if (!up) {
            Stack stack = Stack.local();
            stack.recordStartedByBuild(stack.up(System.out));
            up = true;
        }
    }
}
