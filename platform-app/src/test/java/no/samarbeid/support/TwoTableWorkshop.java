package no.samarbeid.support;

/** A workshop of Oslo with the tables "Bord 1" and "Bord 2", added when it is made. */
public class TwoTableWorkshop extends FacilitatedWorkshop {

    public final String table;
    public final String otherTable;

    protected TwoTableWorkshop(FacilitatedWorkshop workshop) {
        super(workshop);
        this.table = addTable("Bord 1");
        this.otherTable = addTable("Bord 2");
    }
}
