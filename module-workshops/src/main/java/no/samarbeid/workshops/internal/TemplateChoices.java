package no.samarbeid.workshops.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.TemplateResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a facilitator can create a workshop from: the national editions, newest first, and the latest
 * version of the municipality's 50 most recently saved variants (row-level security shows only its own), resolved
 * by the {@link TemplateResolver}. The variants' ids are read from the templates' table in this module until the
 * templates package offers a public listing.
 */
@Component
class TemplateChoices {

    private final TemplateResolver resolver;
    private final JdbcClient jdbc;

    TemplateChoices(TemplateResolver resolver, JdbcClient jdbc) {
        this.resolver = resolver;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Choices all() {
        List<ResolvedTemplate> editions = resolver.nationalEditions().stream()
                .sorted(Comparator.comparing(ResolvedTemplate::reference).reversed())
                .toList();
        List<ResolvedTemplate> variants = jdbc
                .sql("select id, latest_version from workshops.template_variant order by updated_at desc, id limit 50")
                .query((row, number) -> "variant:" + row.getObject("id") + ":" + row.getInt("latest_version"))
                .list()
                .stream()
                .map(resolver::resolve)
                .toList();
        return new Choices(editions, variants);
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
