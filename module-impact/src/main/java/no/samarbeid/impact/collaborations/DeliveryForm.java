package no.samarbeid.impact.collaborations;

/** The sketch's choice on sheet 6: external delivery or close collaboration. */
enum DeliveryForm {
    EXTERNAL_DELIVERY,
    CLOSE_COLLABORATION
}
