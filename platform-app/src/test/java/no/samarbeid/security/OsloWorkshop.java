package no.samarbeid.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import no.samarbeid.security.ApiEndpoints.Kind;
import no.samarbeid.security.EndpointCatalog.Handled;
import no.samarbeid.security.Http.Body;
import no.samarbeid.security.Http.Caller;
import no.samarbeid.security.Http.Reply;
import no.samarbeid.support.Method2017;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Real data of Oslo, made through the API, that every endpoint's path variables can point at: a template variant,
 * and a running workshop with two tables, a guest, notes (revealed, clustered, voted on), a partner, a sketch with a
 * photo, an effect, a measure, myths, reflection answers, a next step and an evaluation. Every text of Oslo carries
 * {@link #marker}, so a response that leaks Oslo's content is recognised. Also gives each endpoint a valid body
 * and the Oslo user authorised to call it.
 */
final class OsloWorkshop {

    static final Caller FACILITATOR = Caller.user("oslo-fasilitator");
    static final Caller ADMIN = Caller.user("oslo-admin");
    static final Caller PLATFORM_ADMIN = Caller.user("plattform-admin");
    static final Caller COORDINATOR = Caller.user("koordinator");
    static final Caller RESEARCHER = Caller.user("forsker");
    static final Caller REGISTERED = Caller.user(DemoUsers.REGISTERED_ENTREPRENEUR);
    static final String EDITION = "veier-til-samarbeid:2017";
    static final String SHEET = "why-collaborate";
    static final String ZONE = "central-question";

    /** GETs without path variables whose answer only the caller's own actions change. */
    private static final Set<String> STABLE_WITHOUT_VARIABLES = Set.of("GET /api/municipality");

    /** A link request that does not exist: the decision's probes are refused before any request is looked up. */
    private static final String NO_LINK_REQUEST = "00000000-0000-4000-8000-000000000000";

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f"
                    + "15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082");

    final Http http;
    final String marker = "OSLOHEMMELIG" + UUID.randomUUID().toString().substring(0, 8);
    final Map<String, String> ids = new LinkedHashMap<>();
    String workshopId;
    String table;
    String otherTable;
    String variantId;
    String joinCode;
    Caller guest;

    private OsloWorkshop(Http http) {
        this.http = http;
    }

    /** Makes all of Oslo's data as its admin, facilitator and a guest. */
    static OsloWorkshop create(Http http) {
        DemoUsers.ensureRegisteredEntrepreneur();
        OsloWorkshop oslo = new OsloWorkshop(http);
        oslo.make();
        return oslo;
    }

    private void make() {
        variantId = created(ADMIN, "/api/templates/variants", variant(marker + " variant"));
        workshopId = created(
                FACILITATOR,
                "/api/workshops",
                json("title", marker + " verksted", "place", marker + " rådhus", "date", inDays(1)));
        String workshop = "/api/workshops/" + workshopId;
        ok(FACILITATOR, "POST", workshop + "/tables", json("name", "Bord 1"));
        JsonNode tables = ok(FACILITATOR, "POST", workshop + "/tables", json("name", "Bord 2"))
                .path("tables");
        table = tables.get(0).path("id").asString();
        otherTable = tables.get(1).path("id").asString();
        ok(FACILITATOR, "POST", workshop + "/start", null);
        joinCode = ok(FACILITATOR, "GET", workshop + "/join-code", null)
                .path("joinCode")
                .asString();
        JsonNode joined = ok(
                Caller.anonymous(),
                "POST",
                "/api/guest/join",
                json(
                        "code",
                        joinCode,
                        "displayName",
                        "Gjest " + marker,
                        "perspective",
                        "SOCIAL_ENTREPRENEUR",
                        "tableId",
                        table));
        guest = Caller.guest("Oslo guest", joined.path("sessionToken").asString());
        ids.put("participantId", joined.path("participant").path("id").asString());

        ok(FACILITATOR, "POST", workshop + "/facilitation/sheet", json("sheetKey", SHEET));
        ok(FACILITATOR, "POST", workshop + "/facilitation/phase", json("phase", "SILENT_WRITING"));
        ids.put("noteId", created(FACILITATOR, at("notes"), note(marker + " lapp fra fasilitator")));
        created(guest, at("notes"), note(marker + " lapp fra gjest"));
        ok(FACILITATOR, "POST", workshop + "/facilitation/phase", json("phase", "DISCUSSION"));
        created(
                FACILITATOR,
                at("clusters"),
                json("heading", marker + " gruppe", "noteIds", List.of(ids.get("noteId"))));
        ok(guest, "PUT", at("notes/" + ids.get("noteId") + "/votes"), json("dots", 1));

        ids.put(
                "partnerId",
                created(
                        FACILITATOR,
                        at("partners"),
                        json("name", marker + " kafé", "delivers", marker, "zone", "REGION")));
        ids.put("sketchId", created(FACILITATOR, at("sketches"), sketch(marker + " sektor")));
        Reply photo = http.send(
                FACILITATOR, "PUT", at("sketches/" + ids.get("sketchId") + "/photo"), new Body("image/png", PNG));
        assertThat(photo.status()).as(photo.toString()).isEqualTo(200);
        ids.put(
                "effectId",
                created(FACILITATOR, at("effects"), json("stakeholder", "CITIZEN", "text", marker + " effekt")));
        ids.put(
                "measureId",
                created(
                        FACILITATOR,
                        at("measures"),
                        json("what", marker + " måling", "effectIds", List.of(ids.get("effectId")))));
        ids.put("mythKey", "myth-1");
        ok(FACILITATOR, "PUT", at("myths/myth-1"), json("lives", "PARTLY", "buster", marker + " knuser"));
        ids.put("otherId", created(FACILITATOR, at("myths"), json("text", marker + " myte", "lives", "YES")));
        ok(FACILITATOR, "PUT", at("reflection"), json("low-hanging-fruit", marker + " svar"));
        ids.put(
                "stepId",
                created(
                        FACILITATOR,
                        at("next-steps"),
                        json("text", marker + " steg", "owner", marker, "dueDate", inDays(7))));
        ok(guest, "POST", workshop + "/evaluation", json("whatWorked", marker + " evaluering", "rating", 4));
        ids.put("organisationNumber", registryEntry());
        followedUp();
    }

    /**
     * What impact made of the sheets (through Kafka, awaited): the collaboration of the sketch with its effect and
     * indicator, and the next step as a task. Their ids serve the impact endpoints' path variables.
     */
    private void followedUp() {
        JsonNode collaboration = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(
                        this::impactCollaboration,
                        c -> c != null
                                && c.path("effects").size() == 1
                                && c.path("indicators").size() == 1);
        ids.put("collaborationId", collaboration.path("id").asString());
        ids.put(
                "impactEffectId",
                collaboration.path("effects").get(0).path("id").asString());
        ids.put(
                "indicatorId",
                collaboration.path("indicators").get(0).path("id").asString());
        JsonNode task = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(
                        () -> {
                            for (JsonNode step : ok(FACILITATOR, "GET", "/api/impact/next-steps", null)) {
                                if (step.path("text").asString().startsWith(marker)) {
                                    return step;
                                }
                            }
                            return null;
                        },
                        java.util.Objects::nonNull);
        ids.put("impactStepId", task.path("id").asString());
    }

    @Nullable
    private JsonNode impactCollaboration() {
        for (JsonNode summary : ok(FACILITATOR, "GET", "/api/impact/collaborations", null)) {
            if (workshopId.equals(summary.path("workshopId").asString())) {
                return ok(
                        FACILITATOR,
                        "GET",
                        "/api/impact/collaborations/" + summary.path("id").asString(),
                        null);
            }
        }
        return null;
    }

    /** A verified register entry of its own (a fresh organisation number), so probes never touch demo data. */
    private String registryEntry() {
        String number = freshOrganisationNumber();
        Reply reply = http.send(
                COORDINATOR,
                "POST",
                "/api/registry/entrepreneurs",
                Body.json(json(
                        "organisationNumber",
                        number,
                        "name",
                        "Sikkerhetstest AS",
                        "organisationForm",
                        "AS",
                        "municipalityNumber",
                        "0301")));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return number;
    }

    /** A valid organisation number starting with 3 (never issued by Enhetsregisteret), random. */
    static String freshOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String base = "3"
                    + String.format(
                            "%07d",
                            java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (base.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return base + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    /** The path of an endpoint with its variables pointing at Oslo's data. */
    String path(Endpoint endpoint) {
        return endpoint.path(name -> variable(endpoint, name));
    }

    /** The same path with one variable replaced. */
    String path(Endpoint endpoint, String variable, String value) {
        return endpoint.path(name -> name.equals(variable) ? value : variable(endpoint, name));
    }

    String variable(Endpoint endpoint, String name) {
        if (endpoint.pattern().startsWith("/api/templates/variants/") && name.equals("id")) {
            return variantId;
        }
        if (endpoint.pattern().startsWith("/api/registry/mentions/") && name.equals("id")) {
            return ids.get("partnerId");
        }
        if (endpoint.pattern().startsWith("/api/registry/link-requests/") && name.equals("id")) {
            return NO_LINK_REQUEST;
        }
        if (endpoint.pattern().startsWith("/api/impact/")) {
            String impact = switch (name) {
                case "id" -> ids.get("collaborationId");
                case "effectId" -> ids.get("impactEffectId");
                case "stepId" -> ids.get("impactStepId");
                default -> null;
            };
            if (impact != null) {
                return impact;
            }
        }
        return switch (name) {
            case "id" -> workshopId;
            case "tableId" -> table;
            case "reference" -> "variant:" + variantId;
            case "table" -> "notes-by-county-sheet";
            default -> {
                String id = ids.get(name);
                if (id == null) {
                    throw new AssertionError("No Oslo value for the path variable {" + name + "} of " + endpoint
                            + ": make the data in OsloWorkshop.make() and name it there");
                }
                yield id;
            }
        };
    }

    /**
     * A valid JSON body of an endpoint that takes one (valid for Oslo's data; texts without {@link #marker}), or
     * null for an endpoint without a JSON body.
     */
    @Nullable
    Map<String, Object> validJson(Endpoint endpoint) {
        String tables = "/api/workshops/{id}/tables/{tableId}";
        return switch (endpoint.toString().replace(tables, "TABLE")) {
            case "POST /api/platform/municipalities" -> json("municipalityNumber", "0301", "sharesNationally", true);
            case "PUT /api/municipality/sharing" -> json("sharesNationally", true);
            case "POST /api/platform/research/access" ->
                json("username", "forsker", "project", "Prosjekt", "purpose", "Formål", "endsOn", inDays(60));
            case "POST /api/platform/reporting/dead-letters/replay" ->
                json("topic", "samarbeid.workshops.reporting.dlt", "partition", 0, "offset", 0);
            case "POST /api/templates/variants", "PUT /api/templates/variants/{id}" -> variant("Gyldig variant");
            case "POST /api/workshops" -> json("title", "Gyldig verksted", "place", "Rådhuset", "date", inDays(1));
            case "POST /api/workshops/{id}/schedule" -> json("date", inDays(2));
            case "PUT /api/workshops/{id}/settings" -> json("showNames", false, "dotsPerPerson", 3);
            case "PUT /api/workshops/{id}/sharing" -> json("shared", true);
            case "POST /api/workshops/{id}/invitations" -> json("username", "oslo-deltaker");
            case "POST /api/workshops/{id}/facilitators" -> json("username", "oslo-admin");
            case "PUT /api/workshops/{id}/agenda" ->
                json(
                        "sheets",
                        List.of(json("sheetKey", SHEET, "minutes", 20), json("sheetKey", "next-steps", "minutes", 10)));
            case "POST /api/guest/join" ->
                json("code", joinCode, "displayName", "Gjest", "perspective", "OTHER", "tableId", table);
            case "POST /api/workshops/{id}/participants" ->
                json("displayName", "Deltaker", "perspective", "MUNICIPALITY", "tableId", table);
            case "PUT /api/workshops/{id}/participants/{participantId}/table" -> json("tableId", otherTable);
            case "POST /api/workshops/{id}/tables" -> json("name", "Bord 3");
            case "POST /api/workshops/{id}/facilitation/sheet" -> json("sheetKey", SHEET, "tableId", table);
            case "POST /api/workshops/{id}/facilitation/phase" ->
                json("phase", "DISCUSSION", "minutes", 10, "tableId", table);
            case "POST /api/workshops/{id}/facilitation/timer" ->
                json("action", "EXTEND", "minutes", 5, "tableId", table);
            case "POST /api/workshops/{id}/evaluation" ->
                json("whatWorked", "Samtalene", "rating", 4, "comment", "Bra");
            case "POST TABLE/notes" ->
                json("sheetKey", SHEET, "zoneKey", ZONE, "text", "Gyldig lapp", "perspective", "MUNICIPALITY");
            case "PUT TABLE/notes/{noteId}" -> json("text", "Endret lapp");
            case "POST TABLE/notes/{noteId}/move" -> json("zoneKey", ZONE);
            case "PUT TABLE/notes/{noteId}/votes" -> json("dots", 1);
            case "POST TABLE/clusters" -> json("heading", "Gruppe", "noteIds", List.of(ids.get("noteId")));
            case "POST TABLE/partners", "PUT TABLE/partners/{partnerId}" ->
                json("name", "Kafé", "delivers", "Arbeidstrening", "zone", "REGION");
            case "POST TABLE/sketches", "PUT TABLE/sketches/{sketchId}" -> sketch("Helse og omsorg");
            case "POST TABLE/effects", "PUT TABLE/effects/{effectId}" ->
                json("stakeholder", "CITIZEN", "text", "Bedre tjenester", "benefits", List.of("QUALITY"));
            case "POST TABLE/measures", "PUT TABLE/measures/{measureId}" ->
                json("what", "Antall", "how", "Telling", "effectIds", List.of(ids.get("effectId")));
            case "PUT TABLE/myths/{mythKey}" -> json("lives", "NO", "buster", "Kunnskap");
            case "POST TABLE/myths", "PUT TABLE/myths/other/{otherId}" ->
                json("text", "Annen myte", "lives", "NO", "buster", "Fakta");
            case "PUT TABLE/reflection" -> json("next-steps", "Neste steg");
            case "POST /api/registry/entrepreneurs" ->
                json(
                        "organisationNumber",
                        freshOrganisationNumber(),
                        "name",
                        "Ny AS",
                        "organisationForm",
                        "AS",
                        "municipalityNumber",
                        "0301");
            case "PUT /api/registry/entrepreneurs/{organisationNumber}/profile" ->
                json("description", "Beskrivelse", "themes", List.of("arbeidsinkludering"));
            case "POST /api/registry/entrepreneurs/{organisationNumber}/verification" -> json("decision", "VERIFY");
            case "POST /api/registry/entrepreneurs/{organisationNumber}/accounts" ->
                json(
                        "username",
                        "sikkerhet-" + UUID.randomUUID().toString().substring(0, 8),
                        "email",
                        "sikkerhet@samarbeid.example",
                        "firstName",
                        "Kari",
                        "lastName",
                        "Nordmann");
            case "PUT /api/registry/entrepreneurs/{organisationNumber}/data" ->
                json(
                        "name",
                        "Sikkerhetstest AS",
                        "organisationForm",
                        "AS",
                        "nonprofit",
                        true,
                        "industryCode",
                        "88.991",
                        "municipalityNumber",
                        "0301");
            case "POST /api/registry/link-requests" -> json("organisationNumber", ids.get("organisationNumber"));
            case "POST /api/registry/link-requests/{id}/decision" -> json("decision", "APPROVE");
            case "POST /api/registry/merges" ->
                json("survivor", ids.get("organisationNumber"), "merged", freshOrganisationNumber());
            case "POST /api/registry/mentions/{id}/proposal" ->
                json(
                        "organisationNumber",
                        freshOrganisationNumber(),
                        "name",
                        "Forslag AS",
                        "organisationForm",
                        "AS",
                        "municipalityNumber",
                        "0301");
            case "POST /api/registry/mentions/{id}/link" ->
                json("organisationNumber", ids.get("organisationNumber"), "decision", "CONFIRM");
            case "POST TABLE/next-steps", "PUT TABLE/next-steps/{stepId}" ->
                json("text", "Steg", "owner", "Enhet", "dueDate", inDays(7));
            case "POST /api/impact/collaborations", "PUT /api/impact/collaborations/{id}" ->
                json("title", "Gyldig samarbeid", "theme", "helse", "entrepreneurName", "Kafé");
            case "POST /api/impact/collaborations/{id}/stage" -> json("stage", "DIALOGUE");
            case "POST /api/impact/collaborations/{id}/effects" ->
                json("stakeholder", "CITIZEN", "text", "Bedre hverdag", "benefits", List.of("QUALITY"));
            case "PUT /api/impact/collaborations/{id}/effects/{effectId}/realisation" ->
                json("realisedAt", inDays(0), "evidence", "Rapport");
            case "PUT /api/impact/collaborations/{id}/sroi" ->
                json(
                        "quantity", 10,
                        "financialProxy", 150000,
                        "years", 3,
                        "deadweightPercent", 20,
                        "displacementPercent", 10,
                        "attributionPercent", 30,
                        "dropOffPercent", 25,
                        "discountRatePercent", 4,
                        "investment", 500000);
            case "POST /api/impact/collaborations/{id}/indicators",
                    "PUT /api/impact/collaborations/{id}/indicators/{indicatorId}" ->
                json("name", "Deltakere", "unit", "PERSONS", "baselineValue", 0, "baselineDate", inDays(0));
            case "POST /api/impact/collaborations/{id}/indicators/{indicatorId}/measurements" ->
                json("value", 3, "periodFrom", inDays(0), "periodTo", inDays(30), "source", "NAV");
            case "PUT /api/impact/next-steps/{stepId}" -> json("status", "DONE");
            default -> null;
        };
    }

    /** The body to send to an endpoint: its valid JSON, a photo, or none. */
    @Nullable
    Body body(Handled endpoint) {
        if (endpoint.endpoint().writes() && endpoint.endpoint().pattern().endsWith("/photo")) {
            return new Body("image/png", PNG);
        }
        if (endpoint.endpoint().pattern().equals("/api/registry/imports/entries")) {
            return new Body(
                    "text/csv",
                    "organisationNumber;name;organisationForm;municipalityNumber\n".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> json = validJson(endpoint.endpoint());
        if (json == null && endpoint.jsonBody().isPresent()) {
            throw new AssertionError(
                    endpoint.endpoint() + " takes a JSON body: give a valid one in OsloWorkshop.validJson()");
        }
        return json == null ? null : Body.json(json);
    }

    /** Who of Oslo may call the endpoint. */
    Caller authorised(Handled handled) {
        Endpoint endpoint = handled.endpoint();
        return switch (handled.kind()) {
            case PLATFORM -> PLATFORM_ADMIN;
            case NATIONAL -> COORDINATOR;
            case RESEARCH -> RESEARCHER;
            case GUEST_ENTRY -> Caller.anonymous();
            case REGISTRY -> {
                if (ApiEndpoints.PUBLIC.contains(endpoint)) {
                    yield Caller.anonymous();
                }
                yield ApiEndpoints.REGISTERED_USER.contains(endpoint) ? REGISTERED : COORDINATOR;
            }
            case TENANT -> {
                String pattern = endpoint.pattern();
                if (pattern.startsWith("/api/templates/variants") || pattern.endsWith("/sharing")) {
                    yield ADMIN;
                }
                if (pattern.endsWith("/evaluation") || pattern.endsWith("/votes")) {
                    yield guest;
                }
                yield FACILITATOR;
            }
        };
    }

    /**
     * What Oslo's authorised users read of its data: every tenant GET that points at it by path variables (and the
     * few without variables that nobody else changes), keyed by endpoint.
     */
    Map<String, String> snapshot(EndpointCatalog catalog) {
        Map<String, String> snapshot = new TreeMap<>();
        for (Handled handled : catalog.ofKind(Kind.TENANT)) {
            Endpoint endpoint = handled.endpoint();
            boolean scoped = !endpoint.variables().isEmpty() || STABLE_WITHOUT_VARIABLES.contains(endpoint.toString());
            if (endpoint.method().equals("GET") && scoped && !handled.streams()) {
                Reply reply = http.send(authorised(handled), "GET", path(endpoint), null, handled.accept());
                snapshot.put(endpoint.toString(), reply.status() + " " + reply.text());
            }
        }
        return snapshot;
    }

    /** The GETs without path variables (collections, searches) whose answer mentions the text. */
    List<String> collectionsMentioning(EndpointCatalog catalog, String text) {
        List<String> mentioning = new ArrayList<>();
        for (Handled handled : catalog.all()) {
            Endpoint endpoint = handled.endpoint();
            boolean readable = handled.kind() == Kind.TENANT || handled.kind() == Kind.PLATFORM;
            if (readable
                    && endpoint.method().equals("GET")
                    && endpoint.variables().isEmpty()
                    && !handled.streams()) {
                Reply reply = http.send(authorised(handled), "GET", endpoint.pattern(), null, handled.accept());
                if (reply.text().contains(text)) {
                    mentioning.add(endpoint.toString());
                }
            }
        }
        return mentioning;
    }

    String at(String resource) {
        return "/api/workshops/" + workshopId + "/tables/" + table + "/" + resource;
    }

    private JsonNode ok(Caller caller, String method, String path, @Nullable Object body) {
        Reply reply = http.send(caller, method, path, body == null ? null : Body.json(body));
        assertThat(reply.status()).as(method + " " + path + ": " + reply).isEqualTo(200);
        return reply.json();
    }

    private String created(Caller caller, String path, Object body) {
        Reply reply = http.send(caller, "POST", path, Body.json(body));
        assertThat(reply.status()).as("POST " + path + ": " + reply).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private Map<String, Object> note(String text) {
        return json("sheetKey", SHEET, "zoneKey", ZONE, "text", text, "perspective", "MUNICIPALITY");
    }

    private Map<String, Object> sketch(String sector) {
        return json(
                "partnerId", ids.get("partnerId"),
                "sector", sector,
                "projectType", "DEVELOPMENT_PROJECT",
                "procurement", true,
                "involved", "Innkjøp",
                "deliveryForm", "CLOSE_COLLABORATION",
                "howItWorks", "Kafé på sykehjemmet");
    }

    /** A variant of the 2017 edition without sheet 4. */
    private static Map<String, Object> variant(String name) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (String key : Method2017.sheetsWithout("new-meeting-places")) {
            sheets.add(json("key", key));
        }
        return json("name", name, "base", EDITION, "sheets", sheets);
    }

    static String inDays(int days) {
        return LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(days).toString();
    }

    static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }
}
