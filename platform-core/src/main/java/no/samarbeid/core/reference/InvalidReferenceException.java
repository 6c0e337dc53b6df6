package no.samarbeid.core.reference;

import no.samarbeid.core.web.InvalidInputException;

/** Reference data (a municipality or county number, a theme) that is malformed or not part of the current set. */
public class InvalidReferenceException extends InvalidInputException {

    public InvalidReferenceException(String reason, String value) {
        super("reference." + reason, value);
    }
}
