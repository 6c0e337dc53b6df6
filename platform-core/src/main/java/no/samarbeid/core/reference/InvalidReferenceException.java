package no.samarbeid.core.reference;

import no.samarbeid.core.web.InvalidInputException;

/** A municipality or county number that is malformed or not part of the current structure. */
public class InvalidReferenceException extends InvalidInputException {

    public InvalidReferenceException(String reason, String value) {
        super("reference." + reason, value);
    }
}
