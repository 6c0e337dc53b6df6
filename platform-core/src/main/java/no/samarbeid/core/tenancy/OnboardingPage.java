package no.samarbeid.core.tenancy;

import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform admin's page: the onboarded municipalities and a form to onboard one more. */
@PageController
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OnboardingPage {

    private final TenantDirectory tenants;
    private final Onboarding onboarding;

    OnboardingPage(TenantDirectory tenants, Onboarding onboarding) {
        this.tenants = tenants;
        this.onboarding = onboarding;
    }

    @GetMapping("/admin/kommuner")
    String page(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "admin/municipalities";
    }

    @PostMapping("/admin/kommuner")
    String onboard(
            @RequestParam String municipalityNumber,
            @RequestParam(defaultValue = "false") boolean sharesNationally,
            Model model,
            RedirectAttributes redirect) {
        try {
            TenantSummary onboarded = onboarding.onboard(municipalityNumber.trim(), sharesNationally);
            redirect.addFlashAttribute("onboarded", onboarded.name());
            return "redirect:/admin/kommuner";
        } catch (DomainException e) {
            model.addAttribute("tenants", tenants.all());
            model.addAttribute("error", e.code());
            model.addAttribute("municipalityNumber", municipalityNumber);
            return "admin/municipalities";
        }
    }
}
