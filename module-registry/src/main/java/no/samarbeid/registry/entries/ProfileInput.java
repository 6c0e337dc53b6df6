package no.samarbeid.registry.entries;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A profile as a client sends it (JSON or a form), before it is checked. */
public record ProfileInput(
        @Nullable String description,
        @Nullable List<String> services,
        @Nullable List<String> themes,
        @Nullable List<String> targetGroups,
        boolean reachNational,
        @Nullable List<String> reachCounties,
        @Nullable List<String> reachMunicipalities,
        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable List<String> evidence) {}
