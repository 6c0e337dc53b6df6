package no.samarbeid.workshops.facilitation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.InvalidInputException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Feedback on the console after an action, carried across the redirect as a flash attribute: a message key of the
 * console bundle with its arguments ({@code notice}), or a refused action's problem code ({@code problem}, shown with
 * the problem's localized title and detail).
 */
record ConsoleMessage(String key, List<String> arguments) implements Serializable {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";

    /** The arguments as the message source takes them. */
    public Object[] args() {
        return arguments.toArray();
    }

    /**
     * Runs a console action and redirects back to the console with its notice, or with the problem when the input or
     * the workshop's state refused it; other refusals (not found, not allowed) go to the error page.
     */
    static String run(String console, RedirectAttributes redirect, Runnable action, String notice, Object... args) {
        try {
            action.run();
            redirect.addFlashAttribute(NOTICE, new ConsoleMessage(notice, strings(args)));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute(PROBLEM, of(e));
        }
        return "redirect:" + console;
    }

    static ConsoleMessage of(DomainException e) {
        return new ConsoleMessage(e.code(), strings(e.arguments()));
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
