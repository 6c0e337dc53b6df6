package no.samarbeid.reporting.dashboard;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.samarbeid.reporting.dashboard.DashboardView.PipelineCell;
import no.samarbeid.reporting.search.NationalSearch;
import org.springframework.stereotype.Component;

/**
 * The dashboard's collaboration pipeline: shared collaborations of sharing municipalities by current stage and theme,
 * narrowed by county and by the day they started.
 */
@Component
class CollaborationPipeline {

    /** The stages of a collaboration, in order (module-impact's board). */
    static final List<String> STAGES =
            List.of("IDEA", "DIALOGUE", "PILOT", "AGREEMENT", "OPERATION", "CLOSED", "EVALUATED");

    /** The theme key of collaborations without a theme. */
    static final String NO_THEME = "none";

    private final NationalSearch national;

    CollaborationPipeline(NationalSearch national) {
        this.national = national;
    }

    List<PipelineCell> cells(DashboardFilter filter) throws IOException {
        var collaborations = national.collaborations(
                filter.query("countyNumber", "startedOn"),
                request -> request.size(0)
                        .aggregations(
                                "stages",
                                Aggregation.of(a -> a.terms(
                                                t -> t.field("stage").size(20))
                                        .aggregations(
                                                "themes",
                                                t -> t.terms(th -> th.field("theme")
                                                        .size(50)
                                                        .missing(NO_THEME))))),
                Void.class);
        List<PipelineCell> cells = new ArrayList<>();
        for (StringTermsBucket stage :
                collaborations.aggregations().get("stages").sterms().buckets().array()) {
            for (StringTermsBucket theme :
                    stage.aggregations().get("themes").sterms().buckets().array()) {
                cells.add(
                        new PipelineCell(stage.key().stringValue(), theme.key().stringValue(), theme.docCount()));
            }
        }
        cells.sort(Comparator.comparingInt((PipelineCell cell) -> stageOrder(cell.stage()))
                .thenComparing(PipelineCell::theme));
        return cells;
    }

    private static int stageOrder(String stage) {
        int order = STAGES.indexOf(stage);
        return order < 0 ? STAGES.size() : order;
    }
}
