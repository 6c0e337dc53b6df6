package no.samarbeid.reporting.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator's dashboard page: filters, one figure per panel with its chart (drawn by {@code dashboard.js}
 * from the numbers in a data attribute, no inline script) and the same numbers in a table, each linked to the search.
 */
@PageController
@PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
class DashboardPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Dashboard dashboard;

    DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/nasjonalt")
    String page(HttpServletRequest request, Model model) throws IOException {
        model.addAttribute("counties", Municipalities.current().counties());
        model.addAttribute("sheets", Dashboard.SHEETS);
        try {
            Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
            // Spring Security marks the request it returns to after the login with "continue".
            parameters.remove("continue");
            DashboardFilter filter = DashboardFilter.of(parameters);
            DashboardView view = dashboard.view(filter);
            model.addAttribute("filter", filter);
            model.addAttribute("view", view);
            model.addAttribute("chartData", JSON.writeValueAsString(view));
        } catch (DomainException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("filter", new DashboardFilter(null, null, null));
        }
        return "reporting/dashboard";
    }
}
