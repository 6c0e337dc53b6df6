package no.samarbeid.core.tenancy;

import java.time.Clock;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.Municipality;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Onboards a municipality in one operation: its Keycloak organization and its tenant record are created together,
 * and the organization is removed again when the tenant record cannot be written, so nothing is left half-made.
 */
@Service
public class Onboarding {

    private static final Logger LOG = LoggerFactory.getLogger(Onboarding.class);

    private final Tenants tenants;
    private final KeycloakOrganizations organizations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Onboarding(Tenants tenants, KeycloakOrganizations organizations, TransactionTemplate transaction, Clock clock) {
        this.tenants = tenants;
        this.organizations = organizations;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Onboards one of the 357 municipalities; refuses unknown numbers and municipalities already onboarded. */
    public TenantSummary onboard(String municipalityNumber, boolean sharesNationally) {
        MunicipalityNumber number = Municipalities.current().number(municipalityNumber);
        Municipality municipality = Municipalities.current().get(number);
        if (tenants.findByCurrentNumber(number.value()).isPresent()
                || organizations.findIdByAlias(number.value()).isPresent()) {
            throw new ConflictException("tenant-exists", number.value());
        }
        String organizationId = organizations.create(number.value(), municipality.name());
        try {
            return transaction.execute(status -> tenants.save(
                            Tenant.onboard(number, municipality.name(), organizationId, sharesNationally, clock))
                    .summary());
        } catch (RuntimeException e) {
            LOG.warn("Tenant record for {} failed; removing its Keycloak organization {}", number, organizationId, e);
            organizations.delete(organizationId);
            throw e;
        }
    }

    /**
     * Registers a tenant for an organization that already exists in Keycloak (the demo realm's municipalities);
     * returns the existing tenant when it is already registered.
     */
    public TenantSummary register(String municipalityNumber, boolean sharesNationally) {
        MunicipalityNumber number = Municipalities.current().number(municipalityNumber);
        return tenants.findByCurrentNumber(number.value()).map(Tenant::summary).orElseGet(() -> {
            String organizationId = organizations
                    .findIdByAlias(number.value())
                    .orElseThrow(() -> new IllegalStateException("No Keycloak organization " + number));
            Municipality municipality = Municipalities.current().get(number);
            return transaction.execute(status -> tenants.save(
                            Tenant.onboard(number, municipality.name(), organizationId, sharesNationally, clock))
                    .summary());
        });
    }
}
