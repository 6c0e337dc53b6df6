package no.samarbeid.impact.problems;

import no.samarbeid.core.web.DomainException;
import org.springframework.http.HttpStatus;

/**
 * A refusal about one field of the input: 400 for invalid values, 404 for an unknown reference, 409 for a rule of
 * the current state (a stage jump). The problem's title and detail come from {@code problem.<code>.*}, and its
 * {@code errors} name the field.
 */
public class FieldProblem extends DomainException {

    private final String field;

    private FieldProblem(HttpStatus status, String field, String code, Object... arguments) {
        super(status, code, arguments);
        this.field = field;
    }

    public static FieldProblem invalid(String field, String code, Object... arguments) {
        return new FieldProblem(HttpStatus.BAD_REQUEST, field, code, arguments);
    }

    public static FieldProblem unknown(String field, String code, Object... arguments) {
        return new FieldProblem(HttpStatus.NOT_FOUND, field, code, arguments);
    }

    public static FieldProblem conflict(String field, String code, Object... arguments) {
        return new FieldProblem(HttpStatus.CONFLICT, field, code, arguments);
    }

    public String field() {
        return field;
    }
}
