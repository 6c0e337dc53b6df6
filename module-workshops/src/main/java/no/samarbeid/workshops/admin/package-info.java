/**
 * The municipal admin's page: the municipality's workshops and its sharing default. No face: a page only.
 */
@NullMarked
package no.samarbeid.workshops.admin;

import org.jspecify.annotations.NullMarked;
