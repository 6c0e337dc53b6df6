package no.samarbeid.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One endpoint of the API: an HTTP method and a Spring MVC path pattern, e.g. {@code GET /api/workshops/{id}}. */
record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(?::[^}]*)?}");
    private static final Comparator<Endpoint> ORDER =
            Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method);

    /** Parses {@code "GET /api/workshops"}. */
    static Endpoint of(String endpoint) {
        String[] parts = endpoint.trim().split("\\s+", 2);
        return new Endpoint(parts[0], parts[1]);
    }

    /** The names of the path variables, in order. */
    List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The path with each variable replaced by its value. */
    String path(Function<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    @Override
    public int compareTo(Endpoint other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
