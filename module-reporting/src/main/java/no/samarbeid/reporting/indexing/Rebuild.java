package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds every aliased read model into a new index version while search keeps answering from the current one:
 * puts the current index template, pauses reporting's consumer (events wait in Kafka, nothing is lost), copies
 * every document from the current version into {@code <alias>-v<n+1>} ({@code search_after} + bulk; no reindex
 * module needed), re-deriving what reporting computes (placement, themes, visibility), switches the alias in one
 * atomic request, resumes the consumer and deletes the old version. The source is the read model itself, not
 * Kafka: a rebuild works after the topics' retention has removed the original events.
 */
@Component
class Rebuild {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);
    private static final int PAGE = 1000;
    private static final Duration PAUSE_WAIT = Duration.ofSeconds(30);

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final KafkaListenerEndpointRegistry listeners;

    Rebuild(ElasticsearchClient client, ReadModelIndices indices, KafkaListenerEndpointRegistry listeners) {
        this.client = client;
        this.indices = indices;
        this.listeners = listeners;
    }

    /** The outcome of a rebuild: for each alias, the index it pointed to, the new one, and documents copied. */
    public record Outcome(String alias, String from, String to, long documents) {}

    public synchronized List<Outcome> rebuild() throws IOException {
        indices.ensure();
        MessageListenerContainer consumer = listeners.getListenerContainer("reporting");
        pause(consumer);
        try {
            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(rebuild(ReadModelIndices.WORKSHOPS, "workshopId", WorkshopDocument.class));
            outcomes.add(rebuild(ReadModelIndices.CONTENT, ContentField.ID.path(), ContentDocument.class));
            outcomes.add(rebuild(ReadModelIndices.COLLABORATIONS, "collaborationId", CollaborationDocument.class));
            return outcomes;
        } finally {
            if (consumer != null) {
                consumer.resume();
            }
        }
    }

    private <T> Outcome rebuild(String alias, String idField, Class<T> type) throws IOException {
        indices.putTemplate(alias);
        String from = current(alias);
        String to = alias + "-v" + (version(from) + 1);
        client.indices().create(create -> create.index(to));
        client.indices().refresh(refresh -> refresh.index(from));
        long copied = 0;
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<T> page = client.search(
                    search -> {
                        search.index(from)
                                .size(PAGE)
                                .sort(sort ->
                                        sort.field(field -> field.field(idField).order(SortOrder.Asc)));
                        return searchAfter.isEmpty() ? search : search.searchAfter(searchAfter);
                    },
                    type);
            List<Hit<T>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            List<BulkOperation> operations = new ArrayList<>();
            for (Hit<T> hit : hits) {
                T document = rederive(Objects.requireNonNull(hit.source()));
                operations.add(BulkOperation.of(
                        op -> op.index(index -> index.index(to).id(hit.id()).document(document))));
            }
            Propagation.Bulk.check(client.bulk(bulk -> bulk.operations(operations)));
            copied += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
        client.indices().refresh(refresh -> refresh.index(to));
        client.indices()
                .updateAliases(update -> update.actions(action ->
                                action.remove(remove -> remove.index(from).alias(alias)))
                        .actions(action ->
                                action.add(add -> add.index(to).alias(alias).isWriteIndex(true))));
        client.indices().delete(delete -> delete.index(from));
        LOG.info("Rebuilt {}: {} documents from {} into {}", alias, copied, from, to);
        return new Outcome(alias, from, to, copied);
    }

    private static <T> T rederive(T document) {
        if (document instanceof ContentDocument content) {
            content.settle(
                    Placement.of(content.municipalityNumber, content.workshopDate),
                    content.workshopShared,
                    content.tenantShares);
        } else if (document instanceof CollaborationDocument collaboration) {
            collaboration.place(Placement.of(collaboration.municipalityNumber, null), collaboration.tenantShares);
        } else if (document instanceof WorkshopDocument workshop) {
            Placement placement = workshop.placement();
            workshop.municipalityName = placement.municipalityName();
            workshop.countyNumber = placement.countyNumber();
            workshop.populationBand = placement.populationBand();
            workshop.quarter = placement.quarter();
        }
        return document;
    }

    private String current(String alias) throws IOException {
        Map<String, ?> indices = new LinkedHashMap<>(
                client.indices().getAlias(get -> get.name(alias)).result());
        if (indices.size() != 1) {
            throw new IllegalStateException("Alias " + alias + " points to " + indices.keySet());
        }
        return indices.keySet().iterator().next();
    }

    private static int version(String index) {
        return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    }

    private static void pause(MessageListenerContainer consumer) {
        if (consumer == null || !consumer.isRunning()) {
            return;
        }
        consumer.pause();
        long deadline = System.nanoTime() + PAUSE_WAIT.toNanos();
        while (!consumer.isPauseRequested() || !consumer.isContainerPaused()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Reporting's consumer did not pause within " + PAUSE_WAIT);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while pausing reporting's consumer", e);
            }
        }
    }
}
