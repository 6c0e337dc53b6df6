package no.samarbeid.core.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The database role that owns the module schemas and runs their migrations. */
@ConfigurationProperties("samarbeid.database.owner")
record DatabaseOwner(String username, String password) {}
