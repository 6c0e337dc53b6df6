package no.samarbeid.core.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Keycloak is up when the realm publishes its signing keys (what every token check needs). */
@Component("keycloak")
class KeycloakHealthIndicator extends AbstractHealthIndicator {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI jwks;

    KeycloakHealthIndicator(@Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        super("Keycloak health check failed");
        this.jwks = URI.create(issuer + "/protocol/openid-connect/certs");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(jwks)
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        (status == 200 ? builder.up() : builder.down())
                .withDetail("jwks", jwks.toString())
                .withDetail("status", status);
    }
}
