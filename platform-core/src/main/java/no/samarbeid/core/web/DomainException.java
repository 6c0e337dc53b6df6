package no.samarbeid.core.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal a user can understand: answered as RFC 9457 problem details with the given status, a type derived from
 * the code, and a title and detail from the localized messages {@code problem.<code>.title} and
 * {@code problem.<code>.detail} (the arguments fill the detail).
 */
public abstract class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] arguments;

    protected DomainException(HttpStatus status, String code, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
