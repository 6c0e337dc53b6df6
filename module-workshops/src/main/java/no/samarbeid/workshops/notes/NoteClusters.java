package no.samarbeid.workshops.notes;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The note clusters of the current tenant's workshops. */
interface NoteClusters extends ListCrudRepository<NoteCluster, UUID> {

    List<NoteCluster> findByWorkshopIdAndTableIdAndSheetKeyOrderByCreatedAt(
            UUID workshopId, UUID tableId, String sheetKey);
}
