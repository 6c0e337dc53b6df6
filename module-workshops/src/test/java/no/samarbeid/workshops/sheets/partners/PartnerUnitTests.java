package no.samarbeid.workshops.sheets.partners;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.OTHER_TABLE;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.EntrepreneurMentioned;
import org.junit.jupiter.api.Test;

class PartnerUnitTests {

    @Test
    void aMentionedPartnerIsPublishedWithItsZoneAndNoParticipant() {
        Partner partner = Partner.mention(
                TABLE, new PartnerDetails("  Kaffebrenneriet  ", " Arbeidstrening ", PartnerZone.REGION), NOW);

        assertThat(partner.view().name()).isEqualTo("Kaffebrenneriet");
        assertThat(partner.registeredEvents())
                .singleElement()
                .isInstanceOfSatisfying(EntrepreneurMentioned.class, event -> {
                    assertThat(event.partnerId()).isEqualTo(partner.id());
                    assertThat(event.tableId()).isEqualTo(TABLE.tableId());
                    assertThat(event.name()).isEqualTo("Kaffebrenneriet");
                    assertThat(event.delivers()).isEqualTo("Arbeidstrening");
                    assertThat(event.zone()).isEqualTo("REGION");
                    assertThat(event.shared()).isTrue();
                });
    }

    @Test
    void aRevisionIsPublishedAgainUnderTheSamePartner() {
        Partner partner = PartnerFixtures.partner(TABLE, "Kaffebrenneriet");

        partner.revise(TABLE, new PartnerDetails("Kaffebrenneriet AS", "", PartnerZone.NATIONAL), NOW);

        assertThat(partner.view().zone()).isEqualTo(PartnerZone.NATIONAL);
        assertThat(partner.registeredEvents())
                .hasSize(2)
                .last()
                .isInstanceOfSatisfying(
                        EntrepreneurMentioned.class,
                        event -> assertThat(event.partnerId()).isEqualTo(partner.id()));
    }

    @Test
    void refusesABlankOrTooLongNameAndTooLongDelivery() {
        assertThatThrownBy(() -> new PartnerDetails("   ", "", PartnerZone.MUNICIPALITY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("sheets.partner-name");
        assertThatThrownBy(() -> new PartnerDetails("x".repeat(121), "", PartnerZone.MUNICIPALITY))
                .hasMessage("sheets.partner-name");
        assertThatThrownBy(() -> new PartnerDetails("Navn", "x".repeat(501), PartnerZone.MUNICIPALITY))
                .hasMessage("sheets.partner-delivers");
        assertThat(new PartnerDetails("x".repeat(120), "x".repeat(500), PartnerZone.MUNICIPALITY).name())
                .hasSize(120);
    }

    @Test
    void belongsOnlyToItsOwnTable() {
        Partner partner = PartnerFixtures.partner(TABLE, "Kaffebrenneriet");

        assertThat(partner.belongsTo(TABLE)).isTrue();
        assertThat(partner.belongsTo(OTHER_TABLE)).isFalse();
    }
}
