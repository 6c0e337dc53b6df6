package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Sets up reporting's indices, idempotently and safely when several instances start at once: puts the versioned
 * index templates of {@code infra/elasticsearch}, creates the first index of each aliased read model
 * ({@code samarbeid-workshops-v1}, {@code samarbeid-content-v1}, {@code samarbeid-collaborations-v1}) with its alias unless the alias exists (a rebuild
 * moves it to a later index), and the small {@code samarbeid-tenants} index of each tenant's sharing. Tried at
 * startup and again before use until it succeeds, so the application starts while Elasticsearch is down.
 */
@Component
public class ReadModelIndices implements InitializingBean {

    public static final String WORKSHOPS = "samarbeid-workshops";
    public static final String CONTENT = "samarbeid-content";
    public static final String COLLABORATIONS = "samarbeid-collaborations";
    public static final String TENANTS = "samarbeid-tenants";

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelIndices.class);

    private final ElasticsearchClient client;
    private final RestClient restClient;
    private volatile boolean ready;

    ReadModelIndices(ElasticsearchClient client, RestClient restClient) {
        this.client = client;
        this.restClient = restClient;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            ensure();
        } catch (RuntimeException e) {
            LOG.warn("Elasticsearch indices not set up yet; retrying on first use: {}", e.toString());
        }
    }

    /** Makes sure the indices exist; a no-op once done. */
    public void ensure() {
        if (ready) {
            return;
        }
        try {
            for (String alias : new String[] {WORKSHOPS, CONTENT, COLLABORATIONS}) {
                putTemplate(alias);
                if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                    createAliased(alias + "-v1", alias);
                }
            }
            if (!client.indices().exists(index -> index.index(TENANTS)).value()) {
                createTenants();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ready = true;
    }

    /** Puts the index template of an aliased read model (its patterns match every version of the index). */
    void putTemplate(String alias) throws IOException {
        String resource = "/elasticsearch/index-templates/" + alias + ".json";
        try (InputStream template = ReadModelIndices.class.getResourceAsStream(resource)) {
            if (template == null) {
                throw new IllegalStateException("Missing index template " + resource);
            }
            Request request = new Request("PUT", "/_index_template/" + alias);
            request.setEntity(new InputStreamEntity(template, ContentType.APPLICATION_JSON));
            restClient.performRequest(request);
        }
    }

    private void createAliased(String index, String alias) throws IOException {
        try {
            client.indices().create(create -> create.index(index).aliases(alias, a -> a.isWriteIndex(true)));
            LOG.info("Created Elasticsearch index {} with alias {}", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private void createTenants() throws IOException {
        try {
            client.indices()
                    .create(create -> create.index(TENANTS)
                            .settings(settings -> settings.numberOfShards("1").autoExpandReplicas("0-1"))
                            .mappings(ReadModelIndices::tenantMappings));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private static TypeMapping.Builder tenantMappings(TypeMapping.Builder mappings) {
        return mappings.dynamic(DynamicMapping.False)
                .properties("tenantId", property -> property.keyword(keyword -> keyword))
                .properties("municipalityNumber", property -> property.keyword(keyword -> keyword))
                .properties("sharesNationally", property -> property.boolean_(bool -> bool))
                .properties("eventId", property -> property.keyword(keyword -> keyword))
                .properties("occurredAt", property -> property.date(date -> date));
    }
}
