package no.samarbeid.workshops.journey;

import static no.samarbeid.workshops.journey.JourneyWorkshop.ADMIN;
import static no.samarbeid.workshops.journey.JourneyWorkshop.EDITION;
import static no.samarbeid.workshops.journey.JourneyWorkshop.FACILITATOR;
import static no.samarbeid.workshops.journey.JourneyWorkshop.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.Method2017;
import no.samarbeid.support.SseClient;
import no.samarbeid.workshops.journey.JourneyWorkshop.Person;
import no.samarbeid.workshops.journey.WorkshopTopic.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A whole workshop of the method through the API against the stack, as Oslo would run it: a facilitator, two tables,
 * guests joining by code and a participant with an account; silent writing that no peer can read (neither through
 * the API nor the live stream), reveal, a reconnect with {@code Last-Event-ID}, sorting, votes, all ten sheets with
 * their own APIs, the evaluation and completion. Every event type on the way arrives on Kafka as a CloudEvent with
 * its contract's fields and nobody's identity. A municipality's variant without sheet 4 runs, while a workshop
 * started earlier from the 2017 edition keeps its pinned version. (Too many wrong join codes: {@link
 * GuestJoinRateLimitIntegrationTests}.)
 */
@IntegrationTest
class WholeWorkshopJourneyIntegrationTests {

    static final List<String> SHEETS = Method2017.SHEETS;
    private static final List<String> EVENTS = List.of(
            "WorkshopScheduled",
            "WorkshopStarted",
            "SheetOpened",
            "PhaseChanged",
            "TimerChanged",
            "NotePosted",
            "NotesRevealed",
            "NoteMoved",
            "NoteEdited",
            "NoteWithdrawn",
            "NotesClustered",
            "VotesCast",
            "EntrepreneurMentioned",
            "CollaborationSketched",
            "EffectIdentified",
            "MeasureProposed",
            "MythAssessed",
            "NextStepAgreed",
            "ReflectionAnswered",
            "WorkshopEvaluated",
            "WorkshopSharingChanged",
            "WorkshopCompleted");
    private static final String WHY = "why-collaborate";
    private static final String MEETING_POINTS = "meeting-points";

    @LocalServerPort
    int port;

    private final List<SseClient> streams = new ArrayList<>();
    /** Who took part and what they said only for the facilitators: none of it may ever reach Kafka. */
    private final Set<String> identities = new HashSet<>(Set.of(FACILITATOR, ADMIN, "oslo-deltaker"));

    private JourneyWorkshop workshop;
    private String table;
    private String otherTable;
    private String code;
    private Person kari;
    private Person ola;
    private Person per;
    private Person dina;
    private String secretNote;
    private String secretNoteId;

    @AfterEach
    void closeStreams() {
        streams.forEach(SseClient::close);
    }

    @Test
    void aWholeWorkshopRunsThroughAllTenSheetsAtTwoTablesAndEveryEventArrivesOnKafkaWithoutIdentity() {
        WorkshopTopic topic = WorkshopTopic.fromNow();

        theFacilitatorCreatesTheWorkshopWithTwoTables();
        String expired = aCompletedWorkshopsCodeIsRefused();
        guestsJoinByCodeAndAMemberWithAnAccount();
        sheetOneIsOpenedAndRead();
        sheetTwoIsWrittenInSilenceRevealedAndVotedOn();
        sheetThreeIsSortedByMovingClusteringEditingAndWithdrawing();
        sheetFourRunsAgainstAPausedAndExtendedCountdown();
        sheetsFiveToEightNamePartnersSketchEffectsAndMeasures();
        sheetNineAssessesTheMythsAndNamesOthers();
        sheetTenAnswersTheReflectionAndAgreesOnNextSteps();
        everyoneEvaluatesTheWorkshop();
        boolean shared = theAdminChangesWhetherTheWorkshopIsShared();
        theFacilitatorCompletesTheWorkshopAndItsCodeExpires();

        everyEventArrivedOnKafkaWithItsContractAndNoIdentity(topic, expired, shared);
    }

