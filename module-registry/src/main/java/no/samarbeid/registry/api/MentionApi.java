package no.samarbeid.registry.api;

import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.entries.Registration;
import no.samarbeid.registry.mentions.MentionService;
import no.samarbeid.registry.mentions.MentionView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's municipality's mentions from workshops, with suggestions, their links to entries and new entries
 * proposed from them.
 */
@RestController
@RequestMapping("/api/registry/mentions")
@PreAuthorize("hasAnyRole('MUNICIPAL_ADMIN', 'FACILITATOR')")
class MentionApi {

    private final MentionService mentions;

    MentionApi(MentionService mentions) {
        this.mentions = mentions;
    }

    @GetMapping
    List<MentionView> all() {
        return mentions.list();
    }

    /** Proposes a new entry (pending) from the mention and links the mention to it. */
    @PostMapping("/{id}/proposal")
    @ResponseStatus(HttpStatus.CREATED)
    EntryView propose(@PathVariable UUID id, @RequestBody Registration registration) {
        return mentions.propose(id, registration);
    }

    /** {@code decision} is {@code CONFIRM} (the mention is this entry) or {@code REJECT} (it is not). */
    record Link(
            @Nullable String organisationNumber, @Nullable String decision) {}

    @PostMapping("/{id}/link")
    MentionView link(@PathVariable UUID id, @RequestBody Link link) {
        String decision = link.decision() == null ? "" : link.decision();
        if (!decision.equals("CONFIRM") && !decision.equals("REJECT")) {
            throw new InvalidFieldException("decision", "registry.decision", decision);
        }
        return mentions.link(
                id, link.organisationNumber() == null ? "" : link.organisationNumber(), decision.equals("CONFIRM"));
    }
}
