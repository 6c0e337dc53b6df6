package no.samarbeid.core.reference;

/** A county (fylke) of the current structure. */
public record County(CountyNumber number, String name) {}
