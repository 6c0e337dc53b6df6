/**
 * Sheet 7 (effects per stakeholder with benefit types) and sheet 8 (measures of those effects). Its face: {@link
 * no.samarbeid.workshops.sheets.effects.EffectService}, {@link
 * no.samarbeid.workshops.sheets.effects.MeasureService}, their details and views.
 */
@NullMarked
package no.samarbeid.workshops.sheets.effects;

import org.jspecify.annotations.NullMarked;
