package no.samarbeid.core.tenancy;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The onboarded municipalities. */
interface Tenants extends ListCrudRepository<Tenant, UUID> {

    @Query("""
            select t.* from core.tenant t
            join core.tenant_municipality_number n on n.tenant_id = t.id and n.valid_to is null
            where n.municipality_number = :number""")
    Optional<Tenant> findByCurrentNumber(String number);
}
