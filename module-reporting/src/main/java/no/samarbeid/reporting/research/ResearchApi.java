package no.samarbeid.reporting.research;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import no.samarbeid.core.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The researcher's API (role RESEARCHER, by the security of {@code /api/research/**}; no tenant): the codebook, the
 * snapshots, and a table of a snapshot as JSON or CSV, where filters only select precomputed cells. Every request,
 * also a refused one, is written to the audit log; access ends on the recorded end date.
 */
@RestController
class ResearchApi {

    private final ResearcherAccess access;
    private final ResearchAudit audit;
    private final Snapshots snapshots;

    ResearchApi(ResearcherAccess access, ResearchAudit audit, Snapshots snapshots) {
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
    }

    /** The codebook: its version, dimensions and tables. */
    @GetMapping(value = "/api/research/codebook", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> codebook(Principal principal) {
        return audited(
                principal,
                "codebook",
                null,
                Map.of(),
                () -> new Result<>(
                        Map.of(
                                "version", Codebook.VERSION,
                                "dimensions", Codebook.DIMENSIONS.values(),
                                "tables", Codebook.TABLES),
                        null,
                        0,
                        0));
    }

    /** The snapshots, newest first, with the thresholds each was taken with. */
    @GetMapping(value = "/api/research/snapshots", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Snapshot> snapshots(Principal principal) {
        return audited(principal, "snapshots", null, Map.of(), () -> new Result<>(snapshots.all(), null, 0, 0));
    }

    /** A table of a snapshot (the latest unless {@code snapshot} is given), filtered by its dimensions. */
    @GetMapping(
            value = "/api/research/tables/{table}",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ResponseEntity<?> table(@PathVariable String table, HttpServletRequest request, Principal principal) {
        Map<String, String> filters = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> filters.put(name, String.join(",", values)));
        return audited(principal, "table", table, filters, () -> {
            ResearchTable definition =
                    Codebook.table(table).orElseThrow(() -> new NotFoundException("research-table", table));
            TableQuery query = TableQuery.of(definition, filters);
            Snapshot snapshot = (query.snapshot() == null ? snapshots.latest() : snapshots.find(query.snapshot()))
                    .orElseThrow(() -> new NotFoundException("research-snapshot"));
            List<PublishedCell> cells = new ArrayList<>(snapshots.cells(snapshot.id(), table).stream()
                    .filter(query::selects)
                    .toList());
            int suppressed =
                    (int) cells.stream().filter(PublishedCell::suppressed).count();
            boolean csv =
                    query.csv() || String.valueOf(request.getHeader("Accept")).startsWith("text/csv");
            ResponseEntity<?> body = csv
                    ? ResponseEntity.ok()
                            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                            .body(ResearchCsv.of(definition, cells).getBytes(StandardCharsets.UTF_8))
                    : ResponseEntity.ok()
                            .contentType(MediaType.APPLICATION_JSON)
                            .body(new TableResult(definition, snapshot, cells));
            return new Result<>(body, snapshot.id(), cells.size(), suppressed);
        });
    }

    /** A table as JSON: what it is, the snapshot and its thresholds, and the cells. */
    record TableResult(ResearchTable table, Snapshot snapshot, List<PublishedCell> cells) {}

    private record Result<T>(T body, @Nullable UUID snapshot, int cells, int suppressed) {}

    private <T> T audited(
            Principal principal,
            String request,
            @Nullable String table,
            Map<String, String> filters,
            Supplier<Result<T>> work) {
        String user = principal.getName();
        try {
            access.require(user);
            Result<T> result = work.get();
            audit.record(new ResearchAudit.Entry(
                    Instant.now(),
                    user,
                    request,
                    table,
                    filters.toString(),
                    result.snapshot(),
                    result.cells(),
                    result.suppressed(),
                    "OK"));
            return result.body();
        } catch (RuntimeException e) {
            audit.record(new ResearchAudit.Entry(
                    Instant.now(), user, request, table, filters.toString(), null, 0, 0, "REFUSED " + e.getMessage()));
            throw e;
        }
    }
}
