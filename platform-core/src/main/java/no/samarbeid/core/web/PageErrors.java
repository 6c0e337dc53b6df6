package no.samarbeid.core.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of page requests as the localized error page ({@code error/page}), whatever raised them: a refusal of the
 * domain, Spring MVC's own (unknown path, missing form field, wrong type) or an unexpected failure (logged with a
 * reference, shown without internals). A request is a page request when a {@link PageController} handles it or,
 * outside {@code /api}, the browser asks for HTML; everything else is left to the problem details of the API.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception e) {
        if (!isPage(request, handler)) {
            return null;
        }
        HttpStatus status;
        String code;
        Object[] arguments = {};
        if (e instanceof DomainException refusal) {
            status = refusal.status();
            code = refusal.code();
            arguments = refusal.arguments();
        } else if (e instanceof AccessDeniedException) {
            status = HttpStatus.FORBIDDEN;
            code = "access-denied";
        } else if (e instanceof ErrorResponse known
                && HttpStatus.resolve(known.getStatusCode().value()) != null) {
            status = HttpStatus.valueOf(known.getStatusCode().value());
            code = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        } else if (e instanceof TypeMismatchException || e instanceof HttpMessageNotReadableException) {
            status = HttpStatus.BAD_REQUEST;
            code = "bad-request";
        } else {
            String reference = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on page {}", reference, request.getRequestURI(), e);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            code = "internal";
            arguments = new Object[] {reference};
        }
        response.setStatus(status.value());
        Locale locale = LocaleContextHolder.getLocale();
        return new ModelAndView("error/page")
                .addObject("status", status.value())
                .addObject("code", code)
                .addObject("detail", messages.getMessage("problem." + code + ".detail", arguments, null, locale));
    }

    private static boolean isPage(HttpServletRequest request, @Nullable Object handler) {
        if (handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(PageController.class)) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    /** Before Spring MVC's own resolvers (and the problem details of {@code ProblemDetailsAdvice}). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
