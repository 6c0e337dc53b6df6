package no.samarbeid.workshops.notes;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The notes of the current tenant's workshops (row-level security hides all others). */
interface Notes extends ListCrudRepository<Note, UUID> {

    List<Note> findByWorkshopIdAndTableIdAndSheetKeyAndWithdrawnFalseOrderByCreatedAt(
            UUID workshopId, UUID tableId, String sheetKey);

    List<Note> findByWorkshopIdAndTableIdAndSheetKeyAndRevealedFalseAndWithdrawnFalseOrderByCreatedAt(
            UUID workshopId, UUID tableId, String sheetKey);
}
