package no.samarbeid.reporting.indexing;

import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's command to rebuild reporting's read models into new index versions (role PLATFORM_ADMIN, by the
 * security of {@code /api/platform/**}); {@code ./samarbeid rebuild-read-models} calls it.
 */
@RestController
class RebuildApi {

    private final Rebuild rebuild;

    RebuildApi(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** Rebuilds every read model and switches the aliases; answers what moved where. */
    @PostMapping(value = "/api/platform/reporting/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Rebuild.Outcome> rebuild() throws IOException {
        return rebuild.rebuild();
    }
}
