package no.samarbeid.reporting.search;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinator's search page: a query, facet links that narrow it, highlighted hits and pages, and a link to the
 * CSV export of the same search.
 */
@PageController
@PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
class SearchPage {

    private final ContentSearch search;

    SearchPage(ContentSearch search) {
        this.search = search;
    }

    @GetMapping("/nasjonalt/sok")
    String page(HttpServletRequest request, Model model) throws IOException {
        String parameters = request.getQueryString() == null ? "" : request.getQueryString();
        model.addAttribute("parameters", parameters.replaceAll("(^|&)(page|lang|continue)(=[^&]*)?", ""));
        try {
            Map<String, String[]> given = new HashMap<>(request.getParameterMap());
            // Spring Security marks the request it returns to after the login with "continue".
            given.remove("continue");
            ContentQuery query = ContentQuery.of(given);
            model.addAttribute("query", query);
            model.addAttribute("result", search.national(query));
        } catch (DomainException e) {
            model.addAttribute("error", e.code());
        }
        model.addAttribute("q", request.getParameter("q"));
        return "reporting/search";
    }
}
