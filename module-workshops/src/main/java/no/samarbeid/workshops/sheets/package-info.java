/**
 * What the structured sheets (5-10) share: who may read and write a table's entries ({@link
 * no.samarbeid.workshops.sheets.SheetAccess}), the entry base ({@link no.samarbeid.workshops.sheets.TableEntry},
 * {@link no.samarbeid.workshops.sheets.TableEntries}), text limits and the sheet texts of the pinned template. Each
 * sheet family is a sub-package.
 */
@NullMarked
package no.samarbeid.workshops.sheets;

import org.jspecify.annotations.NullMarked;
