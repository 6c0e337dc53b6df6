package no.samarbeid.security;

import static no.samarbeid.security.ApiEndpoints.Kind.GUEST_ENTRY;
import static no.samarbeid.security.ApiEndpoints.Kind.NATIONAL;
import static no.samarbeid.security.ApiEndpoints.Kind.PLATFORM;
import static no.samarbeid.security.ApiEndpoints.Kind.REGISTRY;
import static no.samarbeid.security.ApiEndpoints.Kind.RESEARCH;
import static no.samarbeid.security.ApiEndpoints.Kind.TENANT;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed classification of every endpoint under {@code /api/}: who may reach it. A new endpoint fails
 * {@link EndpointCatalogTests} until it is added here, and from then on the tenancy and bad-input tests call it.
 * Review an addition: a TENANT endpoint must only ever show and change the caller's own municipality.
 */
final class ApiEndpoints {

    /** Who an endpoint is for; decided by its path prefix in {@code SecurityConfiguration}. */
    enum Kind {
        /** {@code /api/national/**}: national coordinators only, no tenant. */
        NATIONAL("/api/national/"),
        /** {@code /api/platform/**}: platform operators, no tenant. */
        PLATFORM("/api/platform/"),
        /** {@code /api/research/**}: researchers only, no tenant; anonymised aggregates. */
        RESEARCH("/api/research/"),
        /** {@code /api/guest/**}: open to anyone, e.g. joining with a code. */
        GUEST_ENTRY("/api/guest/"),
        /**
         * {@code /api/registry/**} but its mentions: the national register, no tenant; its searches and entries are
         * public ({@link #PUBLIC}), the rest checks roles (coordinators, proposing municipal staff, entrepreneurs).
         */
        REGISTRY("/api/registry/"),
        /** Everything else under {@code /api/}: one municipality's users and guests, in its tenant. */
        TENANT("/api/");

