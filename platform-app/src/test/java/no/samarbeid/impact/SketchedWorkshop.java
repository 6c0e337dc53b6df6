package no.samarbeid.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.ApiClient.Response;
import no.samarbeid.support.FacilitatedWorkshop;
import tools.jackson.databind.JsonNode;

/** An Oslo workshop whose one table sketched a collaboration, named two effects, a measure and a next step. */
public final class SketchedWorkshop extends FacilitatedWorkshop {

    public final String table;
    public final String partner;
    public final String nextStep;

    private SketchedWorkshop(FacilitatedWorkshop workshop, String table, String tag) {
        super(workshop);
        this.table = table;
        this.partner = "Kaffebrenneriet " + tag;
        this.nextStep = "Invitere Kaffebrenneriet til møte " + tag;
    }

    /** Its collaboration as impact shows it, once the sketch, both effects and the measure have arrived. */
    public JsonNode awaitCollaboration() {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        this::collaboration,
                        c -> c != null
                                && c.path("effects").size() == 2
                                && c.path("indicators").size() == 1);
    }

    private JsonNode collaboration() {
        for (JsonNode summary :
                api.get(FACILITATOR, "/api/impact/collaborations").body()) {
            if (id.equals(summary.path("workshopId").asString())) {
                return api.get(
                                FACILITATOR,
                                "/api/impact/collaborations/"
                                        + summary.path("id").asString())
                        .body();
            }
        }
        return null;
    }

    public static SketchedWorkshop sketch(ApiClient api, String title) {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        FacilitatedWorkshop created = FacilitatedWorkshop.create(api, title + " " + tag);
        String table = created.addTable("Bord 1");
        created.lifecycle("start");
        SketchedWorkshop workshop = new SketchedWorkshop(created, table, tag);
        String partnerId = workshop.created(
                "partners", Map.of("name", workshop.partner, "delivers", "Arbeidstrening", "zone", "MUNICIPALITY"));
        String sketch = workshop.created(
                "sketches",
                Map.of(
                        "partnerId",
                        partnerId,
                        "sector",
                        "Helse og omsorg",
                        "projectType",
                        "DEVELOPMENT_PROJECT",
                        "procurement",
                        false,
                        "involved",
                        "Tjenesteleder",
                        "deliveryForm",
                        "CLOSE_COLLABORATION",
                        "howItWorks",
                        "Kafé på sykehjemmet drevet av ungdom i arbeidstrening"));
        String effect = workshop.created(
                "effects",
                Map.of(
                        "stakeholder",
                        "MUNICIPALITY",
                        "text",
                        "Færre sykemeldte",
                        "benefits",
                        List.of("COST"),
                        "sketchId",
                        sketch));
        workshop.created(
                "effects",
                Map.of("stakeholder", "CITIZEN", "text", "Mer meningsfull hverdag", "benefits", List.of("QUALITY")));
        workshop.created(
                "measures",
                Map.of(
                        "what",
                        "Antall i arbeidstrening",
                        "how",
                        "Telling hvert kvartal",
                        "effectIds",
                        List.of(effect),
                        "sketchId",
                        sketch));
        workshop.created(
                "next-steps",
                Map.of(
                        "text",
                        workshop.nextStep,
                        "owner",
                        "Enhet for arbeid",
                        "dueDate",
                        LocalDate.now().plusDays(14).toString()));
        return workshop;
    }

    private String created(String resource, Map<String, ?> body) {
        Response created = api.post(
                FacilitatedWorkshop.FACILITATOR, "/api/workshops/" + id + "/tables/" + table + "/" + resource, body);
        assertThat(created.status()).as(resource + ": " + created.body()).isEqualTo(201);
        return created.body().path("id").asString();
    }
}
