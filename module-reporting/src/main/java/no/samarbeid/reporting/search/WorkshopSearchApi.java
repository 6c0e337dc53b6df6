package no.samarbeid.reporting.search;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workshop search: national (coordinators only, by the security of {@code /api/national/**}) and within
 * the caller's municipality.
 */
@RestController
class WorkshopSearchApi {

    private final WorkshopSearch search;

    WorkshopSearchApi(WorkshopSearch search) {
        this.search = search;
    }

    @GetMapping("/api/national/workshops")
    List<WorkshopHit> national(@RequestParam(required = false) @Nullable String q) throws IOException {
        return search.national(SearchQuery.of(q));
    }

    @GetMapping("/api/workshops/search")
    List<WorkshopHit> ofMunicipality(@RequestParam(required = false) @Nullable String q) throws IOException {
        return search.ofTenant(SearchQuery.of(q));
    }
}
