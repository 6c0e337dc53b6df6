/**
 * The OpenAPI document of the JSON API ({@code /v3/api-docs}), made to tell the truth centrally: the platform's
 * title, its ways to authenticate (a Keycloak bearer token, a guest's session), each operation's security from the
 * security rules, real media types, RFC 9457 problem responses derived from the operation, and multipart bodies.
 * Its face is {@link no.samarbeid.core.api.ApiProblems}, for controllers to declare the problems a rule cannot
 * derive.
 */
@NullMarked
package no.samarbeid.core.api;

import org.jspecify.annotations.NullMarked;