    @Test
    void aMunicipalVariantWithoutSheetFourRunsWhileAWorkshopStartedEarlierKeepsTheEditionItPinned() {
        WorkshopTopic topic = WorkshopTopic.fromNow();
        JourneyWorkshop earlier = JourneyWorkshop.create(port, unique("Verksted etter 2017-utgaven"), EDITION);
        earlier.addTable("Bord 1");
        earlier.lifecycle("start");
        JsonNode before = earlier.read();
        ApiClient api = new ApiClient(port);

        var made = api.post(ADMIN, "/api/templates/variants", variant(unique("Oslos kortversjon"), 15));
        assertThat(made.status()).as(made.body().toString()).isEqualTo(201);
        String variantId = made.body().path("id").asString();
        assertThat(made.body().path("reference").asString()).isEqualTo("variant:" + variantId + ":1");
        assertThat(made.body().path("sheets").asInt()).isEqualTo(9);
        JourneyWorkshop shortened =
                JourneyWorkshop.create(port, unique("Kortversjonen"), "variant:" + variantId + ":1");
        JsonNode pinned = shortened.read();
        assertThat(pinned.path("templateReference").asString()).isEqualTo("variant:" + variantId + ":1");
        assertThat(agendaKeys(pinned)).hasSize(9).doesNotContain("new-meeting-places");
        assertThat(minutes(pinned, WHY)).isEqualTo(15);

        String variantTable = shortened.addTable("Bord 1");
        shortened.lifecycle("start");
        Person guest = shortened.guest(shortened.joinCode(), unique("Gjest"), "SOCIAL_ENTREPRENEUR", variantTable);
        var leftOut =
                api.post(FACILITATOR, shortened.path("/facilitation/sheet"), Map.of("sheetKey", "new-meeting-places"));
        assertThat(leftOut.status()).isEqualTo(400);
        assertThat(leftOut.body().path("code").asString()).isEqualTo("workshop.sheet-not-in-agenda");
        for (String sheet : agendaKeys(pinned)) {
            shortened.open(sheet);
            if (sheet.equals(WHY)) {
                shortened.phase("SILENT_WRITING");
                guest.write(variantTable, WHY, "central-question", "Kortere dag, samme metode");
                shortened.phase("REVEAL");
            }
        }

        var changed = api.put(ADMIN, "/api/templates/variants/" + variantId, variant(null, 25, "potential-partners"));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("version").asInt()).isEqualTo(2);
        JsonNode after = earlier.read();
        assertThat(after.path("templateReference").asString()).isEqualTo(EDITION);
        assertThat(after.path("agenda")).isEqualTo(before.path("agenda"));
        assertThat(agendaKeys(after)).containsExactlyElementsOf(SHEETS);
        earlier.open("new-meeting-places");
        JsonNode stillPinned = shortened.read();
        assertThat(stillPinned.path("templateReference").asString()).isEqualTo("variant:" + variantId + ":1");
        assertThat(stillPinned.path("agenda")).isEqualTo(pinned.path("agenda"));
        JsonNode latest = JourneyWorkshop.create(port, unique("Nyeste versjon"), "variant:" + variantId)
                .read();
        assertThat(latest.path("templateReference").asString()).isEqualTo("variant:" + variantId + ":2");
        assertThat(agendaKeys(latest)).hasSize(8).doesNotContain("new-meeting-places", "potential-partners");
        assertThat(minutes(latest, WHY)).isEqualTo(25);

