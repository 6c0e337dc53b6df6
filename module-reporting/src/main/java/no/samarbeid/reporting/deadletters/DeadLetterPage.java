package no.samarbeid.reporting.deadletters;

import java.util.List;
import no.samarbeid.core.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The operator's page of reporting's dead letters, with a replay button for each that waits. */
@PageController
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class DeadLetterPage {

    private final DeadLetterInbox inbox;
    private final DeadLetterCount count;

    DeadLetterPage(DeadLetterInbox inbox, DeadLetterCount count) {
        this.inbox = inbox;
        this.count = count;
    }

    @GetMapping("/admin/rapportering/dodbrev")
    String page(Model model) {
        List<DeadLetter> letters = inbox.all();
        count.update(letters);
        model.addAttribute("letters", letters);
        return "reporting/dead-letters";
    }

    @PostMapping("/admin/rapportering/dodbrev")
    String replay(
            @RequestParam String topic,
            @RequestParam int partition,
            @RequestParam long offset,
            Authentication user,
            RedirectAttributes redirect) {
        inbox.replay(topic, partition, offset, user.getName());
        count.waiting(true);
        redirect.addFlashAttribute("replayed", topic + "-" + partition + "@" + offset);
        return "redirect:/admin/rapportering/dodbrev";
    }
}
