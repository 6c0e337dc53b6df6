package no.samarbeid.registry.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryService;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.InputStreamEntity;
import org.elasticsearch.client.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's index: puts the versioned template of {@code infra/elasticsearch}, creates the first index behind
 * the alias {@code samarbeid-registry} and fills an empty index from the register's tables (a rebuild: delete the
 * index and the next use rebuilds it). Indexing is idempotent: a document is the entry as it is now, replaced by version.
 */
@Component
class RegistryIndex {

    static final String ALIAS = "samarbeid-registry";
    static final String FIRST_INDEX = ALIAS + "-v1";
    private static final String TEMPLATE = "/elasticsearch/index-templates/samarbeid-registry.json";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryIndex.class);

    private final RegistrySearchClient search;
    private final EntryService entries;
    private volatile boolean ready;

    RegistryIndex(RegistrySearchClient search, EntryService entries) {
        this.search = search;
        this.entries = entries;
    }

    /** Makes sure the index exists; a new index is filled from the tables. */
    void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (ready) {
                return;
            }
            try {
                putTemplate();
                if (!search.client().indices().existsAlias(a -> a.name(ALIAS)).value()) {
                    create();
                }
                if (search.client().count(c -> c.index(ALIAS)).count() == 0) {
                    rebuild();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ready = true;
        }
    }

    /** Indexes the entries as they are now. */
    void index(List<Entry> current) {
        ensure();
        write(current);
    }

    /** Re-indexes every entry of the register, page by page. */
    void rebuild() {
        String after = "";
        int count = 0;
        while (true) {
            List<Entry> page = entries.page(after, 500);
            if (page.isEmpty()) {
                break;
            }
            write(page);
            count += page.size();
            after = page.get(page.size() - 1).number().value();
        }
        LOG.info("Indexed {} register entries into {}", count, ALIAS);
    }

    private void write(List<Entry> current) {
        if (current.isEmpty()) {
            return;
        }
        var bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        for (Entry entry : current) {
            EntryDocument document = EntryDocument.of(entry);
            bulk.operations(op -> op.index(index -> index.index(ALIAS)
                    .id(document.organisationNumber())
                    .document(document)
                    .version((long) document.version())
                    .versionType(co.elastic.clients.elasticsearch._types.VersionType.ExternalGte)));
        }
        try {
            BulkResponse response = search.client().bulk(bulk.build());
            var failed = response.items().stream()
                    .filter(item -> item.error() != null
                            && !"version_conflict_engine_exception"
                                    .equals(item.error().type()))
                    .findFirst();
            if (failed.isPresent()) {
                throw new IllegalStateException("Indexing " + failed.get().id() + " failed: "
                        + failed.get().error().reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putTemplate() throws IOException {
        try (InputStream template = RegistryIndex.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException("Missing index template " + TEMPLATE);
            }
            Request request = new Request("PUT", "/_index_template/" + ALIAS);
            request.setEntity(new InputStreamEntity(template, ContentType.APPLICATION_JSON));
            search.rest().performRequest(request);
        }
    }

    private void create() throws IOException {
        try {
            search.client().indices().create(c -> c.index(FIRST_INDEX).aliases(ALIAS, a -> a.isWriteIndex(true)));
            LOG.info("Created Elasticsearch index {}", FIRST_INDEX);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }
}
