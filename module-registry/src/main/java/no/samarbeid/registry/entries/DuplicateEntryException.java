package no.samarbeid.registry.entries;

import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.FieldProblem;

/** The organisation number is already in the register (409, naming the field). */
class DuplicateEntryException extends ConflictException implements FieldProblem {

    DuplicateEntryException(String organisationNumber) {
        super("registry.duplicate", organisationNumber);
    }

    @Override
    public String field() {
        return "organisationNumber";
    }
}
