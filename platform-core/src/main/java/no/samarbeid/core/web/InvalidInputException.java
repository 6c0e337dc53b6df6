package no.samarbeid.core.web;

import org.springframework.http.HttpStatus;

/** Input that breaks a rule of the domain (400). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(String code, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, code, arguments);
    }
}
