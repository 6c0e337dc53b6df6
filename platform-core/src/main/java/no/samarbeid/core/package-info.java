/**
 * The shared kernel: tenants and their sharing default, municipality and county reference data, security (token or
 * guest session to principal and tenant), the event envelope and Kafka plumbing, problem-details errors and i18n.
 */
@ApplicationModule(displayName = "Core", type = ApplicationModule.Type.OPEN)
@NullMarked
package no.samarbeid.core;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
