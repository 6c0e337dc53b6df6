package no.samarbeid.registry.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.events.EntrepreneurProfileChanged;
import no.samarbeid.registry.events.EntrepreneurRegistered;
import no.samarbeid.registry.events.EntrepreneursMerged;
import org.junit.jupiter.api.Test;

class EntryUnitTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Actor FACILITATOR = new Actor("oslo-fasilitator", false, true, false, null);
    private static final Actor COORDINATOR = new Actor("koordinator", true, false, false, null);

    static ProfileInput profile(String description, List<String> themes) {
        return new ProfileInput(
                description,
                List.of("Arbeidstrening"),
                themes,
                List.of("Unge voksne"),
                false,
                List.of("03"),
                List.of("0301"),
                "https://example.org",
                "post@example.org",
                "+47 22 00 00 00",
                List.of("https://example.org/rapport.pdf"));
    }

    static Entry entry(String number, Actor actor) {
        return Entry.register(
                new OrganisationNumber(number),
                EntryData.of("Kaffebrenneriet AS", "AS", true, "88.991", "0301"),
                Profile.of("profile", profile("Kaffe og arbeidstrening", List.of("arbeidsinkludering"))),
                actor,
                "0301",
                NOW);
    }

    @Test
    void aProposalIsPendingAndAnnouncedWithItsFirstVersion() {
        Entry entry = entry("123456785", FACILITATOR);

        assertThat(entry.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(entry.takeChanges()).singleElement().satisfies(change -> {
            assertThat(change.version()).isEqualTo(1);
            assertThat(change.changedBy()).isEqualTo("oslo-fasilitator");
        });
        assertThat(entry.takeEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        EntrepreneurRegistered.class,
                        event -> assertThat(event.status()).isEqualTo("PENDING"));
    }

    @Test
    void aProfileChangeRecordsWhoWhenAndWhichFields() {
        Entry entry = entry("123456785", FACILITATOR);
        entry.takeChanges();
        entry.takeEvents();

        entry.change(
                null,
                Profile.of("profile", profile("Ny tekst", List.of("arbeidsinkludering", "miljo"))),
                COORDINATOR,
                "PROFILE",
                NOW.plusSeconds(60));

        assertThat(entry.takeChanges()).singleElement().satisfies(change -> {
            assertThat(change.version()).isEqualTo(2);
            assertThat(change.changedBy()).isEqualTo("koordinator");
            assertThat(change.fields()).containsExactly("description", "themes");
        });
        assertThat(entry.takeEvents()).singleElement().isInstanceOf(EntrepreneurProfileChanged.class);
    }

    @Test
    void anUnchangedProfileMakesNoVersion() {
        Entry entry = entry("123456785", FACILITATOR);
        entry.takeChanges();
        entry.change(null, entry.profile(), COORDINATOR, "PROFILE", NOW);
        assertThat(entry.takeChanges()).isEmpty();
        assertThat(entry.version()).isEqualTo(1);
    }

    @Test
    void aMergedEntryRedirectsKeepsItsHistoryAndCannotChange() {
        Entry survivor = entry("123456785", COORDINATOR);
        Entry duplicate = entry("110000200", FACILITATOR);
        survivor.takeEvents();

        duplicate.mergeInto(survivor, COORDINATOR, NOW);

        assertThat(duplicate.status()).isEqualTo(EntryStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo("123456785");
        assertThat(duplicate.takeChanges()).extracting(EntryChange::kind).containsExactly("REGISTERED", "MERGED");
        assertThat(survivor.takeEvents()).singleElement().isInstanceOf(EntrepreneursMerged.class);
        assertThatThrownBy(() -> duplicate.decide(true, COORDINATOR, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anEntryCannotMergeIntoItself() {
        Entry entry = entry("123456785", COORDINATOR);
        assertThatThrownBy(() -> entry.mergeInto(entry, COORDINATOR, NOW))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("merged"));
    }

    @Test
    void badInputNamesItsField() {
        assertThatThrownBy(() -> Profile.of("profile", profile("x", List.of("arbeidsinkludering", "astrologi"))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("profile.themes[1]"));
        assertThatThrownBy(() -> Profile.of("profile", profile("x".repeat(2001), List.of())))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("profile.description"));
        assertThatThrownBy(() -> EntryData.of("Navn", "AS", false, null, "9999"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("municipalityNumber"));
        assertThatThrownBy(() -> EntryData.of("Navn", "FLI", true, null, "0301"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("nonprofit"));
        assertThatThrownBy(() -> EntryData.of("Navn", "XYZ", false, null, "0301"))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("organisationForm"));
    }

    @Test
    void reachCoversItsMunicipalitiesCountiesOrTheCountry() {
        Reach reach = Reach.of("reach", false, List.of("46"), List.of("0301"));
        assertThat(reach.covers(new no.samarbeid.core.reference.MunicipalityNumber("0301")))
                .isTrue();
        assertThat(reach.covers(new no.samarbeid.core.reference.MunicipalityNumber("4601")))
                .isTrue();
        assertThat(reach.covers(new no.samarbeid.core.reference.MunicipalityNumber("5001")))
                .isFalse();
        assertThat(Reach.of("reach", true, null, null)
                        .covers(new no.samarbeid.core.reference.MunicipalityNumber("5001")))
                .isTrue();
    }
}
