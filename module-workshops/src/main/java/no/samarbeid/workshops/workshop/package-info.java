/**
 * The workshop aggregate and what hangs on it: tables, the agenda pinned from its template, participants and guests
 * joining by code, and who may see and do what ({@link no.samarbeid.workshops.workshop.WorkshopAccess}). Its face:
 * {@link no.samarbeid.workshops.workshop.WorkshopService}, {@link no.samarbeid.workshops.workshop.AgendaService},
 * {@link no.samarbeid.workshops.workshop.TemplateSnapshots}, {@link no.samarbeid.workshops.workshop.ProjectorLinks}
 * (signed projector links and the {@code ProjectorPass} they grant), the read-only views ({@code WorkshopView},
 * {@code TableView}, {@code ParticipantView}, {@code ProjectedWorkshop}) and the aggregate's queries; its mutators
 * and repositories stay package-private.
 */
@NullMarked
package no.samarbeid.workshops.workshop;

import org.jspecify.annotations.NullMarked;
