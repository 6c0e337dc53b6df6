package no.samarbeid.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;
import no.samarbeid.core.web.AccessRefusedException;
import org.slf4j.MDC;

/**
 * The tenant of the current request, Kafka record or job, bound to the thread (including virtual threads) and to
 * the logging context ({@code tenant} in MDC). Set per request from the token or guest session and always cleared.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantScope> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or a 403 refusal when the caller acts without one. */
    public static TenantScope require() {
        return current().orElseThrow(() -> new AccessRefusedException("tenant-required"));
    }

    /** Runs work as the given tenant and restores the previous context afterwards. */
    public static <T> T callAs(TenantScope tenant, Supplier<T> work) {
        TenantScope previous = CURRENT.get();
        set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                clear();
            } else {
                set(previous);
            }
        }
    }

    public static void runAs(TenantScope tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    static void set(TenantScope tenant) {
        CURRENT.set(tenant);
        MDC.put("tenant", tenant.municipalityNumber().value());
    }

    static void clear() {
        CURRENT.remove();
        MDC.remove("tenant");
    }
}
