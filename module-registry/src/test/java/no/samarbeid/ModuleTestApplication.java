package no.samarbeid;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The root for this module's {@code @ApplicationModuleTest}s: the module is bootstrapped alone with the modules it
 * depends on (core), against the local stack's real servers, without the assembled application of platform-app.
 */
@SpringBootApplication
public class ModuleTestApplication {}
