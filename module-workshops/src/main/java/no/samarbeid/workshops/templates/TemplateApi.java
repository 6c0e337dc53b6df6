package no.samarbeid.workshops.templates;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of templates: any user of a municipality reads the national editions and the municipality's variants
 * (resolved content in all three languages); only its admins make and version variants.
 */
@RestController
@RequestMapping("/api/templates")
public class TemplateApi {

    static final String READERS = "hasAnyRole('MUNICIPAL_ADMIN', 'FACILITATOR', 'PARTICIPANT')";
    public static final String ADMINS = "hasRole('MUNICIPAL_ADMIN')";

    private final TemplateResolver resolver;
    private final TemplateVariantService variants;

    TemplateApi(TemplateResolver resolver, TemplateVariantService variants) {
        this.resolver = resolver;
        this.variants = variants;
    }

    @GetMapping
    @PreAuthorize(READERS)
    TemplateSummaries all() {
        return variants.all();
    }

    @GetMapping("/{reference}")
    @PreAuthorize(READERS)
    ResolvedTemplate get(@PathVariable String reference) {
        return resolver.resolve(reference);
    }

    @PostMapping("/variants")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ADMINS)
    ResponseEntity<TemplateSummaries.Variant> create(@RequestBody VariantRequest request) {
        TemplateSummaries.Variant variant = variants.create(request);
        return ResponseEntity.created(URI.create("/api/templates/" + variant.reference()))
                .body(variant);
    }

    @PutMapping("/variants/{id}")
    @PreAuthorize(ADMINS)
    TemplateSummaries.Variant update(@PathVariable UUID id, @RequestBody VariantRequest request) {
        return variants.update(id, request);
    }

    @GetMapping("/variants/{id}")
    @PreAuthorize(READERS)
    VariantDefinition definition(@PathVariable UUID id) {
        return variants.definition(id);
    }
}
