package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** The stored inputs of a collaboration's SROI estimate (the result is always computed, see {@link Sroi}). */
@Table(schema = "impact", name = "sroi_estimate")
record SroiEstimate(
        UUID tenantId,
        BigDecimal quantity,
        BigDecimal financialProxy,
        int years,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff,
        BigDecimal discountRate,
        BigDecimal investment) {

    static SroiEstimate of(UUID tenantId, Sroi sroi) {
        return new SroiEstimate(
                tenantId,
                sroi.quantity(),
                sroi.financialProxy(),
                sroi.years(),
                sroi.deadweight(),
                sroi.displacement(),
                sroi.attribution(),
                sroi.dropOff(),
                sroi.discountRate(),
                sroi.investment());
    }

    Sroi sroi() {
        return new Sroi(
                quantity,
                financialProxy,
                years,
                deadweight,
                displacement,
                attribution,
                dropOff,
                discountRate,
                investment);
    }
}
