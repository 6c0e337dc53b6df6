package no.samarbeid.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeid.core.reference.CountyNumber;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.registry.search.SearchResult;
import org.springframework.context.MessageSource;

/** The labels of facet values in the page's language: themes, organisation forms, counties and reach. */
final class Facets {

    private final MessageSource messages;
    private final Locale locale;

    Facets(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    List<FacetOption> options(SearchResult result, String facet, List<String> chosen) {
        List<FacetOption> options = new ArrayList<>();
        for (SearchResult.Bucket bucket : result.facets().getOrDefault(facet, List.of())) {
            options.add(new FacetOption(
                    bucket.key(), label(facet, bucket.key()), bucket.count(), chosen.contains(bucket.key())));
        }
        return options;
    }

    String label(String facet, String key) {
        return switch (facet) {
            case "themes" -> messages.getMessage("theme." + key, null, key, locale);
            case "organisationForm" -> messages.getMessage("registry.form." + key, null, key, locale);
            case "reach" -> messages.getMessage("registry.reach." + key, null, key, locale);
            case "countyNumber" -> county(key);
            case "municipalityNumber" -> municipality(key);
            default -> key;
        };
    }

    static String county(String number) {
        return Municipalities.current().counties().stream()
                .filter(county -> county.number().equals(new CountyNumber(number)))
                .map(county -> county.name())
                .findFirst()
                .orElse(number);
    }

    static String municipality(String number) {
        return Municipalities.current()
                .find(new MunicipalityNumber(number))
                .map(m -> m.name())
                .orElse(number);
    }

    /** A hit with its labels: form, municipality and reach as one line, and its themes. */
    HitView hit(SearchResult.Hit hit) {
        String meta = String.join(
                " · ",
                label("organisationForm", hit.organisationForm()),
                municipality(hit.municipalityNumber()),
                label("reach", hit.reach()));
        return new HitView(
                hit.organisationNumber(),
                hit.name(),
                meta,
                hit.description(),
                hit.themes().stream().map(theme -> label("themes", theme)).toList());
    }

    static Map<String, String> municipalities() {
        var names = new java.util.TreeMap<String, String>();
        Municipalities.current().all().forEach(m -> names.put(m.number().value(), m.name()));
        return names;
    }
}
