package no.samarbeid.core.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Issues and verifies guest session tokens: the session's fields signed with HMAC-SHA256 under a secret all app
 * instances share ({@code samarbeid.guest-session.secret}). Tampered, malformed or expired tokens are rejected.
 */
@Component
public class GuestSessions {

    public static final String COOKIE = "samarbeid_guest";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    GuestSessions(@Value("${samarbeid.guest-session.secret}") String secret, Clock clock) {
        if (secret.length() < 32) {
            throw new IllegalStateException("samarbeid.guest-session.secret must have at least 32 characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /**
     * The {@code Set-Cookie} value carrying a guest's session to the pages and live streams: HttpOnly, SameSite=Lax,
     * until the session expires, and {@code Secure} when the request came over TLS (also through a trusted proxy).
     */
    public static String cookie(String token, Instant expiresAt, HttpServletRequest request) {
        return ResponseCookie.from(COOKIE, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(Duration.between(Instant.now(), expiresAt))
                .build()
                .toString();
    }

    public String issue(GuestSession session) {
        String payload = String.join(
                "|",
                session.tenantId().toString(),
                session.municipalityNumber().value(),
                session.workshopId().toString(),
                session.participantId().toString(),
                Long.toString(session.expiresAt().getEpochSecond()));
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    public Optional<GuestSession> verify(String token) {
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(body), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(body), StandardCharsets.UTF_8).split("\\|");
            var session = new GuestSession(
                    TenantId.of(fields[0]),
                    new MunicipalityNumber(fields[1]),
                    UUID.fromString(fields[2]),
                    UUID.fromString(fields[3]),
                    Instant.ofEpochSecond(Long.parseLong(fields[4])));
            return session.expiresAt().isAfter(clock.instant()) ? Optional.of(session) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
