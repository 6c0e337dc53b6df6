package no.samarbeid.core.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import no.samarbeid.core.security.GuestSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: title, version, description, security schemes and the problem schema. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String DESCRIPTION = """
            The JSON API of Samarbeidsplattformen: workshops of the method *Veier til samarbeid* (KS and Ferd \
            Sosiale Entreprenører), their tables, notes and worksheets, live streams, reports and national insight. \
            Every error is an RFC 9457 problem (`application/problem+json`) in Norwegian bokmål by default \
            (`Accept-Language: nn` or `en`). Users authenticate with a Keycloak access token (bearer); guests who \
            joined a workshop by its code (`POST /api/guest/join`) with their session, as `Authorization: Guest \
            <token>` or the session cookie; a guest reaches only that workshop and table.""";

    @Bean
    OpenAPI samarbeidOpenApi(@Value("${samarbeid.api.version:1.0}") String version) {
        return new OpenAPI()
                .info(new Info()
                        .title("Samarbeidsplattformen API")
                        .version(version)
                        .description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                ApiContract.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("A Keycloak access token of realm samarbeid; roles from its"
                                                + " `roles` claim, the municipality from its organization"))
                        .addSecuritySchemes(
                                ApiContract.GUEST_TOKEN,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("Authorization")
                                        .description("`Guest <token>`: the session from `POST /api/guest/join`"))
                        .addSecuritySchemes(
                                ApiContract.GUEST_SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name(GuestSessions.COOKIE)
                                        .description("The guest session cookie set by `POST /api/guest/join`"))
                        .addSchemas(Problems.SCHEMA, Problems.schema()));
    }

    @Bean
    ApiContract apiContract() {
        return new ApiContract();
    }

    @Bean
    HandlerOperations handlerOperations() {
        return new HandlerOperations();
    }
}
