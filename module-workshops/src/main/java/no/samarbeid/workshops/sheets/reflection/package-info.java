/**
 * Sheet 10: the reflection questions' answers and the next steps a table agrees on. Its face: {@link
 * no.samarbeid.workshops.sheets.reflection.ReflectionService}, {@link
 * no.samarbeid.workshops.sheets.reflection.NextStepService} and their views.
 */
@NullMarked
package no.samarbeid.workshops.sheets.reflection;

import org.jspecify.annotations.NullMarked;
