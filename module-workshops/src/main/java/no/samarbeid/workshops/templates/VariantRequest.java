package no.samarbeid.workshops.templates;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's variant as the admin sends it: a name, the national edition it is based on (e.g.
 * {@code veier-til-samarbeid:2017}) and the sheets it keeps, in order, with their changes. On a new version, a name
 * or base left out stays as it was; the sheets are always given in full.
 */
public record VariantRequest(
        @Nullable String name,
        @Nullable String base,
        @Nullable List<SheetChange> sheets) {}
