package no.samarbeid.reporting.search;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Content search: national over shared content (NATIONAL_COORDINATOR only, by the security of
 * {@code /api/national/**}), with a CSV export of the hits, and within the caller's municipality.
 */
@RestController
class ContentSearchApi {

    private final ContentSearch search;

    ContentSearchApi(ContentSearch search) {
        this.search = search;
    }

    /** Searches shared content nationally: {@code q}, facets, {@code page} and {@code size}. */
    @GetMapping(value = "/api/national/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult national(HttpServletRequest request) throws IOException {
        return search.national(ContentQuery.of(request.getParameterMap()));
    }

    /** The national hits of a search as CSV (up to 10 000 rows, formula-safe). */
    @GetMapping(value = "/api/national/search/export", produces = "text/csv")
    ResponseEntity<byte[]> export(HttpServletRequest request) throws IOException {
        List<ContentHit> hits = search.nationalExport(ContentQuery.of(request.getParameterMap()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samarbeid-sok.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(SearchCsv.of(hits).getBytes(StandardCharsets.UTF_8));
    }

    /** Searches the caller's municipality's own content, shared or not. */
    @GetMapping(value = "/api/search", produces = MediaType.APPLICATION_JSON_VALUE)
    SearchResult ofMunicipality(HttpServletRequest request) throws IOException {
        return search.ofTenant(ContentQuery.of(request.getParameterMap()));
    }
}
