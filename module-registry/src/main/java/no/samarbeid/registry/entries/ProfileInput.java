package no.samarbeid.registry.entries;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A profile as a client sends it (JSON or a form), before it is checked. Lists must be JSON arrays. */
public record ProfileInput(
        @Nullable String description,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> services,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> themes,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> targetGroups,

        @Nullable Boolean reachNational,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> reachCounties,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> reachMunicipalities,

        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String contactPhone,

        @JsonFormat(without = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable
        List<String> evidence) {}
