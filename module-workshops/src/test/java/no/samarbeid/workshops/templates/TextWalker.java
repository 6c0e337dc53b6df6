package no.samarbeid.workshops.templates;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every {@link LocalizedText} in a graph of records and lists, with the path that leads to it. */
final class TextWalker {

    record Found(String path, LocalizedText text) {}

    private TextWalker() {}

    static List<Found> texts(Object root) {
        List<Found> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<Found> found) {
        if (value instanceof LocalizedText text) {
            found.add(new Found(path, text));
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", found);
            }
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object child = component.getAccessor().invoke(record);
                    if (child != null) {
                        walk(child, path + "." + component.getName(), found);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
