package no.samarbeid.workshops.internal;

/** Whether the entrepreneur delivers from outside or works in close collaboration with the municipality. */
enum SketchDeliveryForm {
    EXTERNAL_DELIVERY,
    CLOSE_COLLABORATION
}
