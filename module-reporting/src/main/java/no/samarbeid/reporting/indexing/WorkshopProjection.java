package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import no.samarbeid.reporting.consumed.SheetOpened;
import no.samarbeid.reporting.consumed.WorkshopCompleted;
import no.samarbeid.reporting.consumed.WorkshopFact;
import no.samarbeid.reporting.consumed.WorkshopScheduled;
import no.samarbeid.reporting.consumed.WorkshopSharingChanged;
import no.samarbeid.reporting.consumed.WorkshopStarted;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps the workshops read model from every workshop event. Sharing: an event changes {@code workshopShared} only
 * when it is newer than the event that decided it ({@code sharedAsOf}) and either is a sharing change or says
 * otherwise; so an old event resubmitted after a newer change never brings content back. What changes the workshop's
 * sharing or placement is carried to its content. Written with optimistic concurrency against other instances.
 */
@Component
class WorkshopProjection {

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final TenantSharing tenants;
    private final Propagation propagation;

    WorkshopProjection(
            ElasticsearchClient client, ReadModelIndices indices, TenantSharing tenants, Propagation propagation) {
        this.client = client;
        this.indices = indices;
        this.tenants = tenants;
        this.propagation = propagation;
    }

    /** Applies what the event says about its workshop; returns the workshop as it is now. */
    WorkshopDocument observe(WorkshopFact event) throws IOException {
        indices.ensure();
        String id = event.workshopId().toString();
        GetResponse<WorkshopDocument> current =
                client.get(get -> get.index(ReadModelIndices.WORKSHOPS).id(id), WorkshopDocument.class);
        WorkshopDocument document = current.found() && current.source() != null
                ? current.source()
                : WorkshopDocument.stub(id, event.tenantId().toString());
        boolean placed = schedule(document, event);
        boolean shared = share(document, event);
        boolean other = progress(document, event);
        if (!current.found() || placed || shared || other) {
            @Nullable TenantDocument tenant = tenants.view(event.tenantId());
            document.tenantShares = tenant != null && tenant.sharesNationally();
            if (document.municipalityNumber == null && tenant != null) {
                document.municipalityNumber = tenant.municipalityNumber();
                place(document);
            }
            write(current, document);
        }
        if (current.found() && (placed || shared)) {
            carryOver(document);
        }
        return document;
    }

    private static boolean schedule(WorkshopDocument document, WorkshopFact event) {
        if (!(event instanceof WorkshopScheduled scheduled) || !document.scheduledBefore(event.occurredAt())) {
            return false;
        }
        document.municipalityNumber = scheduled.municipalityNumber();
        document.title = scheduled.title();
        document.place = scheduled.place();
        document.date = scheduled.date() == null ? null : scheduled.date().toString();
        document.eventId = scheduled.eventId().toString();
        document.occurredAt = scheduled.occurredAt().toString();
        place(document);
        return true;
    }

    private static void place(WorkshopDocument document) {
        Placement placement = document.placement();
        document.municipalityName = placement.municipalityName();
        document.countyNumber = placement.countyNumber();
        document.populationBand = placement.populationBand();
        document.quarter = placement.quarter();
    }

    static boolean share(WorkshopDocument document, WorkshopFact event) {
        boolean decides = event instanceof WorkshopSharingChanged
                || document.sharedAsOf == null
                || document.workshopShared != event.shared();
        if (!decides || !document.sharingDecidedBefore(event.occurredAt())) {
            return false;
        }
        boolean changed = document.sharedAsOf == null || document.workshopShared != event.shared();
        document.workshopShared = event.shared();
        document.sharedAsOf = event.occurredAt().toString();
        return changed || event instanceof WorkshopSharingChanged;
    }

    private static boolean progress(WorkshopDocument document, WorkshopFact event) {
        if (event instanceof SheetOpened opened) {
            return document.sheets.add(opened.sheetKey());
        }
        if (event instanceof WorkshopStarted && !document.started) {
            document.started = true;
            return true;
        }
        if (event instanceof WorkshopCompleted && !document.completed) {
            document.completed = true;
            return true;
        }
        return false;
    }

    private void write(GetResponse<WorkshopDocument> current, WorkshopDocument document) throws IOException {
        if (current.found()) {
            client.index(index -> index.index(Objects.requireNonNull(current.index()))
                    .id(document.workshopId)
                    .document(document)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        } else {
            client.create(create -> create.index(ReadModelIndices.WORKSHOPS)
                    .id(document.workshopId)
                    .document(document));
        }
    }

    private void carryOver(WorkshopDocument workshop) throws IOException {
        Placement placement = workshop.placement();
        Map<String, Object> fields = new HashMap<>(TenantSharing.placementFields(placement));
        fields.put(ContentField.WORKSHOP_DATE.path(), placement.workshopDate());
        fields.put(ContentField.YEAR.path(), placement.year());
        fields.put(ContentField.QUARTER.path(), placement.quarter());
        fields.put(ContentField.WORKSHOP_SHARED.path(), workshop.workshopShared);
        Query ofWorkshop =
                Query.of(q -> q.term(t -> t.field(ContentField.WORKSHOP.path()).value(workshop.workshopId)));
        propagation.set(ReadModelIndices.CONTENT, ContentField.ID.path(), ofWorkshop, fields);
    }
}
