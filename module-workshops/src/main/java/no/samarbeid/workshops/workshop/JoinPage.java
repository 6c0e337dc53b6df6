package no.samarbeid.workshops.workshop;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.security.GuestSessions;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The join page ({@code /bli-med}): a guest enters the code, a display name and a perspective, and optionally picks a
 * table; a wrong or expired code is shown on the page. On success the guest gets the session cookie and goes to the
 * board of their table.
 */
@PageController
class JoinPage {

    private final ParticipationService participation;
    private final JoinPageTables tables;

    JoinPage(ParticipationService participation, JoinPageTables tables) {
        this.participation = participation;
        this.tables = tables;
    }

    /** With {@code ?kode=} (a link or QR code), the workshop's tables are offered. */
    @GetMapping("/bli-med")
    String form(
            @RequestParam(required = false) @Nullable String kode,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("code", kode == null ? "" : kode);
        model.addAttribute("perspectives", Perspective.values());
        if (kode != null && !kode.isBlank()) {
            try {
                model.addAttribute("tables", tables.of(request.getRemoteAddr(), kode));
            } catch (DomainException e) {
                response.setStatus(e.status().value());
                model.addAttribute("error", e.code());
            }
        }
        return "workshops/join";
    }

    @PostMapping("/bli-med")
    String join(
            @RequestParam String code,
            @RequestParam String displayName,
            @RequestParam Perspective perspective,
            @RequestParam(required = false) @Nullable UUID tableId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            var joined = participation.joinAsGuest(
                    request.getRemoteAddr(), code.trim(), displayName.trim(), perspective, tableId);
            response.addHeader("Set-Cookie", GuestSessions.cookie(joined.sessionToken(), joined.expiresAt(), request));
            UUID table = joined.participant().tableId();
            return table == null
                    ? "redirect:/workshops/" + joined.workshopId() + "/bord"
                    : "redirect:/workshops/" + joined.workshopId() + "/bord/" + table;
        } catch (DomainException e) {
            response.setStatus(e.status().value());
            model.addAttribute("code", code);
            model.addAttribute("displayName", displayName);
            model.addAttribute("error", e.code());
            model.addAttribute("perspectives", Perspective.values());
            return "workshops/join";
        }
    }
}
