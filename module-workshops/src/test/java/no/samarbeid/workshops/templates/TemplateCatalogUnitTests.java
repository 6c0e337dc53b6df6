package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2017 edition of "Veier til samarbeid" as the catalog loads it from its JSON resource. */
class TemplateCatalogUnitTests {

    static final TemplateReference.Edition EDITION_2017 = new TemplateReference.Edition("veier-til-samarbeid", "2017");

    private final TemplateCatalog catalog = new TemplateCatalog(new ProcurementRules());
    private final ResolvedTemplate template =
            catalog.find(EDITION_2017).orElseThrow().resolved();

    @Test
    void loadsTheNationalEdition2017AtStartUp() {
        assertThat(catalog.all()).extracting(Template::reference).containsExactly(EDITION_2017);
        assertThat(template.reference()).isEqualTo("veier-til-samarbeid:2017");
        assertThat(template.edition()).isEqualTo("veier-til-samarbeid:2017");
        assertThat(template.variantName()).isNull();
        assertThat(template.title().nb()).isEqualTo("Veier til samarbeid");
    }

    @Test
    void hasTheTenSheetsInOrderWithTheirKindsAndSuggestedMinutes() {
        assertThat(template.sheets())
                .extracting(Sheet::number, Sheet::key, Sheet::kind, Sheet::minutes)
                .containsExactly(
                        tuple(1, "purpose-and-rules", SheetKind.INFORMATION, 5),
                        tuple(2, "why-collaborate", SheetKind.NOTES_IN_ZONES, 20),
                        tuple(3, "meeting-points", SheetKind.NOTES_IN_ZONES, 25),
                        tuple(4, "new-meeting-places", SheetKind.NOTES_IN_ZONES, 20),
                        tuple(5, "potential-partners", SheetKind.PARTNER_LIST, 15),
                        tuple(6, "collaboration-sketch", SheetKind.COLLABORATION_SKETCH, 30),
                        tuple(7, "effects", SheetKind.EFFECTS, 20),
                        tuple(8, "measuring", SheetKind.MEASURES, 15),
                        tuple(9, "procurement-myths", SheetKind.MYTHS, 25),
                        tuple(10, "next-steps", SheetKind.REFLECTION, 10));
    }

    @Test
    void theSheetsWithStartUpAndBreakTakeAboutThreeAndAHalfHours() {
        assertThat(template.sheetMinutes()).isEqualTo(185);
        assertThat(template.guide().startUp().minutes()).isEqualTo(15);
        assertThat(template.guide().breakMinutes()).isEqualTo(10);
        assertThat(template.plannedMinutes()).isEqualTo(210);
    }

    @Test
    void theGuideHasMaterialsGroupsTimeFacilitatorAndTheStartUpRound() {
        FacilitatorGuide guide = template.guide();
        assertThat(guide.sections())
                .extracting(GuideSection::key)
                .containsExactly("materials", "groups", "time", "facilitator");
        assertThat(guide.minParticipants()).isEqualTo(4);
        assertThat(guide.maxParticipants()).isEqualTo(8);
        assertThat(guide.sections().get(2).text().nb()).contains("3,5 timer");
        assertThat(guide.startUp().steps())
                .extracting(KeyedText::key)
                .containsExactly("roles", "purpose-and-goal", "rules");
        assertThat(guide.startUp().steps().get(0).text().nb())
                .contains("Hvem er til stede?", "Hvilke perspektiver bringer hver enkelt inn?");
    }

