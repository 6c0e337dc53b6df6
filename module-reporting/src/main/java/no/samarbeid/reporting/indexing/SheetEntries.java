package no.samarbeid.reporting.indexing;

import java.util.stream.Collectors;
import no.samarbeid.reporting.consumed.CollaborationSketched;
import no.samarbeid.reporting.consumed.EffectIdentified;
import no.samarbeid.reporting.consumed.EntrepreneurMentioned;
import no.samarbeid.reporting.consumed.MeasureProposed;
import no.samarbeid.reporting.consumed.MythAssessed;
import no.samarbeid.reporting.consumed.NextStepAgreed;
import no.samarbeid.reporting.consumed.ReflectionAnswered;
import no.samarbeid.reporting.consumed.TableFact;
import org.jspecify.annotations.Nullable;

/**
 * The structured sheets as content: partners (sheet 5), sketches (6), effects (7), measures (8), myth verdicts and
 * other myths (9), next steps and the reflection (10). What a sheet says in free text becomes {@code text}; a next
 * step's owner is never kept (it may name a person).
 */
final class SheetEntries {

    private SheetEntries() {}

    static void apply(ContentChanges changes, TableFact event) {
        if (event instanceof EntrepreneurMentioned e) {
            changes.entry(e, ContentKind.PARTNER, e.partnerId().toString(), doc -> {
                doc.text = join(e.name(), e.delivers());
                doc.zoneKey = e.zone();
            });
        } else if (event instanceof CollaborationSketched e) {
            changes.entry(e, ContentKind.SKETCH, e.sketchId().toString(), doc -> {
                doc.text = join(e.partnerName(), e.sector(), e.howItWorks());
                doc.zoneKey = e.deliveryForm();
            });
        } else if (event instanceof EffectIdentified e) {
            changes.entry(e, ContentKind.EFFECT, e.effectId().toString(), doc -> {
                doc.text = e.text();
                doc.stakeholder = e.stakeholder();
                doc.zoneKey = e.stakeholder();
            });
        } else if (event instanceof MeasureProposed e) {
            changes.entry(e, ContentKind.MEASURE, e.measureId().toString(), doc -> doc.text = join(e.what(), e.how()));
        } else if (event instanceof MythAssessed e) {
            changes.entry(e, ContentKind.MYTH, e.assessmentId().toString(), doc -> {
                String myth = e.mythKey() == null ? "other" : e.mythKey();
                doc.mythKey = myth;
                doc.zoneKey = myth;
                doc.verdict = e.lives();
                String text = join(e.otherMyth(), e.buster());
                doc.text = text == null ? myth : text;
            });
        } else if (event instanceof NextStepAgreed e) {
            changes.entry(e, ContentKind.NEXT_STEP, e.nextStepId().toString(), doc -> doc.text = e.text());
        } else if (event instanceof ReflectionAnswered e) {
            changes.entry(e, ContentKind.REFLECTION, "reflection-" + e.tableId(), doc -> {
                doc.text = e.answers().stream()
                        .map(answer -> answer.questionKey() + ": " + answer.text())
                        .collect(Collectors.joining("\n"));
                doc.zoneKey = "reflection";
            });
        }
    }

    /** The non-blank parts, one per line; null when there are none. */
    static @Nullable String join(@Nullable String... parts) {
        String text = java.util.Arrays.stream(parts)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }
}
