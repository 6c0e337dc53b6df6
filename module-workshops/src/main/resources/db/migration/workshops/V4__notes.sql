-- Notes on the sheets: written in silence, revealed to the table, moved between zones, clustered under headings and
-- dot-voted. Tables are not referenced by foreign key: a workshop's tables are rewritten when the workshop is saved.
CREATE TABLE note_cluster (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    sheet_key   TEXT        NOT NULL,
    heading     TEXT        NOT NULL CHECK (char_length(heading) BETWEEN 1 AND 80),
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);
CREATE INDEX note_cluster_by_sheet ON note_cluster (workshop_id, table_id, sheet_key);

CREATE TABLE note (
    id                    UUID PRIMARY KEY,
    tenant_id             UUID        NOT NULL,
    workshop_id           UUID        NOT NULL REFERENCES workshop (id),
    table_id              UUID        NOT NULL,
    sheet_key             TEXT        NOT NULL,
    zone_key              TEXT        NOT NULL,
    text                  TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    author_participant_id UUID REFERENCES participant (id),
    perspective           TEXT        NOT NULL,
    revealed              BOOLEAN     NOT NULL,
    hidden                BOOLEAN     NOT NULL,
    withdrawn             BOOLEAN     NOT NULL,
    cluster_id            UUID REFERENCES note_cluster (id),
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    version               INT         NOT NULL
);
CREATE INDEX note_by_sheet ON note (workshop_id, table_id, sheet_key, created_at);

CREATE TABLE note_vote (
    note_id        UUID NOT NULL REFERENCES note (id),
    participant_id UUID NOT NULL REFERENCES participant (id),
    tenant_id      UUID NOT NULL,
    dots           INT  NOT NULL CHECK (dots BETWEEN 1 AND 20),
    PRIMARY KEY (note_id, participant_id)
);
CREATE INDEX note_vote_by_participant ON note_vote (participant_id);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY ['note_cluster', 'note', 'note_vote']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)', t);
    END LOOP;
END $$;