    @Test
    void sheetOneHasPurposeGoalAndTheFourRules() {
        Sheet sheet = template.sheet("purpose-and-rules").orElseThrow();
        assertThat(sheet.zones()).extracting(Zone::key).containsExactly("purpose", "goal", "rules");
        assertThat(sheet.zone("purpose").orElseThrow().title().nb()).isEqualTo("Hensikt");
        assertThat(sheet.zone("goal").orElseThrow().title().nb()).isEqualTo("Mål");
        Zone rules = sheet.zone("rules").orElseThrow();
        assertThat(rules.title().nb()).isEqualTo("Spilleregler");
        assertThat(rules.prompts())
                .extracting(LocalizedText::nb)
                .containsExactly(
                        "Dette bordet fanger IKKE.",
                        "Lytt, bygg på og bruk taletid med omtanke for andre.",
                        "Noter på arket eller på post-its.",
                        "Lag et rikt bilde der ulike perspektiver kan leve side om side.");
    }

    @Test
    void zonesHaveStableKeysAndTheSeedsHelperQuestions() {
        assertThat(zoneKeys("why-collaborate")).containsExactly("central-question");
        assertThat(zoneKeys("meeting-points")).containsExactly("entrepreneur-view", "municipality-view");
        assertThat(template.sheet("meeting-points").orElseThrow().zones())
                .allSatisfy(zone -> assertThat(zone.prompts()).hasSize(3));
        assertThat(zoneKeys("new-meeting-places")).containsExactly("new-meeting-places", "fitting-examples");
        assertThat(zoneKeys("potential-partners")).containsExactly("national", "region", "municipality");
        assertThat(zoneKeys("collaboration-sketch"))
                .containsExactly(
                        "entrepreneur", "service-area", "project-type", "procurement", "delivery-form", "how-it-works");
        assertThat(zoneKeys("effects")).containsExactly("municipality", "entrepreneur", "citizen");
        assertThat(zoneKeys("measuring")).containsExactly("what-to-measure", "how-to-measure");
        assertThat(zoneKeys("next-steps"))
                .containsExactly(
                        "challenges-and-opportunities", "low-hanging-fruit", "collaboration-areas", "next-steps");
    }

    @Test
    void effectsHaveTheThreeBenefitTypesAndTipsOnSheetFour() {
        assertThat(template.sheet("effects").orElseThrow().benefitTypes())
                .extracting(KeyedText::key, benefit -> benefit.text().nb())
                .containsExactly(
                        tuple("increase-quality", "Øke kvalitet"),
                        tuple("save-time", "Spare tid"),
                        tuple("avoid-costs", "Unngå kostnader"));
        assertThat(template.sheet("new-meeting-places").orElseThrow().tips())
                .extracting(LocalizedText::nb)
                .containsExactly("Hva er første steg?", "Hvem kan gjøre hva?");
    }

    @Test
    void sheetsReferTheBookChaptersOfTheSeed() {
        assertThat(template.sheets())
                .extracting(sheet ->
                        sheet.chapters().stream().map(ChapterReference::number).toList())
                .containsExactly(
                        List.of(),
                        List.of(1),
                        List.of(2, 4),
                        List.of(2),
                        List.of(),
                        List.of(3),
                        List.of(5),
                        List.of(),
                        List.of(6),
                        List.of());
    }

    @Test
    void theMythsSheetHasSixMythsWithStableKeysAndNotesMayReferToThem() {
        Sheet myths = template.sheet("procurement-myths").orElseThrow();
        assertThat(myths.title().nb()).isEqualTo("Myter om offentlige anskaffelser");
        assertThat(myths.myths())
                .extracting(Myth::key)
                .containsExactly("myth-1", "myth-2", "myth-3", "myth-4", "myth-5", "myth-6");
        assertThat(myths.myths().get(1).text().nb()).isEqualTo("Alle anskaffelser over 100 000 kroner må kunngjøres");
        assertThat(myths.acceptsNotesIn("myth-3")).isTrue();
        assertThat(myths.acceptsNotesIn("other-myths")).isTrue();
        assertThat(myths.acceptsNotesIn("myth-7")).isFalse();
    }

    private List<String> zoneKeys(String sheet) {
        return template.sheet(sheet).orElseThrow().zones().stream()
                .map(Zone::key)
                .toList();
    }
}