        final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        /** The kind the security configuration gives a path. */
        static Kind ofPath(String pattern) {
            if (pattern.startsWith("/api/registry/mentions")) {
                return TENANT;
            }
            for (Kind kind : values()) {
                if (pattern.startsWith(kind.prefix)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("Not an API path: " + pattern);
        }
    }

    /** Endpoints anyone may call without a token (public reads of the register). */
    static final Set<Endpoint> PUBLIC = Set.of(
            Endpoint.of("GET /api/registry/entrepreneurs"),
            Endpoint.of("GET /api/registry/entrepreneurs/{organisationNumber}"));

    /** Register endpoints for national coordinators only. */
    static final Set<Endpoint> COORDINATOR_ONLY = Set.of(
            Endpoint.of("GET /api/registry/entrepreneurs/{organisationNumber}/history"),
            Endpoint.of("POST /api/registry/entrepreneurs/{organisationNumber}/verification"),
            Endpoint.of("POST /api/registry/merges"),
            Endpoint.of("POST /api/registry/imports"),
            Endpoint.of("POST /api/registry/imports/entries"),
            Endpoint.of("POST /api/registry/entrepreneurs/{organisationNumber}/accounts"),
            Endpoint.of("PUT /api/registry/entrepreneurs/{organisationNumber}/data"),
            Endpoint.of("GET /api/registry/link-requests"),
            Endpoint.of("POST /api/registry/link-requests/{id}/decision"));

    /** Register endpoints for a user who registered in the realm (no municipality): asking to keep an entry. */
    static final Set<Endpoint> REGISTERED_USER = Set.of(
            Endpoint.of("POST /api/registry/link-requests"), Endpoint.of("GET /api/registry/link-requests/mine"));

    static final Map<Endpoint, Kind> TABLE = table(
            // platform-core: tenancy
            PLATFORM, "GET /api/platform/municipalities",
            PLATFORM, "POST /api/platform/municipalities",
            TENANT, "GET /api/municipality",
            TENANT, "PUT /api/municipality/sharing",
            // module-registry
            REGISTRY, "GET /api/registry/entrepreneurs",
            REGISTRY, "GET /api/registry/entrepreneurs/{organisationNumber}",
            REGISTRY, "GET /api/registry/entrepreneurs/{organisationNumber}/history",
            REGISTRY, "POST /api/registry/entrepreneurs",
            REGISTRY, "PUT /api/registry/entrepreneurs/{organisationNumber}/profile",
            REGISTRY, "POST /api/registry/entrepreneurs/{organisationNumber}/verification",
            REGISTRY, "POST /api/registry/merges",
            REGISTRY, "POST /api/registry/imports",
            REGISTRY, "POST /api/registry/imports/entries",
            REGISTRY, "POST /api/registry/entrepreneurs/{organisationNumber}/accounts",
            REGISTRY, "PUT /api/registry/entrepreneurs/{organisationNumber}/data",
            REGISTRY, "POST /api/registry/link-requests",
            REGISTRY, "GET /api/registry/link-requests/mine",
            REGISTRY, "GET /api/registry/link-requests",
            REGISTRY, "POST /api/registry/link-requests/{id}/decision",
            TENANT, "GET /api/registry/mentions",
            TENANT, "POST /api/registry/mentions/{id}/link",
            TENANT, "POST /api/registry/mentions/{id}/proposal",
            // module-reporting
            NATIONAL, "GET /api/national/workshops",
            NATIONAL, "GET /api/national/search",
            NATIONAL, "GET /api/national/search/export",
            NATIONAL, "GET /api/national/dashboard",
            TENANT, "GET /api/workshops/search",
            TENANT, "GET /api/search",
            RESEARCH, "GET /api/research/codebook",
            RESEARCH, "GET /api/research/snapshots",
            RESEARCH, "GET /api/research/tables/{table}",
            PLATFORM, "POST /api/platform/research/access",
            PLATFORM, "GET /api/platform/research/access",
            PLATFORM, "POST /api/platform/research/snapshots",
            PLATFORM, "GET /api/platform/research/audit",
            PLATFORM, "GET /api/platform/reporting/dead-letters",
            PLATFORM, "POST /api/platform/reporting/dead-letters/replay",
            PLATFORM, "POST /api/platform/reporting/rebuild",
            // module-workshops: templates and rules
            TENANT, "GET /api/templates",
            TENANT, "GET /api/templates/{reference}",
            TENANT, "POST /api/templates/variants",
            TENANT, "GET /api/templates/variants/{id}",
            TENANT, "PUT /api/templates/variants/{id}",
            TENANT, "GET /api/procurement-rules",
            // module-workshops: workshops and their lifecycle
            TENANT, "GET /api/workshops",
            TENANT, "POST /api/workshops",
            TENANT, "GET /api/workshops/{id}",
            TENANT, "GET /api/workshops/{id}/join-code",
            TENANT, "GET /api/workshops/{id}/projector-link",
            TENANT, "GET /api/workshops/{id}/report",
            TENANT, "GET /api/workshops/{id}/report.csv",
            TENANT, "GET /api/workshops/{id}/report.pdf",
            TENANT, "POST /api/workshops/{id}/schedule",
            TENANT, "POST /api/workshops/{id}/start",
            TENANT, "POST /api/workshops/{id}/complete",
            TENANT, "POST /api/workshops/{id}/archive",
            TENANT, "PUT /api/workshops/{id}/settings",
            TENANT, "PUT /api/workshops/{id}/sharing",
            TENANT, "POST /api/workshops/{id}/invitations",
            TENANT, "POST /api/workshops/{id}/facilitators",
            TENANT, "PUT /api/workshops/{id}/agenda",
            // module-workshops: people and facilitation
            GUEST_ENTRY, "POST /api/guest/join",
            TENANT, "POST /api/workshops/{id}/participants",
            TENANT, "GET /api/workshops/{id}/participants",
            TENANT, "PUT /api/workshops/{id}/participants/{participantId}/table",
            TENANT, "POST /api/workshops/{id}/tables",
            TENANT, "POST /api/workshops/{id}/facilitation/sheet",
            TENANT, "POST /api/workshops/{id}/facilitation/phase",
            TENANT, "POST /api/workshops/{id}/facilitation/timer",
            TENANT, "GET /api/workshops/{id}/live",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/live",
            // module-workshops: notes, votes, clusters
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/notes",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/notes",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/notes/{noteId}",
            TENANT, "DELETE /api/workshops/{id}/tables/{tableId}/notes/{noteId}",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/notes/{noteId}/move",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/notes/{noteId}/hide",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/notes/{noteId}/votes",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/clusters",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/clusters",
            // module-workshops: sheets 5-10 and the evaluation
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/partners",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/partners",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/partners/{partnerId}",
            TENANT, "DELETE /api/workshops/{id}/tables/{tableId}/partners/{partnerId}",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/sketches",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/sketches",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/sketches/{sketchId}",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/sketches/{sketchId}",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/sketches/{sketchId}/photo",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/sketches/{sketchId}/photo",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/effects",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/effects",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/effects/{effectId}",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/measures",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/measures",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/measures/{measureId}",
            TENANT, "GET /api/workshops/{id}/myths",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/myths",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/myths",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/myths/{mythKey}",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/myths/other/{otherId}",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/reflection",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/reflection",
            TENANT, "GET /api/workshops/{id}/tables/{tableId}/next-steps",
            TENANT, "POST /api/workshops/{id}/tables/{tableId}/next-steps",
            TENANT, "PUT /api/workshops/{id}/tables/{tableId}/next-steps/{stepId}",
            TENANT, "POST /api/workshops/{id}/evaluation",
            TENANT, "GET /api/workshops/{id}/evaluation",
            TENANT, "GET /api/workshops/{id}/evaluations",
            // module-impact: collaborations, indicators and next steps
            TENANT, "GET /api/impact/collaborations",
            TENANT, "POST /api/impact/collaborations",
            TENANT, "GET /api/impact/collaborations/{id}",
            TENANT, "PUT /api/impact/collaborations/{id}",
            TENANT, "GET /api/impact/collaborations/{id}/cids",
            TENANT, "POST /api/impact/collaborations/{id}/stage",
            TENANT, "POST /api/impact/collaborations/{id}/effects",
            TENANT, "PUT /api/impact/collaborations/{id}/effects/{effectId}/realisation",
            TENANT, "PUT /api/impact/collaborations/{id}/sroi",
            TENANT, "POST /api/impact/collaborations/{id}/indicators",
            TENANT, "PUT /api/impact/collaborations/{id}/indicators/{indicatorId}",
            TENANT, "POST /api/impact/collaborations/{id}/indicators/{indicatorId}/measurements",
            TENANT, "GET /api/impact/next-steps",
            TENANT, "PUT /api/impact/next-steps/{stepId}");

    private ApiEndpoints() {}

    static Kind kindOf(Endpoint endpoint) {
        Kind kind = TABLE.get(endpoint);
        if (kind == null) {
            throw new AssertionError("Unclassified endpoint " + endpoint + ": classify it in ApiEndpoints.TABLE");
        }
        return kind;
    }

    private static Map<Endpoint, Kind> table(Object... kindsAndEndpoints) {
        Map<Endpoint, Kind> table = new LinkedHashMap<>();
        for (int i = 0; i < kindsAndEndpoints.length; i += 2) {
            Endpoint endpoint = Endpoint.of((String) kindsAndEndpoints[i + 1]);
            if (table.put(endpoint, (Kind) kindsAndEndpoints[i]) != null) {
                throw new IllegalStateException("Classified twice: " + endpoint);
            }
        }
        return Collections.unmodifiableMap(table);
    }
}
