package no.samarbeid.workshops.sheets.partners;

/** Whether the entrepreneur delivers from outside or works in close collaboration with the municipality. */
public enum SketchDeliveryForm {
    EXTERNAL_DELIVERY,
    CLOSE_COLLABORATION
}
