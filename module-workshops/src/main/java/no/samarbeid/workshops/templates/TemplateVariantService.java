package no.samarbeid.workshops.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and versions the current municipality's template variants. Every save is checked in full before it writes
 * and becomes a new immutable version; earlier versions keep resolving as they were.
 */
@Service
public class TemplateVariantService {

    private final TemplateCatalog catalog;
    private final TemplateVariants variants;
    private final TemplateResolver resolver;
    private final Clock clock;

    TemplateVariantService(TemplateCatalog catalog, TemplateVariants variants, TemplateResolver resolver, Clock clock) {
        this.catalog = catalog;
        this.variants = variants;
        this.resolver = resolver;
        this.clock = clock;
    }

    @Transactional
    public TemplateSummaries.Variant create(VariantRequest request) {
        TenantScope tenant = TenantContext.require();
        Template base = base(request.base());
        String name = VariantRules.name(request.name());
        VariantChanges changes = VariantRules.check(base, request.sheets());
        var variant = new StoredVariant(UUID.randomUUID(), 1, name, base.reference(), changes, clock.instant());
        variants.add(tenant, variant);
        return TemplateSummaries.Variant.of(variant, variant.applyTo(base));
    }

    @Transactional
    public TemplateSummaries.Variant update(UUID id, VariantRequest request) {
        TenantScope tenant = TenantContext.require();
        StoredVariant previous = variants.findLatest(id).orElseThrow(() -> notFound(id));
        Template base = request.base() == null ? base(previous.base().value()) : base(request.base());
        String name = request.name() == null ? previous.name() : VariantRules.name(request.name());
        VariantChanges changes = VariantRules.check(base, request.sheets());
        Instant now = clock.instant();
        int version = variants.nextVersion(id, now).orElseThrow(() -> notFound(id));
        var variant = new StoredVariant(id, version, name, base.reference(), changes, now);
        variants.addVersion(tenant, variant);
        return TemplateSummaries.Variant.of(variant, variant.applyTo(base));
    }

    @Transactional(readOnly = true)
    public TemplateSummaries all() {
        TenantContext.require();
        return new TemplateSummaries(
                catalog.all().stream().map(TemplateSummaries.Edition::of).toList(),
                variants.allLatest().stream()
                        .map(variant -> TemplateSummaries.Variant.of(variant, resolver.resolve(variant)))
                        .toList());
    }

    @Transactional(readOnly = true)
    public VariantDefinition definition(UUID id) {
        TenantContext.require();
        return variants.findLatest(id).map(VariantDefinition::of).orElseThrow(() -> notFound(id));
    }

    /** Every version of the variant, newest first. */
    @Transactional(readOnly = true)
    public List<TemplateSummaries.Variant> versions(UUID id) {
        TenantContext.require();
        List<StoredVariant> versions = variants.versions(id);
        if (versions.isEmpty()) {
            throw notFound(id);
        }
        return versions.stream()
                .map(variant -> TemplateSummaries.Variant.of(variant, resolver.resolve(variant)))
                .toList();
    }

    private Template base(@Nullable String reference) {
        String text = reference == null ? "" : reference;
        TemplateReference parsed;
        try {
            parsed = TemplateReference.parse(text);
        } catch (InvalidInputException malformed) {
            throw new InvalidInputException("template.variant.base-unknown", text);
        }
        return (parsed instanceof TemplateReference.Edition edition
                        ? catalog.find(edition)
                        : Optional.<Template>empty())
                .orElseThrow(() -> new InvalidInputException("template.variant.base-unknown", text));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("template.variant.not-found", id);
    }
}
