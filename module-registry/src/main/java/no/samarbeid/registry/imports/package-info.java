/**
 * Import from Enhetsregisteret's bulk download (a gzip JSON array of {@code enheter}), read as a stream: known
 * entries get the register's current name, form, industry, address and bankruptcy flags; others that pass a filter
 * are offered as candidates. Face: {@link no.samarbeid.registry.imports.RegisterImport}.
 */
@NullMarked
package no.samarbeid.registry.imports;

import org.jspecify.annotations.NullMarked;
