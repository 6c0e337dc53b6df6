package no.samarbeid.core.security;

import java.util.List;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * Refuses to start without the secrets the platform needs. Public defaults live only in the {@code dev} profile
 * ({@code application-dev.yml}, used by {@code ./samarbeid run} and the tests); elsewhere every secret must be given,
 * and the failure names each missing one with its environment variable, so a forgotten variable in production never
 * falls back to a value anyone can read in the source (and sign their own guest session with).
 */
public final class RequiredSecrets implements EnvironmentPostProcessor, Ordered {

    /** A secret: the property the app reads and the environment variable that sets it. */
    record Secret(String property, String variable) {}

    static final List<Secret> SECRETS = List.of(
            new Secret("spring.datasource.password", "SAMARBEID_DATABASE_PASSWORD"),
            new Secret("samarbeid.database.owner.password", "SAMARBEID_DATABASE_OWNER_PASSWORD"),
            new Secret(
                    "spring.security.oauth2.client.registration.keycloak.client-secret", "SAMARBEID_WEB_CLIENT_SECRET"),
            new Secret(
                    "spring.security.oauth2.client.registration.keycloak-admin.client-secret",
                    "SAMARBEID_ADMIN_CLIENT_SECRET"),
            new Secret("samarbeid.guest-session.secret", "SAMARBEID_GUEST_SESSION_SECRET"));

    /** The secrets without a value in this environment. */
    static List<Secret> missing(Environment environment) {
        return SECRETS.stream()
                .filter(secret -> {
                    String value = environment.getProperty(secret.property());
                    return value == null || value.isBlank();
                })
                .toList();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Secret> missing = missing(environment);
        if (!missing.isEmpty()) {
            throw new IllegalStateException(message(missing));
        }
    }

    static String message(List<Secret> missing) {
        var text = new StringBuilder("Samarbeidsplattformen refuses to start: these secrets have no value (public "
                + "defaults exist only in the 'dev' profile, for the local stack):");
        missing.forEach(secret -> text.append("\n  ")
                .append(secret.variable())
                .append(" (")
                .append(secret.property())
                .append(')'));
        return text.toString();
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
