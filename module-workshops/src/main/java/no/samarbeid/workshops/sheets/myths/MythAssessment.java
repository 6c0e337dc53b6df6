package no.samarbeid.workshops.sheets.myths;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.workshops.events.MythAssessed;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.SheetText;
import no.samarbeid.workshops.sheets.TableEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A table's assessment of a myth about public procurement (sheet 9): one of the template's myths ({@code mythKey},
 * at most once per table) or another myth the table names ({@code otherText}).
 */
@Table(schema = "workshops", name = "sheet_myth_assessment")
class MythAssessment extends TableEntry<MythAssessment> {

    private final @Nullable String mythKey;
    private @Nullable String otherText;
    private MythLives lives;
    private String buster;

    @PersistenceCreator
    MythAssessment(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            @Nullable String mythKey,
            @Nullable String otherText,
            MythLives lives,
            String buster,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.mythKey = mythKey;
        this.otherText = otherText;
        this.lives = lives;
        this.buster = buster;
    }

    /** An assessment of a myth of the template (its key checked by the caller). */
    static MythAssessment of(SheetScope scope, String mythKey, MythVerdict verdict, Instant now) {
        return create(scope, mythKey, null, verdict, now);
    }

    /** An assessment of another myth the table names. */
    static MythAssessment other(SheetScope scope, String text, MythVerdict verdict, Instant now) {
        return create(
                scope, null, SheetText.required(text, MythVerdict.MAX_OTHER_MYTH, "sheets.myth-other"), verdict, now);
    }

    private static MythAssessment create(
            SheetScope scope, @Nullable String mythKey, @Nullable String otherText, MythVerdict verdict, Instant now) {
        var assessment = new MythAssessment(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                mythKey,
                otherText,
                verdict.lives(),
                verdict.buster(),
                now,
                0);
        assessment.assessed(scope, now);
        return assessment;
    }

    void reassess(SheetScope scope, MythVerdict verdict, Instant now) {
        lives = verdict.lives();
        buster = verdict.buster();
        assessed(scope, now);
    }

    /** Rewords another myth and reassesses it. */
    void reword(SheetScope scope, String text, MythVerdict verdict, Instant now) {
        if (mythKey != null) {
            throw new IllegalStateException("Myth " + mythKey + " belongs to the template");
        }
        otherText = SheetText.required(text, MythVerdict.MAX_OTHER_MYTH, "sheets.myth-other");
        reassess(scope, verdict, now);
    }

    boolean isOther() {
        return mythKey == null;
    }

    private void assessed(SheetScope scope, Instant now) {
        registerEvent(new MythAssessed(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                mythKey,
                otherText,
                lives.name(),
                buster,
                now));
    }

    MythAssessmentView view() {
        return new MythAssessmentView(id(), mythKey, otherText, lives, buster);
    }
}
