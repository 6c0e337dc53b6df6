package no.samarbeid.workshops.facilitation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.TemplateResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a facilitator can create a workshop from: the national editions, newest first, and the latest
 * version of each of the municipality's variants.
 */
@Component
class TemplateChoices {

    private final TemplateResolver resolver;

    TemplateChoices(TemplateResolver resolver) {
        this.resolver = resolver;
    }

    @Transactional(readOnly = true)
    Choices all() {
        List<ResolvedTemplate> editions = resolver.nationalEditions().stream()
                .sorted(Comparator.comparing(ResolvedTemplate::reference).reversed())
                .toList();
        return new Choices(editions, resolver.municipalityVariants());
    }

    /** The editions and the variants; the first edition is the default. */
    record Choices(List<ResolvedTemplate> editions, List<ResolvedTemplate> variants) {

        /** An edition as its title and version, e.g. "Veier til samarbeid 2017". */
        public String editionName(ResolvedTemplate template, Locale locale) {
            String reference = template.edition();
            return template.title().in(locale) + " " + reference.substring(reference.indexOf(':') + 1);
        }
    }
}
