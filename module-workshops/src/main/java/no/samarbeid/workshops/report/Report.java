package no.samarbeid.workshops.report;

import java.util.List;
import java.util.stream.Stream;
import no.samarbeid.workshops.evaluation.EvaluationSummary;
import no.samarbeid.workshops.sheets.effects.EffectView;
import no.samarbeid.workshops.sheets.effects.MeasureView;
import no.samarbeid.workshops.sheets.myths.MythLives;
import no.samarbeid.workshops.sheets.partners.PartnerView;
import no.samarbeid.workshops.sheets.partners.SketchView;
import no.samarbeid.workshops.sheets.reflection.NextStepView;
import no.samarbeid.workshops.templates.SheetKind;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.jspecify.annotations.Nullable;

/**
 * The report of a whole workshop in one language: every sheet of the agenda in order with what each table made of
 * it (revealed notes by zone with clusters and dots, partners, sketches, effects, measures, myths, reflection, next
 * steps) and the evaluation summary. Authors appear only where the workshop shows names.
 */
record Report(WorkshopView workshop, String templateTitle, List<Section> sections, EvaluationSummary evaluation) {

    /** Every revealed note of the workshop, in sheet, table and zone order. */
    Stream<NoteRow> noteRows() {
        return sections.stream()
                .flatMap(section -> section.tables().stream()
                        .flatMap(table -> table.zones().stream()
                                .flatMap(zone -> zone.notes().stream()
                                        .map(note -> new NoteRow(section, table.table(), zone, note)))));
    }

    /** A sheet of the agenda: its number, key, kind, question, minutes and what each table wrote on it. */
    record Section(int number, String key, SheetKind kind, String title, int minutes, List<TableSection> tables) {}

    /** One table's work on a sheet. */
    record TableSection(
            String table,
            List<ZoneNotes> zones,
            List<PartnerView> partners,
            List<SketchView> sketches,
            List<EffectView> effects,
            List<MeasureView> measures,
            List<MythRow> myths,
            List<Answer> answers,
            List<NextStepView> nextSteps) {

        boolean empty() {
            return zones.isEmpty()
                    && partners.isEmpty()
                    && sketches.isEmpty()
                    && effects.isEmpty()
                    && measures.isEmpty()
                    && myths.isEmpty()
                    && answers.isEmpty()
                    && nextSteps.isEmpty();
        }
    }

    /** The revealed notes of one zone: the clusters they were gathered in, and those in no cluster. */
    record ZoneNotes(String key, String title, List<ClusterNotes> clusters, List<ReportNote> loose) {

        /** Every note of the zone, clustered ones first. */
        List<ReportNote> notes() {
            return Stream.concat(clusters.stream().flatMap(cluster -> cluster.notes().stream()), loose.stream())
                    .toList();
        }
    }

    /** A cluster heading with its notes. */
    record ClusterNotes(String heading, List<ReportNote> notes) {}

    /** A revealed note: text, the writer's perspective, the author only where names are shown, its dots. */
    record ReportNote(
            String text,
            String perspective,
            @Nullable String author,
            @Nullable String cluster,
            int votes) {}

    /** A myth and the table's verdict on it. */
    record MythRow(String myth, MythLives lives, String buster) {}

    /** A reflection question and the table's answer. */
    record Answer(String question, String answer) {}

    /** A note with where it sits: one row of the CSV. */
    record NoteRow(Section section, String table, ZoneNotes zone, ReportNote note) {}
}
