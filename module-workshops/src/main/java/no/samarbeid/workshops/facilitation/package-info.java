/**
 * The facilitator's console and API: creating a workshop, the join code and QR code, the agenda form, sheets,
 * phases and timers for all tables or one, seating, and the projector by its signed link (no login). No face: pages
 * and endpoints only.
 */
@NullMarked
package no.samarbeid.workshops.facilitation;

import org.jspecify.annotations.NullMarked;
