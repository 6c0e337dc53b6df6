package no.samarbeid.web;

import java.net.CookieHandler;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Cookies per host (port and path ignored), Secure ones included: Keycloak marks its login cookies Secure even over
 * plain http on loopback, which a browser accepts for localhost and Java's CookieManager does not.
 */
final class PlainCookies extends CookieHandler {

    private final Map<String, Map<String, String>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
        Map<String, String> cookies = byHost.getOrDefault(uri.getHost(), Map.of());
        if (cookies.isEmpty()) {
            return Map.of();
        }
        String header = cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> headers) {
        headers.forEach((name, values) -> {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                values.forEach(value -> store(uri.getHost(), value));
            }
        });
    }

    private void store(String host, String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals < 1) {
            return;
        }
        String name = pair.substring(0, equals).trim();
        String value = pair.substring(equals + 1).trim();
        Map<String, String> cookies = byHost.computeIfAbsent(host, h -> new ConcurrentHashMap<>());
        if (value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }
}
