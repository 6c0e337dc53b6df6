package no.samarbeid.core.security;

import io.micrometer.tracing.Tracer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import no.samarbeid.core.tenancy.TenantDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Three chains: {@code /actuator/**} (health's status public, the rest for platform admins' bearer tokens);
 * {@code /api/**} takes Keycloak bearer tokens statelessly and answers refusals as problem details; pages log in
 * through Keycloak (authorization code + PKCE) and keep a server session. Roles come from the token's {@code roles}
 * claim. The register of social entrepreneurs (its search and entries)
 * is public.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            TenantDirectory tenants,
            ProblemWriter problems,
            GuestSessions guests,
            ObjectProvider<Tracer> tracer)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/api/guest/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/registry/entrepreneurs", "/api/registry/entrepreneurs/*")
                        .permitAll()
                        .requestMatchers("/api/platform/**")
                        .hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/api/national/**")
                        .hasRole(Role.NATIONAL_COORDINATOR.name())
                        .requestMatchers("/api/research/**")
                        .hasRole(Role.RESEARCHER.name())
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "access-denied")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "access-denied")))
                .addFilterAfter(new GuestSessionFilter(guests), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new TenantResolutionFilter(tenants, problems, tracer), AuthorizationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Actuator: health and info for anyone (components' status only; details need {@code PLATFORM_ADMIN}, see
     * {@code management.endpoint.health.roles}); everything else (prometheus, modulith) only for platform admins with
     * a bearer token. No guest session or page session counts here.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ProblemWriter problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.PLATFORM_ADMIN.name()))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "access-denied")))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Pages: Keycloak login (PKCE) with a server session, or a guest's signed cookie (a projector's signed link,
     * {@code /projektor/<token>}, is checked by the workshops module itself); CSRF on (the token is in a meta
     * tag for htmx); a CSP without inline or eval'd scripts; no framing; the referrer kept to this origin. A board
     * visited without a session leads to the join page (participants come by code), every other page to the login.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            TenantDirectory tenants,
            ProblemWriter problems,
            GuestSessions guests,
            ObjectProvider<Tracer> tracer,
            LocaleResolver languages)
            throws Exception {
        var pkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        pkce.setAuthorizationRequestCustomizer(
                OAuth2AuthorizationRequestCustomizers.withPkce().andThen(inChosenLanguage(languages)));
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/error",
                                "/",
                                "/bli-med",
                                "/projektor/**",
                                "/tilgjengelighet",
                                "/registeret",
                                "/registeret/*",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.authorizationEndpoint(
                                endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(SecurityConfiguration::pageRoles)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/bli-med"),
                        PathPatternRequestMatcher.withDefaults().matcher("/workshops/*/bord/**")))
                .addFilterBefore(new GuestSessionFilter(guests), AuthorizationFilter.class)
                .addFilterAfter(new TenantResolutionFilter(tenants, problems, tracer), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .build();
    }

    /** Asks Keycloak for its login pages in the language chosen on ours ({@code ui_locales}). */
    private static Consumer<OAuth2AuthorizationRequest.Builder> inChosenLanguage(LocaleResolver languages) {
        return request -> {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
                String language = languages.resolveLocale(current.getRequest()).toLanguageTag();
                request.additionalParameters(parameters -> parameters.put("ui_locales", language));
            }
        };
    }

    /** Page sessions get the roles of the ID token's {@code roles} claim. */
    private static Collection<? extends GrantedAuthority> pageRoles(Collection<? extends GrantedAuthority> given) {
        List<GrantedAuthority> mapped = new ArrayList<>(given);
        for (GrantedAuthority authority : given) {
            if (authority instanceof OidcUserAuthority oidc
                    && oidc.getIdToken().getClaims().get("roles") instanceof List<?> roles) {
                roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
        }
        return mapped;
    }

    private static JwtAuthenticationConverter rolesFromToken() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        converter.setPrincipalClaimName("preferred_username");
        return converter;
    }
}
