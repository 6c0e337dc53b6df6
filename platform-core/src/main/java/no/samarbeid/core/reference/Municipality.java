package no.samarbeid.core.reference;

/** A municipality of the current structure, as SSB lists it, with its population on 1 January 2024. */
public record Municipality(MunicipalityNumber number, String name, County county, int population) {}
