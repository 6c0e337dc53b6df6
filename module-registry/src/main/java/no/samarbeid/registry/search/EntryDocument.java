package no.samarbeid.registry.search;

import java.util.List;
import java.util.Locale;
import no.samarbeid.registry.entries.Entry;
import org.jspecify.annotations.Nullable;

/** An entry in the search index. {@code reach} is NATIONAL, REGIONAL (counties) or LOCAL (municipalities only). */
record EntryDocument(
        String organisationNumber,
        String name,
        String nameLower,
        String description,
        List<String> services,
        List<String> themes,
        String organisationForm,
        boolean nonprofit,
        String municipalityNumber,
        String countyNumber,
        String reach,
        boolean reachNational,
        List<String> reachCounties,
        List<String> reachMunicipalities,
        String status,
        @Nullable String proposedByTenant,
        int version,
        String updatedAt) {

    static EntryDocument of(Entry entry) {
        var profile = entry.profile();
        var reach = profile.reach();
        String kind = reach.national() ? "NATIONAL" : reach.counties().isEmpty() ? "LOCAL" : "REGIONAL";
        return new EntryDocument(
                entry.number().value(),
                entry.data().name(),
                entry.data().name().toLowerCase(Locale.ROOT),
                profile.description(),
                profile.services(),
                profile.themes(),
                entry.data().organisationForm().name(),
                entry.data().nonprofit(),
                entry.data().municipalityNumber(),
                entry.data().municipalityNumber().substring(0, 2),
                kind,
                reach.national(),
                reach.counties(),
                reach.municipalities(),
                entry.status().name(),
                entry.proposedByTenant() == null
                        ? null
                        : entry.proposedByTenant().toString(),
                entry.version(),
                entry.updatedAt().toString());
    }
}
