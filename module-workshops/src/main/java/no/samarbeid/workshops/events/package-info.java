/** Events of the workshops module, published to the {@code samarbeid.workshops} topic; other modules may use them. */
@NamedInterface("events")
@NullMarked
package no.samarbeid.workshops.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
