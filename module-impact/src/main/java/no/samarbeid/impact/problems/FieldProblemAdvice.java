package no.samarbeid.impact.problems;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a {@link FieldProblem} as problem details with {@code errors: [{field, message}]}, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldProblemAdvice {

    private static final String TYPE_BASE = "https://samarbeidsplattformen.no/problemer/";

    private final MessageSource messages;

    FieldProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FieldProblem.class)
    ProblemDetail field(FieldProblem e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(e.status());
        problem.setType(URI.create(TYPE_BASE + e.code()));
        problem.setTitle(messages.getMessage(
                "problem." + e.code() + ".title", null, e.status().getReasonPhrase(), locale));
        String detail = messages.getMessage("problem." + e.code() + ".detail", e.arguments(), e.code(), locale);
        problem.setDetail(detail);
        problem.setProperty("code", e.code());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", detail)));
        return problem;
    }
}
