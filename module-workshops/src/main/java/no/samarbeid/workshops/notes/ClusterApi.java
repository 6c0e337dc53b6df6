package no.samarbeid.workshops.notes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sorting at a table: clusters of revealed notes under headings. */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/clusters")
class ClusterApi {

    private final ClusterService clusters;

    ClusterApi(ClusterService clusters) {
        this.clusters = clusters;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ClusterView> gather(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody ClusterRequest request) {
        ClusterView cluster = clusters.gather(id, tableId, request.heading(), request.noteIds());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/clusters/" + cluster.id()))
                .body(cluster);
    }

    @GetMapping
    List<ClusterView> list(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam(required = false) @Nullable String sheetKey) {
        return clusters.list(id, tableId, sheetKey);
    }

    record ClusterRequest(
            @NotNull String heading,
            @NotEmpty @Size(max = NoteCluster.MAX_NOTES) List<@NotNull UUID> noteIds) {}
}
