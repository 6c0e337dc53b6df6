package no.samarbeid.registry.mentions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.Entry;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryStatus;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.entries.OrganisationNumber;
import no.samarbeid.registry.entries.ProfileInput;
import no.samarbeid.registry.entries.Registration;
import no.samarbeid.registry.events.MentionLinked;
import no.samarbeid.registry.search.EntrySearch;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A municipality's mentions: listed with match suggestions, and linked to an entry or a suggestion rejected. */
@Service
public class MentionService {

    private static final int SUGGESTIONS = 5;

    private final Mentions mentions;
    private final EntryService entries;
    private final EntrySearch search;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MentionService(
            Mentions mentions,
            EntryService entries,
            EntrySearch search,
            ApplicationEventPublisher events,
            Clock clock) {
        this.mentions = mentions;
        this.entries = entries;
        this.search = search;
        this.events = events;
        this.clock = clock;
    }

    /** The current tenant's mentions with suggestions. */
    @Transactional(readOnly = true)
    public List<MentionView> list() {
        TenantContext.require();
        Actor actor = Actor.current();
        return mentions.current().stream().map(mention -> view(mention, actor)).toList();
    }

    @Transactional(readOnly = true)
    public MentionView get(UUID id) {
        TenantContext.require();
        return view(
                mentions.find(id).orElseThrow(() -> new NotFoundException("registry.mention-not-found")),
                Actor.current());
    }

    /** Confirms ({@code confirm}) or rejects the link of a mention to an entry. */
    @Transactional
    public MentionView link(UUID id, String organisationNumber, boolean confirm) {
        TenantScope scope = TenantContext.require();
        Actor actor = Actor.current();
        if (!actor.municipalStaff()) {
            throw new no.samarbeid.core.web.AccessRefusedException("access-denied");
        }
        Mention mention = mentions.find(id).orElseThrow(() -> new NotFoundException("registry.mention-not-found"));
        if (!OrganisationNumber.isValid(organisationNumber)) {
            throw new InvalidFieldException("organisationNumber", "registry.organisation-number", organisationNumber);
        }
        Entry entry = entries.find(organisationNumber, actor)
                .filter(found -> found.status() != EntryStatus.REJECTED)
                .orElseThrow(() ->
                        new InvalidFieldException("organisationNumber", "registry.unknown-entry", organisationNumber));
        String target =
                entry.mergedInto() != null ? entry.mergedInto() : entry.number().value();
        if (confirm) {
            mentions.link(id, target);
            mentions.tally(
                    id,
                    scope.id().value(),
                    mention.workshopId(),
                    scope.municipalityNumber().value(),
                    target);
        } else {
            mentions.reject(id, target);
            if (target.equals(mention.linkedTo())) {
                mentions.untally(id);
            }
        }
        events.publishEvent(new MentionLinked(
                UUID.randomUUID(),
                scope.id().value(),
                id,
                mention.workshopId(),
                target,
                confirm ? "CONFIRMED" : "REJECTED",
                clock.instant()));
        return get(id);
    }

    /**
     * A proposal of a new entry prefilled from the mention: its name, organisation number (if the table picked one)
     * and what it delivers; the municipality's own number as address and the mention's zone as reach.
     */
    @Transactional(readOnly = true)
    public Registration draft(UUID id) {
        TenantScope scope = TenantContext.require();
        Mention mention = mentions.find(id).orElseThrow(() -> new NotFoundException("registry.mention-not-found"));
        String municipality = scope.municipalityNumber().value();
        String zone = mention.zone();
        return new Registration(
                mention.organisationNumber(),
                mention.name(),
                "AS",
                false,
                null,
                municipality,
                new ProfileInput(
                        null,
                        mention.delivers().isBlank() ? List.of() : List.of(mention.delivers()),
                        List.of(),
                        List.of(),
                        zone.equals("NATIONAL"),
                        zone.equals("REGION") ? List.of(municipality.substring(0, 2)) : List.of(),
                        zone.equals("MUNICIPALITY") ? List.of(municipality) : List.of(),
                        null,
                        null,
                        null,
                        List.of()));
    }

    /** Proposes a new entry (pending) from a mention and links the mention to it, both or neither. */
    @Transactional
    public EntryView propose(UUID id, Registration registration) {
        TenantContext.require();
        Actor actor = Actor.current();
        if (!actor.municipalStaff()) {
            throw new no.samarbeid.core.web.AccessRefusedException("access-denied");
        }
        mentions.find(id).orElseThrow(() -> new NotFoundException("registry.mention-not-found"));
        EntryView entry = entries.register(registration, actor);
        link(id, entry.organisationNumber(), true);
        return entry;
    }

    private MentionView view(Mention mention, Actor actor) {
        List<MentionView.Suggestion> suggestions = new ArrayList<>();
        if (mention.organisationNumber() != null) {
            entries.find(mention.organisationNumber(), actor)
                    .filter(entry -> entry.status() == EntryStatus.VERIFIED || entry.status() == EntryStatus.PENDING)
                    .ifPresent(entry -> suggestions.add(new MentionView.Suggestion(
                            entry.number().value(),
                            entry.data().name(),
                            entry.data().municipalityNumber(),
                            "EXACT")));
        }
        if (suggestions.isEmpty() && mention.linkedTo() == null) {
            search.similarNames(mention.name(), SUGGESTIONS + mention.rejected().size()).stream()
                    .filter(hit -> !mention.rejected().contains(hit.organisationNumber()))
                    .limit(SUGGESTIONS)
                    .forEach(hit -> suggestions.add(new MentionView.Suggestion(
                            hit.organisationNumber(), hit.name(), hit.municipalityNumber(), "NAME")));
        }
        return new MentionView(
                mention.partnerId(),
                mention.workshopId(),
                mention.name(),
                mention.delivers(),
                mention.zone(),
                mention.organisationNumber(),
                mention.occurredAt(),
                mention.linkedTo(),
                suggestions);
    }
}
