package no.samarbeid.workshops.workshop;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.workshops.templates.Sheet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed projector links ({@code /projektor/<token>}): the token names one workshop of one municipality and is signed
 * with HMAC-SHA256 under a key derived from the guest-session secret that every instance shares, so a projector shows
 * the workshop read-only without a login. A link holds until the workshop ends; a tampered or malformed token is
 * refused as not found (404), the link of an ended workshop as gone (410).
 */
@Component
public class ProjectorLinks {

    public static final String PATH = "/projektor/";
    private static final String PURPOSE = "samarbeid.projector-link.v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final WorkshopAccess access;
    private final Workshops workshops;
    private final TemplateSnapshots templates;

    ProjectorLinks(
            @Value("${samarbeid.guest-session.secret}") String secret,
            WorkshopAccess access,
            Workshops workshops,
            TemplateSnapshots templates) {
        this.key = new SecretKeySpec(
                hmac(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), PURPOSE), "HmacSHA256");
        this.access = access;
        this.workshops = workshops;
        this.templates = templates;
    }

    /** The token of the workshop's projector link, for those who manage it (404 for others, 403 for participants). */
    @Transactional(readOnly = true)
    public String issue(UUID workshopId) {
        Workshop workshop = access.managed(workshopId, Actor.current());
        return sign(TenantContext.require(), workshop.id());
    }

    /** The token naming the workshop of the municipality: its fields, then their signature. */
    String sign(TenantScope tenant, UUID workshopId) {
        String payload = String.join(
                "|", tenant.id().value().toString(), tenant.municipalityNumber().value(), workshopId.toString());
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(hmac(key, body));
    }

    /** The pass a token grants if its signature holds; whether the workshop still runs is checked when it is shown. */
    public ProjectorPass verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            throw Refused.invalid();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(hmac(key, body), DECODER.decode(token.substring(dot + 1)))) {
                throw Refused.invalid();
            }
            List<String> fields = List.of(new String(DECODER.decode(body), StandardCharsets.UTF_8).split("\\|"));
            return new ProjectorPass(
                    new TenantScope(TenantId.of(fields.get(0)), new MunicipalityNumber(fields.get(1))),
                    UUID.fromString(fields.get(2)));
        } catch (RuntimeException e) {
            throw Refused.invalid();
        }
    }

    /**
     * What the projector shows of the workshop: call it in the pass's municipality ({@link ProjectorPass#callAs}).
     * Refused once the workshop has ended, and as not found when it no longer exists.
     */
    @Transactional(readOnly = true)
    public ProjectedWorkshop show(ProjectorPass pass) {
        Workshop workshop = workshops.findById(pass.workshopId()).orElseThrow(Refused::invalid);
        if (workshop.status() == WorkshopStatus.COMPLETED || workshop.status() == WorkshopStatus.ARCHIVED) {
            throw Refused.ended();
        }
        WorkshopView view = workshop.view();
        List<String> agenda = view.agenda().stream().map(AgendaView::sheetKey).toList();
        RunStep current = RunStep.current(agenda, view.tables()).orElse(null);
        TableView lead = current == null
                ? null
                : view.tables().stream()
                        .filter(table -> current.sheetKey().equals(table.sheetKey())
                                && current.phase().name().equals(table.phase()))
                        .findFirst()
                        .orElse(null);
        Sheet sheet = current == null
                ? null
                : templates.template(view.id()).sheet(current.sheetKey()).orElse(null);
        return new ProjectedWorkshop(view, workshop.joinCode(), current, lead, sheet);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A projector link refused: tampered, malformed or of a workshop that no longer exists (404), or ended (410). */
    static final class Refused extends DomainException {

        private Refused(HttpStatus status, String code) {
            super(status, code);
        }

        static Refused invalid() {
            return new Refused(HttpStatus.NOT_FOUND, "projector.invalid-link");
        }

        static Refused ended() {
            return new Refused(HttpStatus.GONE, "projector.ended");
        }
    }
}
