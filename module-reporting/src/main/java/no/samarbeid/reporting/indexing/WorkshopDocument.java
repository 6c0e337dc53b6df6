package no.samarbeid.reporting.indexing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A workshop in the {@code samarbeid-workshops} read model (id = workshop id). It appears nationally only when both
 * the workshop and its municipality share ({@code workshopShared}, {@code tenantShares}). {@code eventId} and
 * {@code occurredAt} are of the last {@code WorkshopScheduled} applied; {@code sharedAsOf} is the time of the event
 * that decided {@code workshopShared}. A document may exist before its {@code WorkshopScheduled} arrives (no title).
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class WorkshopDocument {

    String workshopId = "";
    String tenantId = "";

    @Nullable
    String municipalityNumber;

    @Nullable
    String municipalityName;

    @Nullable
    String countyNumber;

    @Nullable
    String populationBand;

    @Nullable
    String title;

    @Nullable
    String place;

    @Nullable
    String date;

    @Nullable
    String quarter;

    boolean workshopShared;

    @Nullable
    String sharedAsOf;

    boolean tenantShares;
    boolean started;
    boolean completed;
    TreeSet<String> sheets = new TreeSet<>();

    @Nullable
    String eventId;

    @Nullable
    String occurredAt;

    WorkshopDocument() {}

    static WorkshopDocument stub(String workshopId, String tenantId) {
        var document = new WorkshopDocument();
        document.workshopId = workshopId;
        document.tenantId = tenantId;
        return document;
    }

    public String workshopId() {
        return workshopId;
    }

    public @Nullable String municipalityNumber() {
        return municipalityNumber;
    }

    public @Nullable String municipalityName() {
        return municipalityName;
    }

    public @Nullable String title() {
        return title;
    }

    public @Nullable String place() {
        return place;
    }

    public @Nullable String date() {
        return date;
    }

    /** Whether this {@code WorkshopScheduled} time is newer than the one applied. */
    boolean scheduledBefore(Instant eventTime) {
        return occurredAt == null || Instant.parse(occurredAt).isBefore(eventTime);
    }

    boolean sharingDecidedBefore(Instant eventTime) {
        return sharedAsOf == null || Instant.parse(sharedAsOf).isBefore(eventTime);
    }

    Placement placement() {
        return Placement.of(municipalityNumber, date);
    }
}
