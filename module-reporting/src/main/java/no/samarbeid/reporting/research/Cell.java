package no.samarbeid.reporting.research;

import java.util.List;

/**
 * A cell of a research table as counted from a snapshot: its dimension values (in the table's order), the measure,
 * and how many contributors (e.g. workshop tables) from how many municipalities make it up.
 */
record Cell(List<String> key, long value, int contributors, int municipalities) {

    public Cell {
        key = List.copyOf(key);
    }
}
