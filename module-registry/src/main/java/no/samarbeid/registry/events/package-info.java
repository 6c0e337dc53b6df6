/**
 * Events of the registry, published to the {@code samarbeid.registry} topic; other modules may read them. The
 * register is national: its entry events carry the nil tenant id ({@link RegistryEvent#NATIONAL}) and are keyed by
 * organisation number; {@link MentionLinked} belongs to the municipality that linked its mention.
 */
@NamedInterface("events")
@NullMarked
package no.samarbeid.registry.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
