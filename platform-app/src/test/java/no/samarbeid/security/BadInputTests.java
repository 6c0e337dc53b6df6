package no.samarbeid.security;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import no.samarbeid.IntegrationTest;
import no.samarbeid.security.ApiEndpoints.Kind;
import no.samarbeid.security.EndpointCatalog.Handled;
import no.samarbeid.security.Http.Body;
import no.samarbeid.security.Http.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input on every endpoint of the catalog that takes a JSON body (tenant, platform and guest entry), sent by the
 * user of Oslo allowed to call it against Oslo's real data: malformed JSON, an empty object, an array, and each field
 * with a wrong type (text where numbers, booleans, UUIDs, dates or enums go; 10 000 characters in text fields), and
 * a valid body sent as {@code text/plain}. Each
 * gets a 4xx with problem details and no internals, and writes nothing: what Oslo reads of its data is the same
 * afterwards, and no list mentions the text that was sent. Path variables that are not UUIDs get 400 too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests {

    /** What a response to bad input must never show: exceptions, stack frames, SQL, class names. */
    private static final List<String> INTERNALS =
            List.of("Exception", "at no.samarbeid", "SQL", "org.postgresql", "no.samarbeid.", "tools.jackson", "java.");

    /** The refusals of bad input: invalid (400), or what the state of the data makes the answer. */
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 413, 422);

    /** Endpoints whose body has no required field, with why {@code {}} is a valid request for them. */
    private static final Map<String, String> EMPTY_OBJECT_IS_VALID = Map.of(
            "PUT /api/workshops/{id}/tables/{tableId}/reflection",
            "the answers replace the table's answers, so {} clears them",
            "PUT /api/registry/entrepreneurs/{organisationNumber}/profile",
            "the profile replaces the entry's profile and every field is optional, so {} empties it");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final String sent = "BADINPUT" + UUID.randomUUID().toString().substring(0, 8);
    private final String longText = sent + "x".repeat(10_000 - sent.length());
    private Http http;
    private EndpointCatalog catalog;
    private OsloWorkshop oslo;

    @BeforeAll
    void osloHasData() {
        http = new Http(port);
        catalog = EndpointCatalog.of(mapping);
        oslo = OsloWorkshop.create(http);
    }

    @TestFactory
    Stream<DynamicTest> malformedJsonIsRefused() {
        return perJsonEndpoint(endpoint -> {
            String field = valid(endpoint).keySet().iterator().next();
            return Map.of("malformed", Body.text("{\"" + field + "\": "));
        });
    }

    @TestFactory
    Stream<DynamicTest> anEmptyObjectIsRefused() {
        return perJsonEndpoint(endpoint ->
                EMPTY_OBJECT_IS_VALID.containsKey(endpoint.endpoint().toString())
                        ? Map.of()
                        : Map.of("{}", Body.text("{}")));
    }

    @TestFactory
    Stream<DynamicTest> anArrayInsteadOfAnObjectIsRefused() {
        return perJsonEndpoint(endpoint -> Map.of("[]", Body.text("[]")));
    }

    @TestFactory
    Stream<DynamicTest> eachFieldOfAWrongTypeIsRefused() {
        return perJsonEndpoint(endpoint -> {
            Map<String, Object> valid = valid(endpoint);
            Map<String, Body> probes = new LinkedHashMap<>();
            WrongValues.fieldsOf(endpoint.jsonBody().orElseThrow(), valid.keySet())
                    .forEach((field, type) -> {
                        for (Object wrong : WrongValues.of(type, longText)) {
                            Map<String, Object> body = new LinkedHashMap<>(valid);
                            body.put(field, wrong);
                            probes.put(field + " = " + WrongValues.describe(wrong), Body.json(body));
                        }
                    });
            return probes;
        });
    }

    @TestFactory
    Stream<DynamicTest> aValidBodyThatIsNotSentAsJsonIsRefused() {
        return perJsonEndpoint(
                Set.of(400, 415),
                endpoint ->
                        Map.of("as text/plain", new Body("text/plain", Http.JSON.writeValueAsBytes(valid(endpoint)))));
    }

    @TestFactory
    Stream<DynamicTest> pathVariablesThatAreNotUuidsAreRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.all()) {
            for (String variable : endpoint.uuidVariables()) {
                tests.add(dynamicTest(endpoint.endpoint() + " with {" + variable + "} not a UUID", () -> {
                    Map<String, String> before = oslo.snapshot(catalog);
                    Body body = oslo.body(endpoint);
                    String path = oslo.path(endpoint.endpoint(), variable, "not-a-uuid");
                    Reply reply = http.send(
                            oslo.authorised(endpoint), endpoint.endpoint().method(), path, body, endpoint.accept());
                    List<String> findings = new ArrayList<>();
                    String request = oslo.authorised(endpoint) + " "
                            + endpoint.endpoint().method() + " " + path;
                    if (reply.status() != 400) {
                        findings.add(request + ": expected 400 -> " + reply);
                    }
                    check(request, reply, findings);
                    unchanged(before, findings);
                    report(findings);
                }));
            }
        }
        return tests.stream();
    }

    /** One test per endpoint with a JSON body, sending each of its probes and checking the answers and the data. */
    private Stream<DynamicTest> perJsonEndpoint(Function<Handled, Map<String, Body>> probesOf) {
        return perJsonEndpoint(REFUSALS, probesOf);
    }

    private Stream<DynamicTest> perJsonEndpoint(Set<Integer> refusals, Function<Handled, Map<String, Body>> probesOf) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Handled endpoint : catalog.all()) {
            if (endpoint.kind() == Kind.NATIONAL || endpoint.jsonBody().isEmpty()) {
                continue;
            }
            Map<String, Body> probes = probesOf.apply(endpoint);
            if (probes.isEmpty()) {
                continue;
            }
            tests.add(dynamicTest(endpoint.endpoint().toString(), () -> {
                Map<String, String> before = oslo.snapshot(catalog);
                List<String> findings = new ArrayList<>();
                String path = oslo.path(endpoint.endpoint());
                probes.forEach((name, body) -> {
                    Reply reply = http.send(
                            oslo.authorised(endpoint), endpoint.endpoint().method(), path, body);
                    String request = oslo.authorised(endpoint) + " "
                            + endpoint.endpoint().method() + " " + path + " " + name;
                    if (!refusals.contains(reply.status())) {
                        findings.add(request + ": expected one of " + new TreeSet<>(refusals) + " -> " + reply);
                    }
                    check(request, reply, findings);
                });
                unchanged(before, findings);
                boolean marked = probes.values().stream()
                        .anyMatch(body -> new String(body.content(), StandardCharsets.UTF_8).contains(sent));
                List<String> mentioning = marked ? oslo.collectionsMentioning(catalog, sent) : List.of();
                if (!mentioning.isEmpty()) {
                    findings.add("bad input was written: " + mentioning + " show " + sent);
                }
                report(findings);
            }));
        }
        return tests.stream();
    }

    private Map<String, Object> valid(Handled endpoint) {
        Map<String, Object> valid = oslo.validJson(endpoint.endpoint());
        if (valid == null || valid.isEmpty()) {
            throw new AssertionError(
                    endpoint.endpoint() + " takes JSON: give a valid body in OsloWorkshop.validJson()");
        }
        return valid;
    }

    private static void check(String request, Reply reply, List<String> findings) {
        if (!reply.problem()) {
            findings.add(
                    request + ": not problem details (" + String.join(", ", reply.problemDefects()) + ") -> " + reply);
        }
        for (String internal : INTERNALS) {
            if (reply.text().contains(internal)) {
                findings.add(request + ": shows internals (\"" + internal + "\") -> " + reply);
            }
        }
    }

    private void unchanged(Map<String, String> before, List<String> findings) {
        Map<String, String> after = oslo.snapshot(catalog);
        Set<String> changed = new TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(key -> java.util.Objects.equals(before.get(key), after.get(key)));
        for (String key : changed) {
            findings.add("bad input changed what Oslo reads at " + key + ":\n  before " + abbreviate(before.get(key))
                    + "\n  after  " + abbreviate(after.get(key)));
        }
    }

    private static void report(List<String> findings) {
        if (!findings.isEmpty()) {
            fail(findings.size() + " finding(s):\n" + String.join("\n", findings));
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "(none)" : text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
