package no.samarbeid.reporting.research;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The researcher's page: the codebook (tables, dimensions, measures, contributor units, version), the snapshots, and
 * a chosen table of the latest snapshot with ":" for suppressed cells. Audited like the API.
 */
@PageController
@PreAuthorize("hasRole('RESEARCHER')")
class ResearchPage {

    private final ResearcherAccess access;
    private final ResearchAudit audit;
    private final Snapshots snapshots;

    ResearchPage(ResearcherAccess access, ResearchAudit audit, Snapshots snapshots) {
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
    }

    @GetMapping("/forsker")
    String page(@RequestParam(required = false) @Nullable String table, Principal principal, Model model) {
        model.addAttribute("version", Codebook.VERSION);
        model.addAttribute("dimensions", Codebook.DIMENSIONS.values());
        model.addAttribute("tables", Codebook.TABLES);
        String user = principal.getName();
        try {
            access.require(user);
            List<Snapshot> all = snapshots.all();
            model.addAttribute("snapshots", all);
            int cells = 0;
            int suppressed = 0;
            if (table != null && !table.isBlank() && !all.isEmpty()) {
                ResearchTable chosen = Codebook.table(table)
                        .orElseThrow(() -> new no.samarbeid.core.web.NotFoundException("research-table", table));
                List<PublishedCell> published = snapshots.cells(all.get(0).id(), chosen.key());
                model.addAttribute("chosen", chosen);
                model.addAttribute("cells", published);
                cells = published.size();
                suppressed = (int)
                        published.stream().filter(PublishedCell::suppressed).count();
            }
            audit.record(new ResearchAudit.Entry(
                    Instant.now(),
                    user,
                    "page",
                    table,
                    Map.of().toString(),
                    all.isEmpty() ? null : all.get(0).id(),
                    cells,
                    suppressed,
                    "OK"));
        } catch (DomainException e) {
            audit.record(new ResearchAudit.Entry(
                    Instant.now(), user, "page", table, Map.of().toString(), null, 0, 0, "REFUSED " + e.code()));
            model.addAttribute("error", e.code());
        }
        return "reporting/research";
    }
}
