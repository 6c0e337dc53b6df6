package no.samarbeid.impact.collaborations;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The security scheme the impact API documents: Keycloak bearer tokens (JWT). */
@SecurityScheme(name = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDocs {

    static final String BEARER = "bearer";
    static final String PROBLEM = "application/problem+json";

    private ApiDocs() {}
}
