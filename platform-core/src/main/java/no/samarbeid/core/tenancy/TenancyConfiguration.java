package no.samarbeid.core.tenancy;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakOrganizations.KeycloakAdminProperties.class)
class TenancyConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Client-credentials tokens of the platform's Keycloak service account, outside any user request. */
    @Bean
    AuthorizedClientServiceOAuth2AuthorizedClientManager keycloakAdminClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients) {
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return manager;
    }
}
