/**
 * The municipal admin's editor of template variants: drafts kept in the session while reordering, forms and errors,
 * the version list. No face: pages only; variants themselves are in the templates package.
 */
@NullMarked
package no.samarbeid.workshops.templates.variants;

import org.jspecify.annotations.NullMarked;
