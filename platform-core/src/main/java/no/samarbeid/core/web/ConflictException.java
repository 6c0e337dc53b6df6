package no.samarbeid.core.web;

import org.springframework.http.HttpStatus;

/** A request that conflicts with the current state, e.g. a duplicate or a forbidden transition (409). */
public class ConflictException extends DomainException {

    public ConflictException(String code, Object... arguments) {
        super(HttpStatus.CONFLICT, code, arguments);
    }
}
