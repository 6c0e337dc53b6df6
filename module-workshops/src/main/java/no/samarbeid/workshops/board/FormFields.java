package no.samarbeid.workshops.board;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of a posted board form; a missing or unknown choice is invalid input with the given code, so the
 * form explains it instead of failing the whole request.
 */
final class FormFields {

    private FormFields() {}

    /** The text of a field, empty when missing (the domain decides whether that is allowed). */
    static String text(MultiValueMap<String, String> form, String field) {
        return Objects.requireNonNullElse(form.getFirst(field), "");
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> form, String field, Class<E> type, String code) {
        try {
            return Enum.valueOf(type, text(form, field));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(code);
        }
    }

    /** Every chosen option of a group of checkboxes. */
    static <E extends Enum<E>> Set<E> choices(MultiValueMap<String, String> form, String field, Class<E> type) {
        Set<E> chosen = new LinkedHashSet<>();
        for (String value : values(form, field)) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sheetforms.unknown-choice");
            }
        }
        return chosen;
    }

    static boolean yesOrNo(MultiValueMap<String, String> form, String field, String code) {
        return switch (text(form, field)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(code);
        };
    }

    static UUID id(MultiValueMap<String, String> form, String field, String code) {
        try {
            return UUID.fromString(text(form, field));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(code);
        }
    }

    /** An optional id: absent or blank is none, anything else must be an id. */
    static @Nullable UUID optionalId(MultiValueMap<String, String> form, String field) {
        String value = text(form, field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sheetforms.unknown-choice");
        }
    }

    static Set<UUID> ids(MultiValueMap<String, String> form, String field) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String value : values(form, field)) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("sheetforms.unknown-choice");
            }
        }
        return ids;
    }

    static LocalDate date(MultiValueMap<String, String> form, String field, String code) {
        try {
            return LocalDate.parse(text(form, field));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(code);
        }
    }

    private static List<String> values(MultiValueMap<String, String> form, String field) {
        return Objects.requireNonNullElse(form.get(field), List.of());
    }
}
