package no.samarbeid.security;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.ResolvableType;

/** The fields of a request body by their declared types, and values of the wrong type for each. */
final class WrongValues {

    private WrongValues() {}

    /**
     * The JSON fields of a body type: a record's components, or for a map the keys of a valid body with the map's
     * value type.
     */
    static Map<String, Type> fieldsOf(Type bodyType, Set<String> validKeys) {
        ResolvableType type = ResolvableType.forType(bodyType);
        Class<?> raw = type.toClass();
        Map<String, Type> fields = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), component.getGenericType());
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            Type value = type.asMap().getGeneric(1).getType();
            validKeys.forEach(key -> fields.put(key, value));
        } else {
            throw new AssertionError("Cannot list the fields of " + bodyType + ": teach WrongValues.fieldsOf");
        }
        return fields;
    }

    /** Values a field of the type must refuse: text of 10 000 characters for text, text for everything else. */
    static List<Object> of(Type declared, String longText) {
        ResolvableType type = ResolvableType.forType(declared);
        Class<?> raw = type.toClass();
        if (raw == String.class) {
            return List.of(longText);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return List.of("not-a-boolean");
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return List.of("not-a-number");
        }
        if (raw == UUID.class) {
            return List.of("not-a-uuid");
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            return List.of("not-a-date");
        }
        if (raw.isEnum()) {
            return List.of("NOT_A_VALUE");
        }
        if (Collection.class.isAssignableFrom(raw)) {
            List<Object> values = new ArrayList<>();
            values.add("not-a-list");
            for (Object element : of(type.asCollection().getGeneric(0).resolve(Object.class), longText)) {
                values.add(List.of(element));
            }
            return values;
        }
        return List.of("not-an-object");
    }

    static String describe(Object value) {
        if (value instanceof List<?> list) {
            return "[" + describe(list.get(0)) + "]";
        }
        String text = String.valueOf(value);
        return text.length() > 40 ? "a text of " + text.length() + " characters" : "\"" + text + "\"";
    }
}
