package no.samarbeid.workshops.workshop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.TemplateReference;
import no.samarbeid.workshops.templates.TemplateResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Names the template each workshop runs, for the admin's list: the national edition, or the variant and version. */
@Component
public class WorkshopTemplateNames {

    private final TemplateResolver resolver;

    WorkshopTemplateNames(TemplateResolver resolver) {
        this.resolver = resolver;
    }

    /** The name of each workshop's template, by template reference. */
    public Map<String, TemplateName> of(List<WorkshopView> workshops) {
        Map<String, TemplateName> names = new HashMap<>();
        workshops.forEach(workshop -> names.computeIfAbsent(workshop.templateReference(), this::name));
        return names;
    }

    private TemplateName name(String reference) {
        try {
            ResolvedTemplate template = resolver.resolve(reference);
            String edition = TemplateReference.parse(template.edition()) instanceof TemplateReference.Edition e
                    ? e.version()
                    : template.edition();
            Integer version = TemplateReference.parse(template.reference()) instanceof TemplateReference.Variant v
                    ? v.version()
                    : null;
            return new TemplateName(template.title(), edition, template.variantName(), version);
        } catch (DomainException gone) {
            return new TemplateName(null, reference, null, null);
        }
    }

    /** A template's name: the edition's title and version, and for a variant its name and version. */
    record TemplateName(
            @Nullable LocalizedText title,
            String edition,
            @Nullable String variant,
            @Nullable Integer version) {}
}
