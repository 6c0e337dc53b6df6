package no.samarbeid.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.samarbeid.core.tenancy.TenantContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Sets the current tenant for each transaction ({@code set_config('app.tenant', id, true)}); the forced row-level
 * security policies of every tenant table compare against it. Without a tenant the setting is empty and tenant
 * tables show no rows.
 */
class TenantTransactionManager extends JdbcTransactionManager {

    TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant =
                TenantContext.current().map(t -> t.id().value().toString()).orElse("");
        try (var statement = connection.prepareStatement("select set_config('app.tenant', ?, true)")) {
            statement.setString(1, tenant);
            statement.execute();
        }
    }
}
