/**
 * Workshops: the versioned method templates, workshops with their tables, participants and guests, facilitation (sheets, phases, timers), notes and the sheets' structured answers, and the live board.
 */
@ApplicationModule(displayName = "Workshops")
@NullMarked
package no.samarbeid.workshops;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
