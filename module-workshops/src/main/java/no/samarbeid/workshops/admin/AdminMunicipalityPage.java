package no.samarbeid.workshops.admin;

import java.util.UUID;
import no.samarbeid.core.security.PageSession;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopTemplateNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipal admin's page: whether the municipality shares nationally by default, a link to its template
 * variants, and its workshops, a page at a time, with the template each runs, links to their consoles and reports, and a
 * button that shares a workshop nationally or stops sharing it (also a completed one; the national index follows).
 */
@PageController
@PreAuthorize("hasRole('MUNICIPAL_ADMIN')")
class AdminMunicipalityPage {

    private final WorkshopService workshops;
    private final TenantDirectory tenants;
    private final PageSession session;
    private final WorkshopTemplateNames templates;

    AdminMunicipalityPage(
            WorkshopService workshops, TenantDirectory tenants, PageSession session, WorkshopTemplateNames templates) {
        this.workshops = workshops;
        this.tenants = tenants;
        this.session = session;
        this.templates = templates;
    }

    @GetMapping("/admin/kommune")
    String page(@RequestParam(name = "side", defaultValue = "1") int page, Model model) {
        session.call(() -> {
            model.addAttribute(
                    "municipality", tenants.get(TenantContext.require().id()));
            AdminWorkshopList list = AdminWorkshopList.of(workshops.visibleToMe(), page);
            model.addAttribute("list", list);
            model.addAttribute("workshops", list.workshops());
            model.addAttribute("templates", templates.of(list.workshops()));
            return model;
        });
        return "admin/municipality";
    }

    @PostMapping("/admin/kommune/deling")
    String share(@RequestParam(defaultValue = "false") boolean sharesNationally) {
        session.call(() -> tenants.shareNationally(TenantContext.require().id(), sharesNationally));
        return "redirect:/admin/kommune";
    }

    @PostMapping("/admin/kommune/workshoper/{id}/deling")
    String shareWorkshop(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean shared,
            @RequestParam(name = "side", defaultValue = "1") int page) {
        session.call(() -> workshops.changeSharing(id, shared));
        return "redirect:/admin/kommune?side=" + Math.max(page, 1) + "#workshop-" + id;
    }
}
