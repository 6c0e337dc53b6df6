package no.samarbeid.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for page tests: asks for HTML, keeps cookies, does not follow redirects, posts forms with the CSRF
 * token.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new PlainCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET());
    }

    /**
     * Logs in through Keycloak as a demo user, as a browser does: the app's redirect, the username form, the
     * password form, and back to the app with the code.
     */
    void login(String username) {
        var page = follow(get("/oauth2/authorization/keycloak"));
        for (int step = 0; step < 4 && page.statusCode() == 200 && page.body().contains("<form"); step++) {
            page = follow(post(action(page.body()), Map.of("username", username, "password", "demo"), null));
        }
        if (!page.uri().toString().startsWith(base) || page.statusCode() >= 400) {
            throw new AssertionError("login ended at " + page.statusCode() + " " + page.uri() + ": "
                    + page.body().replaceAll("\\s+", " "));
        }
    }

    /** Keycloak's login page, as the app sends a browser there. */
    HttpResponse<String> loginPage() {
        return follow(get("/oauth2/authorization/keycloak"));
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        var current = response;
        for (int hops = 0; hops < 10 && (current.statusCode() == 302 || current.statusCode() == 303); hops++) {
            String location = redirect(current);
            current = get(location.startsWith("/") ? base + location : location);
        }
        return current;
    }

    private static String redirect(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(response.body()));
    }

    private static String action(String html) {
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(html);
        if (!action.find()) {
            throw new AssertionError("no form on the login page: " + html);
        }
        return action.group(1).replace("&amp;", "&");
    }

    /** Posts a form as a browser would, with the CSRF token of the page last read (none when {@code token} is null). */
    HttpResponse<String> post(String path, Map<String, String> fields, String token) {
        return post(path, List.copyOf(new LinkedHashMap<>(fields).entrySet()), token, false);
    }

    /**
     * Posts a form whose fields may repeat (checkboxes), with the CSRF token (none when null); with {@code htmx} as
     * htmx sends it (the {@code HX-Request} header), so the answer is a fragment.
     */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String token, boolean htmx) {
        var form = new ArrayList<>(fields);
        if (token != null) {
            form.add(Map.entry("_csrf", token));
        }
        String body = form.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(htmx ? request.header("HX-Request", "true") : request);
    }

    /** The first lines of a server-sent-events stream, up to and including the line that contains {@code until}. */
    String stream(String path, String until) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            var seen = new StringBuilder("status " + response.statusCode() + "\n");
            try (var lines = response.body()) {
                var iterator = lines.iterator();
                while (iterator.hasNext()) {
                    String line = iterator.next();
                    seen.append(line).append('\n');
                    if (line.contains(until) || response.statusCode() != 200) {
                        break;
                    }
                }
            }
            return seen.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token a page carries (meta tag for htmx, or a form's hidden field). */
    static String csrf(String html) {
        Matcher meta = CSRF.matcher(html);
        if (meta.find()) {
            return meta.group(1);
        }
        Matcher form = FORM_CSRF.matcher(html);
        if (form.find()) {
            return form.group(1);
        }
        throw new AssertionError("no CSRF token on the page");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
