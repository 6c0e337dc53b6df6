package no.samarbeid.core.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into RFC 9457 problem details in the caller's language; unexpected errors are
 * logged with a reference and answered without internals (no stack traces, no SQL).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://samarbeidsplattformen.no/problemer/";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        ProblemDetail problem = problem(e.status(), e.code(), e.arguments());
        if (e instanceof FieldProblem invalid) {
            problem.setProperty("field", invalid.field());
        }
        return problem;
    }

    @ExceptionHandler(RetryLaterException.class)
    ResponseEntity<ProblemDetail> retryLater(RetryLaterException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(e.status(), e.code(), e.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "access-denied");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = java.util.UUID.randomUUID().toString();
        LOG.error("Unexpected error {}", reference, e);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation");
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "field", error.getField(),
                        "message", messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring MVC's own refusals (unreadable JSON, a path id that is no UUID, an unsupported media type, an unknown
     * path) get the platform's shape too: a type, a code and a localized title and detail.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object given = body == null && e instanceof ErrorResponse error ? error.getBody() : body;
        if (given instanceof ProblemDetail spring
                && (spring.getProperties() == null || !spring.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String code = known == null
                    ? "request"
                    : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            ProblemDetail problem = problem(known == null ? HttpStatus.BAD_REQUEST : known, code);
            problem.setInstance(spring.getInstance());
            return super.handleExceptionInternal(e, problem, headers, status, request);
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /** Builds a localized problem for a code of {@code messages*.properties}. */
    ProblemDetail problem(HttpStatus status, String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", arguments, null, locale));
        problem.setProperty("code", code);
        return problem;
    }
}
