/**
 * Retention of personal data the workshops hold (see {@code docs/privacy.md}): guests' display names are replaced by
 * their opaque pseudonym a configurable time after their workshop's completion, by a scheduled job. It has no face:
 * nothing else calls it.
 */
@NullMarked
package no.samarbeid.workshops.retention;

import org.jspecify.annotations.NullMarked;
