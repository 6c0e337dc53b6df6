package no.samarbeid.workshops.sheets.reflection;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The reflections of the current tenant's tables, by table id. */
interface Reflections extends ListCrudRepository<Reflection, UUID> {}
