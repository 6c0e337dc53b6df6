package no.samarbeid.workshops.templates;

import java.util.List;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves template references into immutable {@link ResolvedTemplate}s: national editions for anyone, variants only
 * for their own municipality (the current tenant); anything else is not found (404, {@code template.not-found}).
 */
@Service
public class TemplateResolver {

    private final TemplateCatalog catalog;
    private final TemplateVariants variants;

    TemplateResolver(TemplateCatalog catalog, TemplateVariants variants) {
        this.catalog = catalog;
        this.variants = variants;
    }

    /**
     * Resolves a reference as text, e.g. {@code veier-til-samarbeid:2017} or {@code variant:<id>:<version>};
     * malformed text is invalid input (400, {@code template.reference}).
     */
    @Transactional(readOnly = true)
    public ResolvedTemplate resolve(String reference) {
        return resolve(TemplateReference.parse(reference));
    }

    /**
     * Resolves a reference; a variant without a version resolves to its latest version, and the result's
     * {@link ResolvedTemplate#reference()} names that version.
     */
    @Transactional(readOnly = true)
    public ResolvedTemplate resolve(TemplateReference reference) {
        if (reference instanceof TemplateReference.Edition edition) {
            return catalog.find(edition).map(Template::resolved).orElseThrow(() -> notFound(reference));
        }
        var variant = (TemplateReference.Variant) reference;
        TenantContext.require();
        Integer version = variant.version();
        return (version == null ? variants.findLatest(variant.id()) : variants.find(variant.id(), version))
                .map(this::resolve)
                .orElseThrow(() -> notFound(reference));
    }

    /** The national editions, resolved. */
    public List<ResolvedTemplate> nationalEditions() {
        return catalog.all().stream().map(Template::resolved).toList();
    }

    /**
     * The current municipality's variants at their latest versions, most recently saved first; each
     * {@link ResolvedTemplate#reference()} pins that version, ready for a new workshop to use.
     */
    @Transactional(readOnly = true)
    public List<ResolvedTemplate> municipalityVariants() {
        TenantContext.require();
        return variants.allLatest().stream().map(this::resolve).toList();
    }

    ResolvedTemplate resolve(StoredVariant variant) {
        Template base = catalog.find(variant.base())
                .orElseThrow(() ->
                        new IllegalStateException("Edition " + variant.base().value() + " is gone"));
        return variant.applyTo(base);
    }

    private static NotFoundException notFound(TemplateReference reference) {
        return new NotFoundException("template.not-found", reference.value());
    }
}
