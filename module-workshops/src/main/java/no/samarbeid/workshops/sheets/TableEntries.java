package no.samarbeid.workshops.sheets;

import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The entries of one kind written at the current tenant's tables (each sheet family's repository extends it). */
@NoRepositoryBean
public interface TableEntries<E extends TableEntry<E>> extends ListCrudRepository<E, UUID> {

    List<E> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);

    /** The entries of the scope's table, oldest first. */
    default List<E> allAt(SheetScope scope) {
        return findByWorkshopIdAndTableIdOrderByCreatedAt(scope.workshopId(), scope.tableId());
    }

    /** The entry written at the scope's table, else not found (404) with the problem code given. */
    default E at(SheetScope scope, UUID id, String notFound) {
        return findById(id).filter(entry -> entry.belongsTo(scope)).orElseThrow(() -> new NotFoundException(notFound));
    }

    /** Saves the entry; a change that lost a race with another one at the same table is a conflict (409). */
    default E store(E entry) {
        return SheetWrites.save(this, entry);
    }
}
