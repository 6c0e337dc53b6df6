package no.samarbeid.workshops.workshop;

import no.samarbeid.core.web.PageController;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: join a workshop with a code, or log in to run one. */
@PageController
class HomePage {

    @GetMapping("/")
    String home() {
        return "workshops/home";
    }
}
