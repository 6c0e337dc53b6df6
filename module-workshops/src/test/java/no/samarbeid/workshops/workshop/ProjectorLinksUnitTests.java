package no.samarbeid.workshops.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A projector link holds only as signed: another workshop, another secret or a changed byte is refused as 404. */
class ProjectorLinksUnitTests {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

    private final TenantScope oslo = new TenantScope(new TenantId(UUID.randomUUID()), new MunicipalityNumber("0301"));
    private final UUID workshop = UUID.randomUUID();
    private final ProjectorLinks links = links(SECRET);

    @Test
    void aSignedLinkGrantsItsWorkshopInItsMunicipality() {
        ProjectorPass pass = links.verify(links.sign(oslo, workshop));

        assertThat(pass.workshopId()).isEqualTo(workshop);
        assertThat(pass.tenantId()).isEqualTo(oslo.id().value());
    }

    @Test
    void aLinkWhoseWorkshopWasChangedIsRefused() {
        String token = links.sign(oslo, workshop);
        String body = new String(
                Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(body.replace(
                                        workshop.toString(), UUID.randomUUID().toString())
                                .getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));

        assertRefused(forged);
    }

    @Test
    void aLinkSignedUnderAnotherSecretOrMalformedIsRefused() {
        assertRefused(links("another-secret-of-at-least-thirty-two-chars").sign(oslo, workshop));
        assertRefused("");
        assertRefused("no-signature");
        assertRefused(".only-a-signature");
        assertRefused(links.sign(oslo, workshop) + "x");
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> links.verify(token)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.status()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.code()).isEqualTo("projector.invalid-link");
        });
    }

    private static ProjectorLinks links(String secret) {
        return new ProjectorLinks(secret, null, null, null);
    }
}
