/**
 * Registry of social entrepreneurs: organisation number (MOD11), services, sectors, reach, mentions from workshops, de-duplication.
 */
@ApplicationModule(displayName = "Registry")
@NullMarked
package no.samarbeid.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
