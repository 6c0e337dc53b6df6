package no.samarbeid.reporting.research;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform admin's side of research (role PLATFORM_ADMIN, by the security of {@code /api/platform/**}): record a
 * researcher's access, take a snapshot on request (audited), and read the audit log.
 */
@RestController
class PlatformResearchApi {

    private final ResearcherAccess access;
    private final Snapshots snapshots;
    private final ResearchAudit audit;

    PlatformResearchApi(ResearcherAccess access, Snapshots snapshots, ResearchAudit audit) {
        this.access = access;
        this.snapshots = snapshots;
        this.audit = audit;
    }

    /** A researcher's access to record. */
    record AccessRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+")
            String username,

            @NotBlank @Size(max = 200) String project,
            @NotBlank @Size(max = 2000) String purpose,
            @NotNull @Future LocalDate endsOn) {}

    /** Records (or replaces) a researcher's access with its project, purpose and end date. */
    @PostMapping(value = "/api/platform/research/access", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResearcherAccess.Grant record(@Valid @RequestBody AccessRequest request, Principal principal) {
        return access.record(
                request.username().strip(),
                request.project().strip(),
                request.purpose().strip(),
                request.endsOn(),
                principal.getName());
    }

    /** Every researcher's current access. */
    @GetMapping(value = "/api/platform/research/access", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ResearcherAccess.Grant> grants() {
        return access.all();
    }

    /** Takes a snapshot of every research table now; the request is audited. */
    @PostMapping(value = "/api/platform/research/snapshots", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Snapshot snapshot(Principal principal) throws IOException {
        Snapshot snapshot = snapshots.take("REQUESTED", principal.getName());
        audit.record(new ResearchAudit.Entry(
                Instant.now(), principal.getName(), "snapshot", null, Map.of().toString(), snapshot.id(), 0, 0, "OK"));
        return snapshot;
    }

    /** The latest 500 entries of the audit log. */
    @GetMapping(value = "/api/platform/research/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ResearchAudit.Entry> audit() {
        return audit.latest(500);
    }
}
