package no.samarbeid.support;

import no.samarbeid.ApiClient;

/** A workshop of Oslo with the tables "Bord 1" and "Bord 2", added when it is made. */
public class TwoTableWorkshop extends FacilitatedWorkshop {

    public final String table;
    public final String otherTable;

    protected TwoTableWorkshop(FacilitatedWorkshop workshop) {
        super(workshop);
        this.table = addTable("Bord 1");
        this.otherTable = addTable("Bord 2");
    }

    /** A new workshop of Oslo (tomorrow, at the town hall) with its two tables. */
    public static TwoTableWorkshop withTables(ApiClient api, String title) {
        return new TwoTableWorkshop(create(api, title));
    }
}
