-- A municipality's variants of a national template edition (sheets left out, reordered, other minutes or texts).
-- Every save is a new, immutable version: the app role may insert and read versions, never change or delete them.
CREATE TABLE template_variant (
    id             UUID PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    latest_version INT         NOT NULL CHECK (latest_version >= 1),
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (id, tenant_id)
);
CREATE INDEX template_variant_by_tenant ON template_variant (tenant_id, updated_at);

CREATE TABLE template_variant_version (
    variant_id   UUID        NOT NULL,
    version      INT         NOT NULL CHECK (version >= 1),
    tenant_id    UUID        NOT NULL,
    name         TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    base_key     TEXT        NOT NULL CHECK (char_length(base_key) BETWEEN 1 AND 100),
    base_version TEXT        NOT NULL CHECK (char_length(base_version) BETWEEN 1 AND 50),
    changes      JSONB       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (variant_id, version),
    FOREIGN KEY (variant_id, tenant_id) REFERENCES template_variant (id, tenant_id)
);
REVOKE UPDATE, DELETE, TRUNCATE ON template_variant_version FROM ${appRole};
REVOKE DELETE, TRUNCATE ON template_variant FROM ${appRole};

ALTER TABLE template_variant ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_variant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON template_variant
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);

ALTER TABLE template_variant_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE template_variant_version FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON template_variant_version
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);
