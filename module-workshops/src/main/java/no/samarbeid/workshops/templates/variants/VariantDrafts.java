package no.samarbeid.workshops.templates.variants;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.UUID;

/** The variant editor's unsaved drafts in the admin's session, one per variant. */
final class VariantDrafts {

    private VariantDrafts() {}

    static Optional<VariantDraft> find(HttpSession session, UUID variant) {
        return session.getAttribute(name(variant)) instanceof VariantDraft draft
                ? Optional.of(draft)
                : Optional.empty();
    }

    static void keep(HttpSession session, UUID variant, VariantDraft draft) {
        session.setAttribute(name(variant), draft);
    }

    static void discard(HttpSession session, UUID variant) {
        session.removeAttribute(name(variant));
    }

    private static String name(UUID variant) {
        return VariantDrafts.class.getName() + "." + variant;
    }
}
