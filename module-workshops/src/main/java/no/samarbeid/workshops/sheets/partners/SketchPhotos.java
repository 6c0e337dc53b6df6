package no.samarbeid.workshops.sheets.partners;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The photos of the sketches' drawings, one per sketch, kept apart from the sketches (the current tenant's). */
@Component
class SketchPhotos {

    private final JdbcClient jdbc;

    SketchPhotos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the photo of the sketch, replacing an earlier one. */
    void store(UUID sketchId, UUID tenantId, SketchPhoto photo, Instant now) {
        jdbc.sql("""
                        insert into workshops.sheet_sketch_photo (sketch_id, tenant_id, content_type, content, uploaded_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (sketch_id) do update set content_type = excluded.content_type,
                            content = excluded.content, uploaded_at = excluded.uploaded_at""")
                .params(sketchId, tenantId, photo.contentType(), photo.content(), Timestamp.from(now))
                .update();
    }

    Optional<SketchPhoto> find(UUID sketchId) {
        return jdbc.sql("select content_type, content from workshops.sheet_sketch_photo where sketch_id = ?")
                .param(sketchId)
                .query((rs, row) -> new SketchPhoto(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
