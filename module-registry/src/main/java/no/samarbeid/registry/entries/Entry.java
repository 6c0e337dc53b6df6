package no.samarbeid.registry.entries;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.events.EntrepreneurProfileChanged;
import no.samarbeid.registry.events.EntrepreneurRegistered;
import no.samarbeid.registry.events.EntrepreneurVerified;
import no.samarbeid.registry.events.EntrepreneursMerged;
import no.samarbeid.registry.events.RegistryEvent;
import org.jspecify.annotations.Nullable;

/**
 * An organisation in the register. Guards its states (pending, verified, rejected, merged: a merged entry only
 * redirects) and records every change as a new version with who, when and what, and the event it publishes.
 */
public final class Entry {

    private final OrganisationNumber number;
    private EntryData data;
    private Profile profile;
    private EntryStatus status;
    private @Nullable String mergedInto;
    private boolean bankrupt;
    private boolean underLiquidation;
    private final @Nullable UUID proposedByTenant;
    private final Instant createdAt;
    private Instant updatedAt;
    private int version;
    private final List<EntryChange> changes = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();

    Entry(
            OrganisationNumber number,
            EntryData data,
            Profile profile,
            EntryStatus status,
            @Nullable String mergedInto,
            boolean bankrupt,
            boolean underLiquidation,
            @Nullable UUID proposedByTenant,
            Instant createdAt,
            Instant updatedAt,
            int version) {
        this.number = number;
        this.data = data;
        this.profile = profile;
        this.status = status;
        this.mergedInto = mergedInto;
        this.bankrupt = bankrupt;
        this.underLiquidation = underLiquidation;
        this.proposedByTenant = proposedByTenant;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A new entry: pending, or verified at once when a national coordinator enters it. */
    static Entry register(
            OrganisationNumber number,
            EntryData data,
            Profile profile,
            Actor actor,
            @Nullable String proposedByMunicipality,
            Instant now) {
        EntryStatus status = actor.coordinator() ? EntryStatus.VERIFIED : EntryStatus.PENDING;
        var entry = new Entry(number, data, profile, status, null, false, false, actor.tenant(), now, now, 0);
        entry.record(actor.name(), "REGISTERED", List.of("organisationNumber"), now);
        entry.events.add(new EntrepreneurRegistered(
                UUID.randomUUID(),
                RegistryEvent.NATIONAL,
                number.value(),
                data.name(),
                data.organisationForm().name(),
                data.municipalityNumber(),
                status.name(),
                proposedByMunicipality,
                now));
        return entry;
    }

    /** A coordinator's decision on the entry: verified or rejected. */
    void decide(boolean verify, Actor actor, Instant now) {
        requireNotMerged();
        EntryStatus wanted = verify ? EntryStatus.VERIFIED : EntryStatus.REJECTED;
        if (status == wanted) {
            throw new ConflictException(
                    "registry.already-" + wanted.name().toLowerCase(java.util.Locale.ROOT), number.value());
        }
        status = wanted;
        record(actor.name(), wanted.name(), List.of("status"), now);
        events.add(new EntrepreneurVerified(
                UUID.randomUUID(), RegistryEvent.NATIONAL, number.value(), wanted.name(), now));
    }

    /** New profile (and, for coordinators or imports, register data); nothing happens when nothing differs. */
    void change(@Nullable EntryData newData, Profile newProfile, Actor actor, String kind, Instant now) {
        requireNotMerged();
        List<String> fields = new ArrayList<>();
        if (newData != null) {
            if (!newData.name().equals(data.name())) fields.add("name");
            if (newData.organisationForm() != data.organisationForm()) fields.add("organisationForm");
            if (newData.nonprofit() != data.nonprofit()) fields.add("nonprofit");
            if (!java.util.Objects.equals(newData.industryCode(), data.industryCode())) fields.add("industryCode");
            if (!newData.municipalityNumber().equals(data.municipalityNumber())) fields.add("municipalityNumber");
            data = newData;
        }
        fields.addAll(newProfile.differences(profile));
        profile = newProfile;
        publishChange(fields, actor.name(), kind, now);
    }

    /** What Enhetsregisteret says now: its name, form, industry and address, and its bankruptcy flags. */
    void imported(EntryData fresh, boolean bankrupt, boolean underLiquidation, String by, Instant now) {
        requireNotMerged();
        List<String> fields = new ArrayList<>();
        if (!fresh.name().equals(data.name())) fields.add("name");
        if (fresh.organisationForm() != data.organisationForm()) fields.add("organisationForm");
        if (!java.util.Objects.equals(fresh.industryCode(), data.industryCode())) fields.add("industryCode");
        if (!fresh.municipalityNumber().equals(data.municipalityNumber())) fields.add("municipalityNumber");
        boolean nonprofit = data.nonprofit() && fresh.organisationForm() == OrganisationForm.AS;
        data = new EntryData(
                fresh.name(), fresh.organisationForm(), nonprofit, fresh.industryCode(), fresh.municipalityNumber());
        if (bankrupt != this.bankrupt) fields.add("bankrupt");
        if (underLiquidation != this.underLiquidation) fields.add("underLiquidation");
        this.bankrupt = bankrupt;
        this.underLiquidation = underLiquidation;
        publishChange(fields, by, "IMPORTED", now);
    }

    /** Merges this duplicate into {@code survivor}: it keeps its history and redirects from now on. */
    void mergeInto(Entry survivor, Actor actor, Instant now) {
        if (survivor.number.equals(number)) {
            throw new InvalidFieldException("merged", "registry.merge-into-itself", number.value());
        }
        requireNotMerged();
        survivor.requireNotMerged();
        status = EntryStatus.MERGED;
        mergedInto = survivor.number.value();
        record(actor.name(), "MERGED", List.of("status", "mergedInto"), now);
        survivor.record(actor.name(), "ABSORBED", List.of("mergedFrom:" + number.value()), now);
        survivor.events.add(new EntrepreneursMerged(
                UUID.randomUUID(), RegistryEvent.NATIONAL, survivor.number.value(), number.value(), now));
    }

    private void publishChange(List<String> fields, String by, String kind, Instant now) {
        if (fields.isEmpty()) {
            return;
        }
        record(by, kind, fields, now);
        events.add(new EntrepreneurProfileChanged(
                UUID.randomUUID(), RegistryEvent.NATIONAL, number.value(), version, List.copyOf(fields), now));
    }

    private void requireNotMerged() {
        if (status == EntryStatus.MERGED) {
            throw new ConflictException("registry.merged", number.value(), String.valueOf(mergedInto));
        }
    }

    private void record(String by, String kind, List<String> fields, Instant now) {
        version++;
        updatedAt = now;
        changes.add(new EntryChange(number.value(), version, now, by, kind, List.copyOf(fields)));
    }

    List<EntryChange> takeChanges() {
        List<EntryChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public OrganisationNumber number() {
        return number;
    }

    public EntryData data() {
        return data;
    }

    public Profile profile() {
        return profile;
    }

    public EntryStatus status() {
        return status;
    }

    public @Nullable String mergedInto() {
        return mergedInto;
    }

    public boolean bankrupt() {
        return bankrupt;
    }

    public boolean underLiquidation() {
        return underLiquidation;
    }

    public @Nullable UUID proposedByTenant() {
        return proposedByTenant;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
