package no.samarbeid.workshops.workshop;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The workshops of the current tenant (row-level security hides all others). */
interface Workshops extends ListCrudRepository<Workshop, UUID> {

    List<Workshop> findAllByOrderByDateAscTitleAsc();
}
