/**
 * The method as data: the national editions of the workshop template (facilitator guide and worksheets, loaded at
 * start-up from {@code templates/method/editions}), the variants municipalities make of them without code, and the
 * dated procurement rules the myths sheet quotes. Other code resolves a
 * {@link no.samarbeid.workshops.templates.TemplateReference} into an immutable
 * {@link no.samarbeid.workshops.templates.ResolvedTemplate} with
 * {@link no.samarbeid.workshops.templates.TemplateResolver}, and keeps that snapshot. The municipal admin makes and
 * versions variants on the pages under {@code /admin/kommune/maler} (package-private controllers here).
 */
@NamedInterface("templates")
@NullMarked
package no.samarbeid.workshops.templates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
