package no.samarbeid.reporting.indexing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a table's content in {@code samarbeid-content}: a note, partner, sketch, effect, measure, myth verdict,
 * next step or the table's reflection. Each field group keeps the time of the event that set it ({@code textAt},
 * {@code zoneAt}, ...), so events applied in any order and any number of times end in the same document; a
 * withdrawal is a tombstone that nothing revives. It is {@code visible} once revealed, with text and sheet, until
 * withdrawn; placement and sharing are copied from the workshop and tenant views.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class ContentDocument {

    String id = "";
    String kind = "";
    String tenantId = "";
    String workshopId = "";
    String tableId = "";

    @Nullable
    String sheetKey;

    @Nullable
    String zoneKey;

    @Nullable
    String text;

    @Nullable
    String heading;

    int votes;

    @Nullable
    String perspective;

    @Nullable
    String mythKey;

    @Nullable
    String verdict;

    @Nullable
    String stakeholder;

    boolean done;
    List<String> themes = new ArrayList<>();
    boolean national;
    boolean revealed;
    boolean withdrawn;
    boolean visible;

    @Nullable
    String textAt;

    @Nullable
    String zoneAt;

    @Nullable
    String headingAt;

    @Nullable
    String votesAt;

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
    String workshopDate;

    @Nullable
    Integer year;

    @Nullable
    String quarter;

    boolean workshopShared;
    boolean tenantShares;

    @Nullable
    String lastEventId;

    ContentDocument() {}

    static ContentDocument of(ContentKind kind, String id, String tenantId, String workshopId, String tableId) {
        var document = new ContentDocument();
        document.id = id;
        document.kind = kind.name();
        document.tenantId = tenantId;
        document.workshopId = workshopId;
        document.tableId = tableId;
        document.national = kind.national();
        return document;
    }

    static boolean before(@Nullable String at, Instant eventTime) {
        return at == null || Instant.parse(at).isBefore(eventTime);
    }

    void settle(Placement placement, boolean workshopShared, boolean tenantShares) {
        municipalityNumber = placement.municipalityNumber();
        municipalityName = placement.municipalityName();
        countyNumber = placement.countyNumber();
        countyName = placement.countyName();
        populationBand = placement.populationBand();
        workshopDate = placement.workshopDate();
        year = placement.year();
        quarter = placement.quarter();
        this.workshopShared = workshopShared;
        this.tenantShares = tenantShares;
        visible = revealed && !withdrawn && text != null && sheetKey != null;
        themes = text == null ? List.of() : Themes.of(text);
    }
}
