/** Events of the tenant registry, published to the {@code samarbeid.core} topic. */
@NamedInterface("events")
@NullMarked
package no.samarbeid.core.tenancy.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
