package no.samarbeid.workshops.notes;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sorting at a table: gathering revealed notes of a sheet under headings. */
@Service
public class ClusterService {

    private final NoteAccess access;
    private final Notes notes;
    private final NoteClusters clusters;
    private final Clock clock;

    ClusterService(NoteAccess access, Notes notes, NoteClusters clusters, Clock clock) {
        this.access = access;
        this.notes = notes;
        this.clusters = clusters;
        this.clock = clock;
    }

    /** Gathers notes of the sheet they are on (all of one table and sheet) under a heading. */
    @Transactional
    public ClusterView gather(UUID workshopId, UUID tableId, String heading, List<UUID> noteIds) {
        NoteAccess.NoteTable table = access.table(workshopId, tableId);
        List<Note> gathered = noteIds.stream()
                .distinct()
                .limit(NoteCluster.MAX_NOTES + 1L)
                .map(id -> access.note(table, id))
                .toList();
        String sheetKey = gathered.isEmpty() ? "" : gathered.get(0).sheetKey();
        NoteSheet sheet = access.sheet(table, sheetKey);
        NoteCluster cluster =
                clusters.save(NoteCluster.gather(sheet, table.caller(), heading, gathered, clock.instant()));
        notes.saveAll(gathered);
        return new ClusterView(
                cluster.id(), cluster.heading(), gathered.stream().map(Note::id).toList());
    }

    /**
     * The clusters of a sheet at the table (by default the sheet open there) with the notes the caller sees in them;
     * clusters whose notes all went elsewhere are left out.
     */
    @Transactional(readOnly = true)
    public List<ClusterView> list(UUID workshopId, UUID tableId, @Nullable String sheetKey) {
        NoteAccess.NoteTable table = access.table(workshopId, tableId);
        String key = table.sheetKeyOr(sheetKey);
        if (key == null) {
            return List.of();
        }
        List<Note> visible = notes
                .findByWorkshopIdAndTableIdAndSheetKeyAndWithdrawnFalseOrderByCreatedAt(workshopId, tableId, key)
                .stream()
                .filter(note -> note.visibleTo(table.caller()))
                .toList();
        return clusters.findByWorkshopIdAndTableIdAndSheetKeyOrderByCreatedAt(workshopId, tableId, key).stream()
                .map(cluster -> new ClusterView(
                        cluster.id(),
                        cluster.heading(),
                        visible.stream()
                                .filter(note -> Objects.equals(note.clusterId(), cluster.id()))
                                .map(Note::id)
                                .toList()))
                .filter(cluster -> !cluster.noteIds().isEmpty())
                .toList();
    }
}
