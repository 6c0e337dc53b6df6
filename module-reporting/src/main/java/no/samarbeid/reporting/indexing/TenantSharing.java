package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reporting's own view of each tenant (municipality and sharing), from core's {@code TenantOnboarded} and
 * {@code TenantSharingChanged}; an unknown tenant does not share. Only an event newer than the view changes it. A
 * change is written to the view first, then carried to the tenant's workshop, content and collaboration documents, so a document
 * indexed concurrently either sees the new view or is found by the carry-over. Duplicates and stale events only
 * repeat the carry-over of the current view.
 */
@Component
class TenantSharing {

    private static final Logger LOG = LoggerFactory.getLogger(TenantSharing.class);

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final Propagation propagation;

    TenantSharing(ElasticsearchClient client, ReadModelIndices indices, Propagation propagation) {
        this.client = client;
        this.indices = indices;
        this.propagation = propagation;
    }

    /** The tenant as reporting knows it, or null. */
    @Nullable
    TenantDocument view(UUID tenantId) throws IOException {
        indices.ensure();
        GetResponse<TenantDocument> tenant = get(tenantId);
        return tenant.found() ? tenant.source() : null;
    }

    void apply(UUID eventId, UUID tenantId, String municipalityNumber, boolean shares, Instant occurredAt)
            throws IOException {
        indices.ensure();
        GetResponse<TenantDocument> current = get(tenantId);
        TenantDocument stored = current.source();
        if (current.found() && stored != null && !stored.olderThan(occurredAt)) {
            LOG.debug("Tenant {} already has a view as new as event {}", tenantId, eventId);
            carryOver(stored);
            return;
        }
        var document = new TenantDocument(
                tenantId.toString(), municipalityNumber, shares, eventId.toString(), occurredAt.toString());
        if (current.found()) {
            client.index(index -> index.index(ReadModelIndices.TENANTS)
                    .id(tenantId.toString())
                    .document(document)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        } else {
            client.create(create -> create.index(ReadModelIndices.TENANTS)
                    .id(tenantId.toString())
                    .document(document));
        }
        carryOver(document);
    }

    /** Copies the tenant's sharing (and, where the workshop does not say, its municipality) to its documents. */
    void carryOver(TenantDocument tenant) throws IOException {
        Query ofTenant = Query.of(q ->
                q.bool(bool -> bool.filter(f -> f.term(t -> t.field("tenantId").value(tenant.tenantId())))
                        .mustNot(not -> not.term(t -> t.field("tenantShares").value(tenant.sharesNationally())))));
        propagation.set(
                ReadModelIndices.WORKSHOPS, "workshopId", ofTenant, Map.of("tenantShares", tenant.sharesNationally()));
        propagation.set(
                ReadModelIndices.CONTENT,
                ContentField.ID.path(),
                ofTenant,
                Map.of("tenantShares", tenant.sharesNationally()));
        propagation.set(
                ReadModelIndices.COLLABORATIONS,
                "collaborationId",
                ofTenant,
                Map.of("tenantShares", tenant.sharesNationally()));
        Query unplaced = Query.of(q ->
                q.bool(bool -> bool.filter(f -> f.term(t -> t.field("tenantId").value(tenant.tenantId())))
                        .mustNot(not -> not.exists(e -> e.field(ContentField.MUNICIPALITY.path())))));
        Map<String, Object> placement = placementFields(Placement.of(tenant.municipalityNumber(), null));
        propagation.set(ReadModelIndices.CONTENT, ContentField.ID.path(), unplaced, placement);
        propagation.set(ReadModelIndices.COLLABORATIONS, "collaborationId", unplaced, placement);
    }

    static Map<String, Object> placementFields(Placement placement) {
        Map<String, Object> fields = new HashMap<>();
        fields.put(ContentField.MUNICIPALITY.path(), placement.municipalityNumber());
        fields.put(ContentField.MUNICIPALITY_NAME.path(), placement.municipalityName());
        fields.put(ContentField.COUNTY.path(), placement.countyNumber());
        fields.put(ContentField.COUNTY_NAME.path(), placement.countyName());
        fields.put(ContentField.POPULATION_BAND.path(), placement.populationBand());
        return fields;
    }

    private GetResponse<TenantDocument> get(UUID tenantId) throws IOException {
        return client.get(get -> get.index(ReadModelIndices.TENANTS).id(tenantId.toString()), TenantDocument.class);
    }
}
