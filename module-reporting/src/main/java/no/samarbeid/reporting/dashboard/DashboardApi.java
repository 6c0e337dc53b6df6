package no.samarbeid.reporting.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dashboard's numbers as JSON (NATIONAL_COORDINATOR only, by the security of {@code /api/national/**}). */
@RestController
class DashboardApi {

    private final Dashboard dashboard;

    DashboardApi(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** Every panel's rows, filtered by {@code from}, {@code to} (workshop dates) and {@code county}. */
    @GetMapping(value = "/api/national/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    DashboardView dashboard(HttpServletRequest request) throws IOException {
        return dashboard.view(DashboardFilter.of(request.getParameterMap()));
    }
}
