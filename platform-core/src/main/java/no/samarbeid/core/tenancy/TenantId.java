package no.samarbeid.core.tenancy;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** The stable identity of a municipality on the platform; unlike its kommunenummer, it never changes. */
public record TenantId(@JsonValue UUID value) {

    public TenantId {
        if (value == null) {
            throw new IllegalArgumentException("A tenant id is required");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
