package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The app's own configuration files, read as the app reads them: outside the {@code dev} profile no secret has a
 * public default, and the app refuses to start naming every missing variable.
 */
class RequiredSecretsTests {

    private static final String[] VARIABLES = {
        "SAMARBEID_DATABASE_PASSWORD",
        "SAMARBEID_DATABASE_OWNER_PASSWORD",
        "SAMARBEID_WEB_CLIENT_SECRET",
        "SAMARBEID_ADMIN_CLIENT_SECRET",
        "SAMARBEID_GUEST_SESSION_SECRET"
    };

    @Test
    void outsideTheDevProfileTheAppRefusesToStartAndNamesEveryMissingSecret() {
        assertThatThrownBy(() -> start("--spring.profiles.active=production"))
                .hasMessageContaining("refuses to start")
                .hasMessageContainingAll(VARIABLES);
    }

    @Test
    void outsideTheDevProfileOnlyTheForgottenSecretIsNamed() {
        assertThatThrownBy(() -> start(
                        "--spring.profiles.active=production",
                        "--SAMARBEID_DATABASE_PASSWORD=a",
                        "--SAMARBEID_DATABASE_OWNER_PASSWORD=b",
                        "--SAMARBEID_WEB_CLIENT_SECRET=c",
                        "--SAMARBEID_ADMIN_CLIENT_SECRET=d"))
                .hasMessageContaining("SAMARBEID_GUEST_SESSION_SECRET")
                .hasMessageNotContaining("SAMARBEID_WEB_CLIENT_SECRET");
    }

    @Test
    void givenEverySecretTheAppStartsWithoutTheDevProfile() {
        try (var context = start(
                "--spring.profiles.active=production",
                "--SAMARBEID_DATABASE_PASSWORD=a",
                "--SAMARBEID_DATABASE_OWNER_PASSWORD=b",
                "--SAMARBEID_WEB_CLIENT_SECRET=c",
                "--SAMARBEID_ADMIN_CLIENT_SECRET=d",
                "--SAMARBEID_GUEST_SESSION_SECRET=e")) {
            assertThat(context.getEnvironment().getProperty("samarbeid.guest-session.secret"))
                    .isEqualTo("e");
        }
    }

    @Test
    void theDevProfileHasTheLocalStacksSecrets() {
        try (var context = start("--spring.profiles.active=dev")) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.password"))
                    .isEqualTo("samarbeid_app");
        }
    }

    /** Reads application.yml and its profiles, then starts nothing but an empty context. */
    private static ConfigurableApplicationContext start(String... args) {
        var app = new SpringApplication(Nothing.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run(args);
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {}
}
