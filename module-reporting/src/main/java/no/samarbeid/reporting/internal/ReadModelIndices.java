package no.samarbeid.reporting.internal;

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
 * index template of {@code infra/elasticsearch}, creates the first workshops index {@code samarbeid-workshops-v1}
 * with its alias unless the alias exists (a rebuild moves it to a later index), and the small
 * {@code samarbeid-tenants} index of reporting's view of each tenant's sharing. Tried at startup and again before
 * use until it succeeds, so the application starts while Elasticsearch is down.
 */
@Component
class ReadModelIndices implements InitializingBean {

    static final String WORKSHOPS = "samarbeid-workshops";
    static final String WORKSHOPS_FIRST_INDEX = WORKSHOPS + "-v1";
    static final String TENANTS = "samarbeid-tenants";

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelIndices.class);
    private static final String TEMPLATE = "/elasticsearch/index-templates/samarbeid-workshops.json";

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
    void ensure() {
        if (ready) {
            return;
        }
        try {
            putTemplate();
            if (!client.indices().existsAlias(alias -> alias.name(WORKSHOPS)).value()) {
                createIfAbsent(WORKSHOPS_FIRST_INDEX, true);
            }
            if (!client.indices().exists(index -> index.index(TENANTS)).value()) {
                createIfAbsent(TENANTS, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ready = true;
    }

    private void putTemplate() throws IOException {
        try (InputStream template = ReadModelIndices.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException("Missing index template " + TEMPLATE);
            }
            Request request = new Request("PUT", "/_index_template/" + WORKSHOPS);
            request.setEntity(new InputStreamEntity(template, ContentType.APPLICATION_JSON));
            restClient.performRequest(request);
        }
    }

    private void createIfAbsent(String index, boolean workshops) throws IOException {
        try {
            if (workshops) {
                client.indices()
                        .create(create -> create.index(index).aliases(WORKSHOPS, alias -> alias.isWriteIndex(true)));
            } else {
                client.indices()
                        .create(create -> create.index(index)
                                .settings(
                                        settings -> settings.numberOfShards("1").autoExpandReplicas("0-1"))
                                .mappings(ReadModelIndices::tenantMappings));
            }
            LOG.info("Created Elasticsearch index {}", index);
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
