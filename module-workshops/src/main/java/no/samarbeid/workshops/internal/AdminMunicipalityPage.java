package no.samarbeid.workshops.internal;

import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipal admin's page: the municipality's workshops and whether it shares nationally by default. */
@PageController
@PreAuthorize("hasRole('MUNICIPAL_ADMIN')")
class AdminMunicipalityPage {

    private final WorkshopService workshops;
    private final TenantDirectory tenants;
    private final ReportPageSession session;

    AdminMunicipalityPage(WorkshopService workshops, TenantDirectory tenants, ReportPageSession session) {
        this.workshops = workshops;
        this.tenants = tenants;
        this.session = session;
    }

    @GetMapping("/admin/kommune")
    String page(Model model) {
        session.call(() -> {
            model.addAttribute(
                    "municipality", tenants.get(TenantContext.require().id()));
            model.addAttribute("workshops", workshops.visibleToMe());
            return model;
        });
        return "admin/municipality";
    }

    @PostMapping("/admin/kommune/deling")
    String share(@RequestParam(defaultValue = "false") boolean sharesNationally) {
        session.call(() -> tenants.shareNationally(TenantContext.require().id(), sharesNationally));
        return "redirect:/admin/kommune";
    }
}
