package no.samarbeid.core.web;

import org.springframework.http.HttpStatus;

/** Something that does not exist, or that the caller may not know exists (404). */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, Object... arguments) {
        super(HttpStatus.NOT_FOUND, code, arguments);
    }
}
