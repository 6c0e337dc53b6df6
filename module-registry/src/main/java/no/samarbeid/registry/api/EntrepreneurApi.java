package no.samarbeid.registry.api;

import java.net.URI;
import java.util.List;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryChange;
import no.samarbeid.registry.entries.EntryDataInput;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryStatus;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.entries.ProfileInput;
import no.samarbeid.registry.entries.Registration;
import no.samarbeid.registry.mentions.MentionCounts;
import no.samarbeid.registry.search.EntrySearch;
import no.samarbeid.registry.search.SearchCriteria;
import no.samarbeid.registry.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register: search and entries are public (verified entries; pending ones for the proposing municipality and
 * coordinators), proposals come from municipal admins and facilitators, verification and merges from national
 * coordinators, profiles from coordinators and the entrepreneur linked to the entry. A merged entry answers
 * 301 to its survivor.
 */
@RestController
@RequestMapping("/api/registry")
class EntrepreneurApi {

    private final EntryService entries;
    private final EntrySearch search;
    private final MentionCounts counts;

    EntrepreneurApi(EntryService entries, EntrySearch search, MentionCounts counts) {
        this.entries = entries;
        this.search = search;
        this.counts = counts;
    }

    @GetMapping("/entrepreneurs")
    SearchResult search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable List<String> theme,
            @RequestParam(required = false) @Nullable List<String> form,
            @RequestParam(required = false) @Nullable String county,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String reach,
            @RequestParam(required = false) @Nullable String deliversIn,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (status != null && !status.equals("VERIFIED") && !status.equals("PENDING")) {
            throw new InvalidFieldException("status", "registry.status", status);
        }
        return search.search(
                new SearchCriteria(
                        q,
                        theme == null ? List.of() : theme,
                        form == null ? List.of() : form,
                        county,
                        municipality,
                        reach,
                        deliversIn,
                        "PENDING".equals(status),
                        page,
                        size),
                Actor.current());
    }

    /** The entry and, for coordinators (or publicly from three municipalities), who mentions it: counts only. */
    record EntryDetails(EntryView entry, MentionCounts.@Nullable Counts mentions) {}

    @GetMapping("/entrepreneurs/{organisationNumber}")
    ResponseEntity<EntryDetails> get(@PathVariable String organisationNumber) {
        Actor actor = Actor.current();
        Entry entry =
                entries.find(organisationNumber, actor).orElseThrow(() -> new NotFoundException("registry.not-found"));
        if (entry.status() == EntryStatus.MERGED && entry.mergedInto() != null) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/registry/entrepreneurs/" + entry.mergedInto()))
                    .build();
        }
        MentionCounts.Counts mentions = counts.of(entry.number().value());
        boolean shown = actor.coordinator() || mentions.municipalities() >= MentionCounts.PUBLIC_MINIMUM;
        return ResponseEntity.ok(new EntryDetails(EntryView.of(entry), shown ? mentions : null));
    }

    @GetMapping("/entrepreneurs/{organisationNumber}/history")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    List<EntryChange> history(@PathVariable String organisationNumber) {
        return entries.history(organisationNumber, Actor.current());
    }

    @PostMapping("/entrepreneurs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('MUNICIPAL_ADMIN', 'FACILITATOR', 'NATIONAL_COORDINATOR')")
    EntryView propose(@RequestBody Registration registration) {
        return entries.register(registration, Actor.current());
    }

    @PutMapping("/entrepreneurs/{organisationNumber}/profile")
    @PreAuthorize("hasAnyRole('NATIONAL_COORDINATOR', 'ENTREPRENEUR')")
    EntryView profile(@PathVariable String organisationNumber, @RequestBody ProfileInput profile) {
        return entries.changeProfile(organisationNumber, profile, Actor.current());
    }

    /** A coordinator corrects the entry's register data: name, organisation form, industry code, address. */
    @PutMapping("/entrepreneurs/{organisationNumber}/data")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    EntryView data(@PathVariable String organisationNumber, @RequestBody EntryDataInput data) {
        return entries.changeData(organisationNumber, data, Actor.current());
    }

    /** A coordinator's decision: {@code VERIFY} or {@code REJECT}. */
    record Verification(@Nullable String decision) {}

    @PostMapping("/entrepreneurs/{organisationNumber}/verification")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    EntryView verify(@PathVariable String organisationNumber, @RequestBody Verification verification) {
        String decision = verification.decision() == null ? "" : verification.decision();
        if (!decision.equals("VERIFY") && !decision.equals("REJECT")) {
            throw new InvalidFieldException("decision", "registry.decision", decision);
        }
        return entries.decide(organisationNumber, decision.equals("VERIFY"), Actor.current());
    }

    /** Merge {@code merged} (the duplicate) into {@code survivor}. */
    record Merge(@Nullable String survivor, @Nullable String merged) {}

    @PostMapping("/merges")
    @PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
    EntryView merge(@RequestBody Merge merge) {
        return entries.merge(
                merge.survivor() == null ? "" : merge.survivor(),
                merge.merged() == null ? "" : merge.merged(),
                Actor.current());
    }
}
