package no.samarbeid.core.web;

/**
 * Input whose one field breaks a rule (400): answered like {@link InvalidInputException}, with the field's name (its
 * JSON path, e.g. {@code profile.themes[1]}) as the problem's {@code field} property.
 */
public class InvalidFieldException extends InvalidInputException implements FieldProblem {

    private final String field;

    public InvalidFieldException(String field, String code, Object... arguments) {
        super(code, arguments);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
