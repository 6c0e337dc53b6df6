package no.samarbeid.core.web;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement (tilgjengelighetserklæring) that Norwegian public services publish for their sites
 * (after Tilsynet for universell utforming av ikt's form): conformance with WCAG 2.1 AA, known deviations, how the
 * site was assessed, how to give feedback and complain, and its date. Public, linked from every page's footer.
 */
@PageController
class AccessibilityStatementPage {

    static final String PATH = "/tilgjengelighet";

    @GetMapping(PATH)
    String statement() {
        return "accessibility/statement";
    }
}
