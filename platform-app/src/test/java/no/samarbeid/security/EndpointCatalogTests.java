package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The reviewed table of {@link ApiEndpoints} lists exactly the endpoints the application maps under {@code /api/},
 * each with the kind its path gives it, so no endpoint escapes the tenancy and bad-input tests.
 */
@IntegrationTest
class EndpointCatalogTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyMappedEndpointIsClassified() {
        Set<Endpoint> unclassified = new TreeSet<>(catalog().endpoints());
        unclassified.removeAll(ApiEndpoints.TABLE.keySet());

        assertThat(unclassified)
                .as("endpoints missing from ApiEndpoints.TABLE (classify each as NATIONAL, PLATFORM, GUEST_ENTRY or"
                        + " TENANT; the tenancy and bad-input tests then call it)")
                .isEmpty();
    }

    @Test
    void everyClassifiedEndpointStillExists() {
        Set<Endpoint> gone = new TreeSet<>(ApiEndpoints.TABLE.keySet());
        gone.removeAll(catalog().endpoints());

        assertThat(gone)
                .as("endpoints in ApiEndpoints.TABLE that are no longer mapped")
                .isEmpty();
    }

    @Test
    void eachEndpointIsClassifiedAsItsPathIsSecured() {
        Set<String> misclassified = ApiEndpoints.TABLE.entrySet().stream()
                .filter(entry -> ApiEndpoints.Kind.ofPath(entry.getKey().pattern()) != entry.getValue())
                .map(entry -> entry.getKey() + " is classified " + entry.getValue() + " but its path makes it "
                        + ApiEndpoints.Kind.ofPath(entry.getKey().pattern()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(misclassified).isEmpty();
    }

    @Test
    void everyEndpointNamesItsHttpMethods() {
        assertThat(catalog().endpoints())
                .as("mappings that accept any HTTP method")
                .noneMatch(endpoint -> endpoint.method().equals("ANY"));
    }

    private EndpointCatalog catalog() {
        return EndpointCatalog.of(mapping);
    }
}
