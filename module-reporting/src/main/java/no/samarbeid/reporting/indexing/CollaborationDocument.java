package no.samarbeid.reporting.indexing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.ZoneId;
import no.samarbeid.reporting.consumed.CollaborationFact;
import no.samarbeid.reporting.consumed.CollaborationStarted;
import org.jspecify.annotations.Nullable;

/**
 * One collaboration in {@code samarbeid-collaborations}: its stage, theme and own sharing as the newest event set
 * them ({@code stateAt}), the day it started, and its municipality's sharing and placement copied from the tenant
 * view. Applying the same events in any order, any number of times, gives the same document.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true)
final class CollaborationDocument {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    String collaborationId = "";
    String tenantId = "";

    @Nullable
    String theme;

    String stage = "";
    boolean shared;
    boolean tenantShares;

    @Nullable
    String stateAt;

    @Nullable
    String startedOn;

    @Nullable
    String municipalityNumber;

    @Nullable
    String municipalityName;

    @Nullable
    String countyNumber;

    @Nullable
    String countyName;

    @Nullable
    String populationBand;

    @Nullable
    String lastEventId;

    CollaborationDocument() {}

    static CollaborationDocument of(CollaborationFact event) {
        var document = new CollaborationDocument();
        document.collaborationId = event.collaborationId().toString();
        document.tenantId = event.tenantId().toString();
        return document;
    }

    /** Applies the event; returns whether the document changed. */
    boolean apply(CollaborationFact event) {
        boolean changed = false;
        if (event instanceof CollaborationStarted started && startedOn == null) {
            startedOn = started.occurredAt().atZone(NORWAY).toLocalDate().toString();
            changed = true;
        }
        if (ContentDocument.before(stateAt, event.occurredAt())) {
            stage = event.stage();
            theme = event.theme();
            shared = event.shared();
            stateAt = event.occurredAt().toString();
            changed = true;
        }
        if (changed) {
            lastEventId = event.eventId().toString();
        }
        return changed;
    }

    void place(Placement placement, boolean tenantShares) {
        municipalityNumber = placement.municipalityNumber();
        municipalityName = placement.municipalityName();
        countyNumber = placement.countyNumber();
        countyName = placement.countyName();
        populationBand = placement.populationBand();
        this.tenantShares = tenantShares;
    }
}
