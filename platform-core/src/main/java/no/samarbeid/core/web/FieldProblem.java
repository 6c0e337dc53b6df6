package no.samarbeid.core.web;

/** A refusal about one field of the input: the problem details name it in their {@code field} property. */
public interface FieldProblem {

    /** The field's JSON path, e.g. {@code profile.themes[1]}. */
    String field();
}
