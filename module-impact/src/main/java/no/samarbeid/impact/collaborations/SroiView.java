package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.util.List;

/** An SROI estimate with its inputs beside its results (yearly values, present value, ratio): no black box. */
record SroiView(Sroi inputs, List<BigDecimal> yearlyValues, BigDecimal presentValue, BigDecimal ratio) {

    static SroiView of(Sroi sroi) {
        return new SroiView(sroi, sroi.yearlyValues(), sroi.presentValue(), sroi.ratio());
    }
}
