package no.samarbeid.core.tenancy;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data: registers the dev realm's municipalities as tenants with their sharing defaults (Oslo and Trondheim
 * share, Bergen does not). Only with {@code samarbeid.demo.enabled=true}; idempotent.
 */
@Component
@ConditionalOnBooleanProperty("samarbeid.demo.enabled")
class DemoTenants implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenants.class);
    static final Map<String, Boolean> SHARING = Map.of("0301", true, "4601", false, "5001", true);

    private final Onboarding onboarding;

    DemoTenants(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public void run(ApplicationArguments args) {
        SHARING.forEach((number, shares) -> {
            TenantSummary tenant = onboarding.register(number, shares);
            LOG.info("Demo municipality {} {} (tenant {})", number, tenant.name(), tenant.id());
        });
    }
}
