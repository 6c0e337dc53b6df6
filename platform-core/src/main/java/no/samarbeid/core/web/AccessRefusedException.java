package no.samarbeid.core.web;

import org.springframework.http.HttpStatus;

/** An authenticated caller without access to what was asked (403). */
public class AccessRefusedException extends DomainException {

    public AccessRefusedException(String code, Object... arguments) {
        super(HttpStatus.FORBIDDEN, code, arguments);
    }
}
