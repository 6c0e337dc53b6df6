-- Workshops of a municipality. Every tenant table has forced row-level security on the per-transaction tenant.
GRANT USAGE ON SCHEMA workshops TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA workshops GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};

CREATE TABLE workshop (
    id         UUID PRIMARY KEY,
    tenant_id  UUID        NOT NULL,
    title      TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    place      TEXT        NOT NULL CHECK (char_length(place) <= 200),
    date       DATE        NOT NULL,
    status     TEXT        NOT NULL,
    shared     BOOLEAN     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    version    INT         NOT NULL
);
CREATE INDEX workshop_by_tenant_and_date ON workshop (tenant_id, date);

ALTER TABLE workshop ENABLE ROW LEVEL SECURITY;
ALTER TABLE workshop FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON workshop
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);
