/**
 * Indexing: reporting's read models in Elasticsearch, fed only by Kafka events (read as reporting's own records):
 * each tenant's sharing ({@code samarbeid-tenants}), each workshop ({@code samarbeid-workshops}) and every revealed
 * piece of content a table wrote ({@code samarbeid-content}: notes, partners, sketches, effects, measures, myth
 * verdicts, next steps, reflections), placed in its municipality, county, population band and quarter. Sharing is
 * kept with the time it was decided and compared, so a late event never brings withdrawn content back. Face:
 * {@link no.samarbeid.reporting.indexing.ReadModelIndices} (index names, set-up), {@link
 * no.samarbeid.reporting.indexing.ContentField} (field names queries use), {@link
 * no.samarbeid.reporting.indexing.WorkshopDocument}, and {@link no.samarbeid.reporting.indexing.Rebuild} with its
 * operator API {@code POST /api/platform/reporting/rebuild}.
 */
@NullMarked
package no.samarbeid.reporting.indexing;

import org.jspecify.annotations.NullMarked;
