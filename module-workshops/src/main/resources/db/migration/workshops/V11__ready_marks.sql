-- The ready check: a participant marks themselves done ("Ferdig") with the phase their table is in; the console
-- counts the marks of each table's current sheet and phase. One row per participant, table, sheet and phase.
CREATE TABLE ready_mark (
    workshop_id    UUID        NOT NULL REFERENCES workshop (id),
    table_id       UUID        NOT NULL,
    participant_id UUID        NOT NULL REFERENCES participant (id),
    sheet_key      TEXT        NOT NULL,
    phase          TEXT        NOT NULL,
    tenant_id      UUID        NOT NULL,
    marked_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (table_id, sheet_key, phase, participant_id)
);
CREATE INDEX ready_mark_by_workshop ON ready_mark (workshop_id);

ALTER TABLE ready_mark ENABLE ROW LEVEL SECURITY;
ALTER TABLE ready_mark FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON ready_mark
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);