        List<Received> records = topic.read(
                Set.of(shortened.id),
                found -> sheetsOpened(found, shortened.id).containsAll(agendaKeys(pinned)),
                Duration.ofSeconds(60));
        assertThat(sheetsOpened(records, shortened.id)).containsExactlyInAnyOrderElementsOf(agendaKeys(pinned));
        EventEnvelope.assertWellFormed(records);
        identities.add(guest.displayName());
        EventEnvelope.assertAnonymous(records, identities);
    }

    private void theFacilitatorCreatesTheWorkshopWithTwoTables() {
        workshop = JourneyWorkshop.create(port, unique("Veier til samarbeid i Oslo"), EDITION);
        table = workshop.addTable("Bord 1");
        otherTable = workshop.addTable("Bord 2");
        JsonNode created = workshop.read();
        assertThat(created.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(created.path("templateReference").asString()).isEqualTo(EDITION);
        assertThat(agendaKeys(created)).containsExactlyElementsOf(SHEETS);
        assertThat(created.path("tables")).hasSize(2);
        code = workshop.joinCode();
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}");
        JsonNode started = workshop.lifecycle("start");
        assertThat(started.path("status").asString()).isEqualTo("RUNNING");
    }

    /** Another workshop completes: its code, read while it ran, is refused with 410 (not counted as a wrong code). */
    private String aCompletedWorkshopsCodeIsRefused() {
        JourneyWorkshop other = JourneyWorkshop.create(port, unique("Avsluttet verksted"), EDITION);
        String otherTableId = other.addTable("Bord 1");
        other.lifecycle("start");
        String otherCode = other.joinCode();
        assertThat(other.lifecycle("complete").path("status").asString()).isEqualTo("COMPLETED");

        var refused = other.joinAsGuest(otherCode, unique("For sent"), "OTHER", otherTableId);

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(410);
        assertThat(refused.body().path("code").asString()).isEqualTo("join.expired-code");
        assertThat(refused.body().path("title").asString()).isNotBlank();
        return other.id;
    }

    private void guestsJoinByCodeAndAMemberWithAnAccount() {
        String typed = code.substring(0, 5).toLowerCase(Locale.ROOT) + "-"
                + code.substring(5).toLowerCase(Locale.ROOT);
        kari = workshop.guest(typed, unique("Kari Nordmann"), "MUNICIPALITY", table);
        ola = workshop.guest(code, unique("Ola Gründer"), "SOCIAL_ENTREPRENEUR", table);
        per = workshop.guest(code, unique("Per Annet"), "OTHER", otherTable);
        dina = workshop.member("oslo-deltaker", unique("Dina Deltaker"), "MUNICIPALITY", table);
        List.of(kari, ola, per, dina).forEach(person -> identities.add(person.displayName()));

        JsonNode seating = workshop.get(workshop.path("/participants"));
        assertThat(seating.path("participants")).hasSize(4);
        assertThat(seating.path("tablesOutsideFourToEight")).hasSize(2);
    }

    private void sheetOneIsOpenedAndRead() {
        workshop.open(SHEETS.get(0));
        assertThat(workshop.phase("DONE").path("tables").valueStream())
                .allSatisfy(t -> assertThat(t.path("phase").asString()).isEqualTo("DONE"));
    }

    private void sheetTwoIsWrittenInSilenceRevealedAndVotedOn() {
        workshop.open(WHY);
        SseClient author = live(kari.stream(table, null));
        SseClient peer = live(ola.stream(table, null));
        SseClient elsewhere = live(per.stream(otherTable, null));
        SseClient facilitator = live(workshop.plenaryStream());
        assertThat(workshop.phase("SILENT_WRITING", 5)
                        .path("tables")
                        .get(0)
                        .path("phaseEndsAt")
                        .asString())
                .isNotBlank();
        secretNote = unique("Vi når innbyggere kommunen ikke når");
        secretNoteId = kari.write(table, WHY, "central-question", secretNote);
        String dinasNote = dina.write(table, WHY, "central-question", "Nye ideer til tjenestene");
        per.write(otherTable, WHY, "central-question", "Lokale arbeidsplasser");

        var own = author.await(
                        "NotePosted",
                        e -> secretNoteId.equals(e.json().path("noteId").asString()))
                .json();
        assertThat(own.path("text").asString()).isEqualTo(secretNote);
        assertThat(own.path("mine").asBoolean()).isTrue();
        var seen = facilitator
                .await(
                        "NotePosted",
                        e -> secretNoteId.equals(e.json().path("noteId").asString()))
                .json();
        assertThat(seen.has("authorPseudonym")).isFalse();
        org.awaitility.Awaitility.await()
                .atMost(SseClient.WITHIN)
                .until(() -> peer.events("note-written").size() == 2);
        assertThat(ola.notes(table, WHY)).isEmpty();
        assertThat(dina.notes(table, WHY))
                .extracting(n -> n.path("id").asString())
                .containsExactly(dinasNote);
        String votes = workshop.table(table, "notes/" + secretNoteId + "/votes");
        assertThat(ola.send("PUT", votes, Map.of("dots", 1)).status()).isEqualTo(404);
        assertThat(ola.send("PUT", workshop.table(table, "notes/" + secretNoteId), Map.of("text", "Overtatt"))
                        .status())
                .isEqualTo(404);
        assertThat(per.send("GET", workshop.table(table, "notes") + "?sheetKey=" + WHY, null)
                        .status())
                .isIn(403, 404);
        assertThat(workshop.get(workshop.table(table, "notes") + "?sheetKey=" + WHY)
                        .valueStream())
                .anySatisfy(n -> {
                    assertThat(n.path("text").asString()).isEqualTo(secretNote);
                    assertThat(n.path("author").isNull()).isTrue();
                });

        String lastSeen = peer.lastEventId();
        peer.close();
        workshop.phase("REVEAL");
        workshop.phase("DISCUSSION");
        facilitator.await(
                "PhaseChanged",
                e -> e.json().path("phase").asString().equals("DISCUSSION")
                        && e.json().path("tableId").asString().equals(table));
        SseClient resumed = live(ola.stream(table, lastSeen));

        var revealed = resumed.await("NotesRevealed").json();
        assertThat(revealed.path("notes").valueStream()).anySatisfy(n -> {
            assertThat(n.path("noteId").asString()).isEqualTo(secretNoteId);
            assertThat(n.path("text").asString()).isEqualTo(secretNote);
            assertThat(n.path("perspective").asString()).isEqualTo("MUNICIPALITY");
        });
        assertThat(resumed.events("PhaseChanged"))
                .extracting(e -> e.json().path("phase").asString())
                .containsExactly("REVEAL", "DISCUSSION");
        assertThat(resumed.names()).doesNotContain("reset", "note-written");
        assertThat(peer.raw()).doesNotContain(secretNote).doesNotContain(secretNoteId);
        assertThat(resumed.raw().substring(0, resumed.raw().indexOf("NotesRevealed")))
                .doesNotContain(secretNote);
        assertThat(elsewhere.raw())
                .doesNotContain(secretNote)
                .doesNotContain(secretNoteId)
                .doesNotContain(table);
        for (SseClient stream : List.of(author, peer, resumed, elsewhere, facilitator)) {
            assertThat(stream.raw()).doesNotContain(identities).doesNotContainIgnoringCase("pseudonym");
        }
        assertThat(ola.notes(table, WHY)).anySatisfy(n -> {
            assertThat(n.path("text").asString()).isEqualTo(secretNote);
            assertThat(n.path("revealed").asBoolean()).isTrue();
            assertThat(n.path("mine").asBoolean()).isFalse();
            assertThat(n.path("author").isNull()).isTrue();
        });

        assertThat(ola.send("PUT", votes, Map.of("dots", 2))
                        .body()
                        .path("myVotes")
                        .asInt())
                .isEqualTo(2);
        assertThat(dina.send("PUT", votes, Map.of("dots", 1))
                        .body()
                        .path("votes")
                        .asInt())
                .isEqualTo(3);
        var overBudget = ola.send("PUT", workshop.table(table, "notes/" + dinasNote + "/votes"), Map.of("dots", 2));
        assertThat(overBudget.status()).isEqualTo(409);
        assertThat(overBudget.body().path("code").asString()).isEqualTo("note.vote-budget");
        workshop.phase("DONE");
    }

    private void sheetThreeIsSortedByMovingClusteringEditingAndWithdrawing() {
        workshop.open(MEETING_POINTS);
        workshop.phase("SILENT_WRITING");
        String network = kari.write(table, MEETING_POINTS, "entrepreneur-view", "Nettverksmøter");
        String grants = ola.write(table, MEETING_POINTS, "municipality-view", "Tilskuddsordninger");
        String move = workshop.table(table, "notes/" + network + "/move");
        assertThat(ola.send("POST", move, Map.of("zoneKey", "municipality-view"))
                        .status())
                .isEqualTo(404);
        assertThat(kari.send("POST", move, Map.of("zoneKey", "municipality-view"))
                        .body()
                        .path("zoneKey")
                        .asString())
                .isEqualTo("municipality-view");
        workshop.phase("REVEAL");

        assertThat(ola.send("POST", move, Map.of("zoneKey", "entrepreneur-view"))
                        .body()
                        .path("zoneKey")
                        .asString())
                .isEqualTo("entrepreneur-view");
        var cluster = ola.send(
                "POST",
                workshop.table(table, "clusters"),
                Map.of("heading", "Møteplasser vi har", "noteIds", List.of(network, grants)));
        assertThat(cluster.status()).as(cluster.body().toString()).isEqualTo(201);
        var edited =
                kari.send("PUT", workshop.table(table, "notes/" + network), Map.of("text", "Faste nettverksmøter"));
        assertThat(edited.status()).isEqualTo(200);
        String mistake = dina.write(table, MEETING_POINTS, "municipality-view", "Feil ark");
        assertThat(dina.send("DELETE", workshop.table(table, "notes/" + mistake), null)
                        .status())
                .isEqualTo(204);
        assertThat(kari.notes(table, MEETING_POINTS))
                .hasSize(2)
                .allSatisfy(n -> assertThat(n.path("clusterId").asString())
                        .isEqualTo(cluster.body().path("id").asString()));
        workshop.phase("DISCUSSION");
        workshop.phase("DONE");
    }

    private void sheetFourRunsAgainstAPausedAndExtendedCountdown() {
        workshop.open("new-meeting-places");
        workshop.phase("SILENT_WRITING", 10);
        JsonNode paused = workshop.timer("PAUSE", null).path("tables").get(0);
        assertThat(paused.path("phaseEndsAt").isNull()).isTrue();
        int left = paused.path("pausedRemainingSeconds").asInt();
        assertThat(left).isBetween(540, 600);
        assertThat(workshop.timer("EXTEND", 5)
                        .path("tables")
                        .get(0)
                        .path("pausedRemainingSeconds")
                        .asInt())
                .isEqualTo(left + 300);
        assertThat(workshop.timer("RESUME", null)
                        .path("tables")
                        .get(0)
                        .path("phaseEndsAt")
                        .asString())
                .isNotBlank();
        dina.write(table, "new-meeting-places", "new-meeting-places", "Felles frokostmøte hver måned");
        kari.write(table, "new-meeting-places", "fitting-examples", "Gründerlunsj på biblioteket");
        Map<String, Object> typed = new LinkedHashMap<>(
                JourneyWorkshop.note("new-meeting-places", "new-meeting-places", "Fra papirlapp: åpen dag"));
        typed.put("perspective", "SOCIAL_ENTREPRENEUR");
        assertThat(workshop.created(workshop.table(otherTable, "notes"), typed)
                        .path("typedByFacilitator")
                        .asBoolean())
                .isTrue();
        workshop.phase("REVEAL");
        workshop.phase("DONE");
    }

    private void sheetsFiveToEightNamePartnersSketchEffectsAndMeasures() {
        workshop.open("potential-partners");
        var partner = kari.send(
                "POST",
                workshop.table(table, "partners"),
                Map.of("name", "Kaffebrenneriet", "delivers", "Arbeidstrening og kafédrift", "zone", "REGION"));
        assertThat(partner.status()).as(partner.body().toString()).isEqualTo(201);
        String partnerId = partner.body().path("id").asString();
        workshop.created(
                workshop.table(otherTable, "partners"),
                Map.of("name", "Sykkelverkstedet", "delivers", "Reparasjoner", "zone", "MUNICIPALITY"));

        workshop.open("collaboration-sketch");
        var sketch = ola.send(
                "POST",
                workshop.table(table, "sketches"),
                Map.of(
                        "partnerId", partnerId,
                        "sector", "Helse og omsorg",
                        "projectType", "DEVELOPMENT_PROJECT",
                        "procurement", true,
                        "involved", "Innkjøp og tjenesteleder",
                        "deliveryForm", "CLOSE_COLLABORATION",
                        "howItWorks", "Kafé på sykehjemmet drevet av ungdom i arbeidstrening"));
        assertThat(sketch.status()).as(sketch.body().toString()).isEqualTo(201);
        assertThat(sketch.body().path("partnerName").asString()).isEqualTo("Kaffebrenneriet");

        workshop.open("effects");
        String fewerSick = workshop.created(
                        workshop.table(table, "effects"),
                        Map.of(
                                "stakeholder",
                                "MUNICIPALITY",
                                "text",
                                "Færre sykemeldte",
                                "benefits",
                                List.of("QUALITY", "COST")))
                .path("id")
                .asString();
        String meaningful = workshop.created(
                        workshop.table(table, "effects"),
                        Map.of("stakeholder", "CITIZEN", "text", "Meningsfull hverdag", "benefits", List.of("TIME")))
                .path("id")
                .asString();

        workshop.open("measuring");
        var measure = dina.send(
                "POST",
                workshop.table(table, "measures"),
                Map.of(
                        "what",
                        "Sykefravær og trivsel",
                        "how",
                        "HR-systemet månedlig, spørreundersøkelse",
                        "effectIds",
                        List.of(fewerSick, meaningful)));
        assertThat(measure.status()).as(measure.body().toString()).isEqualTo(201);
        assertThat(measure.body().path("effectIds")).hasSize(2);
    }

    private void sheetNineAssessesTheMythsAndNamesOthers() {
        workshop.open("procurement-myths");
        JsonNode catalog = workshop.get(workshop.path("/myths"));
        assertThat(catalog.path("myths").valueStream().map(m -> m.path("key").asString()))
                .containsExactly("myth-1", "myth-2", "myth-3", "myth-4", "myth-5", "myth-6");
        var assessed = ola.send(
                "PUT",
                workshop.table(table, "myths/myth-2"),
                Map.of("lives", "PARTLY", "buster", "Lær terskelverdiene"));
        assertThat(assessed.status()).as(assessed.body().toString()).isEqualTo(200);
        var other = kari.send(
                "POST",
                workshop.table(table, "myths"),
                Map.of("text", "Laveste pris vinner alltid", "lives", "YES", "buster", "Vekt kvalitet"));
        assertThat(other.status()).as(other.body().toString()).isEqualTo(201);
        workshop.phase("SILENT_WRITING");
        kari.write(table, "procurement-myths", "other-myths", "Vi må alltid ha anbudskonkurranse");
        per.write(otherTable, "procurement-myths", "other-myths", "Små leverandører kan ikke vinne");
        workshop.phase("REVEAL");
        assertThat(ola.notes(table, "procurement-myths")).hasSize(1);
        JsonNode sheet = workshop.get(workshop.table(table, "myths"));
        assertThat(sheet.path("myths").get(0).path("lives").asString()).isEqualTo("PARTLY");
        assertThat(sheet.path("otherMyths").get(0).path("text").asString()).isEqualTo("Laveste pris vinner alltid");
        workshop.phase("DONE");
    }

    private void sheetTenAnswersTheReflectionAndAgreesOnNextSteps() {
        workshop.open("next-steps");
        String reflection = workshop.table(table, "reflection");
        assertThat(workshop.api
                        .put(
                                FACILITATOR,
                                reflection,
                                Map.of(
                                        "challenges-and-opportunities", "Lite tid, mye vilje",
                                        "low-hanging-fruit", "Kaffe på biblioteket",
                                        "collaboration-areas", "Arbeidstrening",
                                        "next-steps", "Møte med Kaffebrenneriet"))
                        .status())
                .isEqualTo(200);
        assertThat(workshop.get(reflection).path("questions").valueStream())
                .hasSize(4)
                .allSatisfy(q -> assertThat(q.path("answer").asString()).isNotBlank());
        var step = kari.send(
                "POST",
                workshop.table(table, "next-steps"),
                Map.of(
                        "text", "Invitere Kaffebrenneriet til møte",
                        "owner", "Enhet for arbeid og inkludering",
                        "dueDate", LocalDate.now().plusWeeks(2).toString()));
        assertThat(step.status()).as(step.body().toString()).isEqualTo(201);
        workshop.phase("DONE");
    }

    private void everyoneEvaluatesTheWorkshop() {
        String evaluation = workshop.path("/evaluation");
        for (Person person : List.of(kari, ola, per, dina)) {
            String comment = unique("Hemmelig kommentar");
            identities.add(comment);
            var given = person.send(
                    "POST", evaluation, Map.of("whatWorked", "Stille skriving", "rating", 4, "comment", comment));
            assertThat(given.status()).as(given.body().toString()).isEqualTo(200);
        }
        JsonNode summary = workshop.get(workshop.path("/evaluations"));
        assertThat(summary.path("count").asInt()).isEqualTo(4);
        assertThat(summary.toString()).doesNotContain(kari.displayName(), ola.displayName(), dina.displayName());
    }

    /** Returns whether the workshop is shared after the change. */
    private boolean theAdminChangesWhetherTheWorkshopIsShared() {
        boolean shared = !workshop.read().path("shared").asBoolean();
        var changed = workshop.api.put(ADMIN, workshop.path("/sharing"), Map.of("shared", shared));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
        assertThat(changed.body().path("shared").asBoolean()).isEqualTo(shared);
        return shared;
    }

    private void theFacilitatorCompletesTheWorkshopAndItsCodeExpires() {
        assertThat(workshop.lifecycle("complete").path("status").asString()).isEqualTo("COMPLETED");

        var late = kari.send(
                "POST", workshop.table(table, "notes"), JourneyWorkshop.note("next-steps", "next-steps", "For sent"));
        assertThat(late.status()).isEqualTo(409);
        var latePartner =
                kari.send("POST", workshop.table(table, "partners"), Map.of("name", "For sent", "zone", "NATIONAL"));
        assertThat(latePartner.status()).isEqualTo(409);
        var expired = workshop.joinAsGuest(code, unique("Etternøler"), "OTHER", table);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body().path("code").asString()).isEqualTo("join.expired-code");
    }

    private void everyEventArrivedOnKafkaWithItsContractAndNoIdentity(
            WorkshopTopic topic, String expiredWorkshop, boolean sharedAtTheEnd) {
        List<Received> records = topic.read(
                Set.of(workshop.id, expiredWorkshop),
                found -> names(found, workshop.id).containsAll(EVENTS)
                        && sheetsOpened(found, workshop.id).containsAll(SHEETS)
                        && names(found, expiredWorkshop).contains("WorkshopCompleted"),
                Duration.ofSeconds(60));
        List<Received> ours = of(records, workshop.id);

        assertThat(names(records, workshop.id)).containsExactlyInAnyOrderElementsOf(EVENTS);
        assertThat(names(records, expiredWorkshop))
                .containsExactlyInAnyOrder("WorkshopScheduled", "WorkshopStarted", "WorkshopCompleted");
        EventEnvelope.assertWellFormed(records);
        EventEnvelope.assertAnonymous(records, identities);
        assertThat(records)
                .extracting(r -> r.data().path("tenantId").asString())
                .containsOnly(records.get(0).key());

        Map<String, List<Received>> byName = EventEnvelope.byName(ours);
        assertThat(byName.get("SheetOpened"))
                .extracting(r -> r.data().path("sheetKey").asString() + "@"
                        + r.data().path("tableId").asString())
                .containsAll(SHEETS.stream().map(s -> s + "@" + table).toList())
                .containsAll(SHEETS.stream().map(s -> s + "@" + otherTable).toList());
        assertThat(byName.get("NotePosted"))
                .filteredOn(r -> r.data().path("noteId").asString().equals(secretNoteId))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.data().path("revealed").asBoolean()).isFalse();
                    assertThat(r.data().path("perspective").asString()).isEqualTo("MUNICIPALITY");
                });
        assertThat(byName.get("NotesRevealed"))
                .flatExtracting(r -> r.data().path("notes").valueStream().toList())
                .anySatisfy(n -> assertThat(n.path("noteId").asString()).isEqualTo(secretNoteId));
        assertThat(byName.get("TimerChanged")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(byName.get("WorkshopSharingChanged")
                        .get(0)
                        .data()
                        .path("shared")
                        .asBoolean())
                .isEqualTo(sharedAtTheEnd);
        assertThat(byName.get("WorkshopScheduled").get(0).data().path("shared").asBoolean())
                .isEqualTo(!sharedAtTheEnd);
        assertThat(byName.get("WorkshopCompleted").get(0).data().path("shared").asBoolean())
                .isEqualTo(sharedAtTheEnd);
        assertThat(byName.get("WorkshopEvaluated")).hasSize(4);
    }

    private SseClient live(SseClient stream) {
        streams.add(stream);
        return stream.live();
    }

    private static List<Received> of(List<Received> records, String workshopId) {
        return records.stream()
                .filter(r -> r.data().path("workshopId").asString().equals(workshopId))
                .toList();
    }

    private static Set<String> names(List<Received> records, String workshopId) {
        return of(records, workshopId).stream().map(Received::name).collect(Collectors.toSet());
    }

    private static Set<String> sheetsOpened(List<Received> records, String workshopId) {
        return of(records, workshopId).stream()
                .filter(r -> r.name().equals("SheetOpened"))
                .map(r -> r.data().path("sheetKey").asString())
                .collect(Collectors.toSet());
    }

    private static List<String> agendaKeys(JsonNode workshop) {
        return workshop.path("agenda")
                .valueStream()
                .map(item -> item.path("sheetKey").asString())
                .toList();
    }

    private static int minutes(JsonNode workshop, String sheetKey) {
        return workshop.path("agenda")
                .valueStream()
                .filter(item -> item.path("sheetKey").asString().equals(sheetKey))
                .findFirst()
                .orElseThrow()
                .path("minutes")
                .asInt();
    }

    /** A variant of the 2017 edition without sheet 4 (and any other sheets given), with new minutes for sheet 2. */
    private static Map<String, Object> variant(String name, int whyMinutes, String... alsoLeftOut) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (String key : SHEETS) {
            if (key.equals("new-meeting-places") || List.of(alsoLeftOut).contains(key)) {
                continue;
            }
            sheets.add(key.equals(WHY) ? Map.of("key", key, "minutes", whyMinutes) : Map.of("key", key));
        }
        Map<String, Object> variant = new LinkedHashMap<>();
        if (name != null) {
            variant.put("name", name);
        }
        variant.put("base", EDITION);
        variant.put("sheets", sheets);
        return variant;
    }
}
