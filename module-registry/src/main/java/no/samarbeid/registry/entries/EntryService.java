package no.samarbeid.registry.entries;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's face: proposing, verifying, editing and merging entries, each change saved with its history and
 * event in one transaction, and who may see what (verified entries for everyone, pending ones for the proposing
 * municipality and coordinators, rejected ones for coordinators).
 */
@Service
public class EntryService {

    private final Entries entries;
    private final EntrepreneurAccounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EntryService(Entries entries, EntrepreneurAccounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Proposes an entry (municipal admins and facilitators; coordinators enter it verified). */
    @Transactional
    public EntryView register(Registration registration, Actor actor) {
        if (!actor.coordinator() && !(actor.municipalStaff() && actor.scope() != null)) {
            throw new AccessRefusedException("access-denied");
        }
        OrganisationNumber number = registration.number();
        EntryData data = registration.data();
        Profile profile = registration.checkedProfile();
        if (entries.exists(number.value())) {
            throw new DuplicateEntryException(number.value());
        }
        String municipality = actor.scope() == null
                ? null
                : actor.scope().municipalityNumber().value();
        Entry entry = Entry.register(number, data, profile, actor, municipality, clock.instant());
        save(entry);
        return EntryView.of(entry);
    }

    /** The entry if the actor may see it (a merged one too, which redirects). */
    @Transactional(readOnly = true)
    public Optional<Entry> find(String organisationNumber, Actor actor) {
        if (!OrganisationNumber.isValid(organisationNumber)) {
            return Optional.empty();
        }
        return entries.find(organisationNumber).filter(entry -> visible(entry, actor));
    }

    /** The entry whatever its state, for the register's own read models. */
    @Transactional(readOnly = true)
    public Optional<Entry> load(String organisationNumber) {
        return entries.find(organisationNumber);
    }

    /** Whether the actor may see the entry. */
    public static boolean visible(Entry entry, Actor actor) {
        return switch (entry.status()) {
            case VERIFIED, MERGED -> true;
            case PENDING ->
                actor.coordinator() || (actor.tenant() != null && actor.tenant().equals(entry.proposedByTenant()));
            case REJECTED -> actor.coordinator();
        };
    }

    /** A new profile, by a coordinator or the entrepreneur linked to the entry. */
    @Transactional
    public EntryView changeProfile(String organisationNumber, ProfileInput input, Actor actor) {
        boolean own = actor.entrepreneur() && accounts.keeps(actor.name(), organisationNumber);
        if (!actor.coordinator() && !own) {
            throw new AccessRefusedException("access-denied");
        }
        Entry entry = existing(organisationNumber, actor);
        Profile profile = Profile.of("profile", input);
        entry.change(null, profile, actor, own ? "PROFILE_BY_ENTREPRENEUR" : "PROFILE", clock.instant());
        save(entry);
        return EntryView.of(entry);
    }

    /**
     * A coordinator corrects an entry's register data (name, organisation form, "ideelt AS", industry code, business
     * address municipality); the change is versioned and published like a profile change.
     */
    @Transactional
    public EntryView changeData(String organisationNumber, EntryDataInput input, Actor actor) {
        requireCoordinator(actor);
        EntryData data = input.checked();
        Entry entry = existing(organisationNumber, actor);
        entry.change(data, entry.profile(), actor, "DATA", clock.instant());
        save(entry);
        return EntryView.of(entry);
    }

    /**
     * Enhetsregisteret's data of a known entry (name, form, industry, address, bankruptcy flags); a merged entry or
     * data the register cannot take (an unknown form or municipality) keeps what it has. True when it changed.
     */
    @Transactional
    public boolean importRegisterData(
            String organisationNumber,
            String name,
            @org.jspecify.annotations.Nullable String form,
            @org.jspecify.annotations.Nullable String industryCode,
            @org.jspecify.annotations.Nullable String municipalityNumber,
            boolean bankrupt,
            boolean underLiquidation) {
        Entry entry = entries.find(organisationNumber).orElse(null);
        if (entry == null || entry.status() == EntryStatus.MERGED) {
            return false;
        }
        EntryData current = entry.data();
        EntryData fresh;
        try {
            fresh = EntryData.of(
                    name,
                    form != null && OrganisationForm.of(form).isPresent()
                            ? form
                            : current.organisationForm().name(),
                    false,
                    industryCode != null && industryCode.matches("\\d{2}\\.\\d{1,3}") ? industryCode : null,
                    municipalityNumber != null
                                    && OrganisationNumber.isValid(organisationNumber)
                                    && no.samarbeid.core.reference.Municipalities.current().all().stream()
                                            .anyMatch(m -> m.number().value().equals(municipalityNumber))
                            ? municipalityNumber
                            : current.municipalityNumber());
        } catch (no.samarbeid.core.web.InvalidInputException e) {
            return false;
        }
        entry.imported(fresh, bankrupt, underLiquidation, "enhetsregisteret", clock.instant());
        List<EntryChange> changes = entry.takeChanges();
        entries.save(entry, changes);
        entry.takeEvents().forEach(events::publishEvent);
        return !changes.isEmpty();
    }

    /** The organisation numbers in the register, for an import to tell known entries from candidates. */
    @Transactional(readOnly = true)
    public java.util.Set<String> organisationNumbers() {
        return entries.numbers();
    }

    /** A coordinator verifies or rejects an entry. */
    @Transactional
    public EntryView decide(String organisationNumber, boolean verify, Actor actor) {
        requireCoordinator(actor);
        Entry entry = existing(organisationNumber, actor);
        entry.decide(verify, actor, clock.instant());
        save(entry);
        return EntryView.of(entry);
    }

    /** A coordinator merges a duplicate into the entry that survives. */
    @Transactional
    public EntryView merge(String survivorNumber, String mergedNumber, Actor actor) {
        requireCoordinator(actor);
        if (!OrganisationNumber.isValid(survivorNumber)) {
            throw new no.samarbeid.core.web.InvalidFieldException(
                    "survivor", "registry.organisation-number", survivorNumber);
        }
        if (!OrganisationNumber.isValid(mergedNumber)) {
            throw new no.samarbeid.core.web.InvalidFieldException(
                    "merged", "registry.organisation-number", mergedNumber);
        }
        if (survivorNumber.equals(mergedNumber)) {
            throw new no.samarbeid.core.web.InvalidFieldException("merged", "registry.merge-into-itself", mergedNumber);
        }
        Entry survivor = existing(survivorNumber, actor);
        Entry merged = existing(mergedNumber, actor);
        merged.mergeInto(survivor, actor, clock.instant());
        save(merged);
        save(survivor);
        return EntryView.of(survivor);
    }

    @Transactional(readOnly = true)
    public List<EntryChange> history(String organisationNumber, Actor actor) {
        requireCoordinator(actor);
        existing(organisationNumber, actor);
        return entries.history(organisationNumber);
    }

    /** The verification queue: pending entries, oldest first. */
    @Transactional(readOnly = true)
    public List<EntryView> pending(Actor actor) {
        requireCoordinator(actor);
        return entries.withStatus(EntryStatus.PENDING, 200).stream()
                .map(EntryView::of)
                .toList();
    }

    /** The entries merged into this one (their mentions count for it). */
    @Transactional(readOnly = true)
    public List<String> mergedInto(String organisationNumber) {
        return entries.mergedInto(organisationNumber);
    }

    /** A page of all entries, for rebuilding read models. */
    @Transactional(readOnly = true)
    public List<Entry> page(String after, int size) {
        return entries.page(after, size);
    }

    private Entry existing(String organisationNumber, Actor actor) {
        return find(organisationNumber, actor).orElseThrow(() -> new NotFoundException("registry.not-found"));
    }

    private void save(Entry entry) {
        entries.save(entry, entry.takeChanges());
        entry.takeEvents().forEach(events::publishEvent);
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.coordinator()) {
            throw new AccessRefusedException("access-denied");
        }
    }
}
