-- The national register of social entrepreneurs (no tenant owns it) and the municipalities' mentions of them.
GRANT USAGE ON SCHEMA registry TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA registry GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};

-- One organisation, unique by its organisation number. The programme's profile is a JSON document.
CREATE TABLE entry (
    organisation_number TEXT PRIMARY KEY CHECK (organisation_number ~ '^[0-9]{9}$'),
    name                TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    organisation_form   TEXT        NOT NULL CHECK (organisation_form ~ '^[A-Z]{2,5}$'),
    nonprofit           BOOLEAN     NOT NULL,
    industry_code       TEXT CHECK (industry_code ~ '^[0-9]{2}\.[0-9]{1,3}$'),
    municipality_number TEXT        NOT NULL CHECK (municipality_number ~ '^[0-9]{4}$'),
    bankrupt            BOOLEAN     NOT NULL DEFAULT false,
    under_liquidation   BOOLEAN     NOT NULL DEFAULT false,
    status              TEXT        NOT NULL CHECK (status IN ('PENDING', 'VERIFIED', 'REJECTED', 'MERGED')),
    merged_into         TEXT REFERENCES entry (organisation_number),
    profile             JSONB       NOT NULL,
    proposed_by_tenant  UUID,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL,
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL))
);
CREATE INDEX entry_by_status ON entry (status, updated_at);

-- Every change of an entry: who, when, what (the fields) and the entry as it was after the change.
CREATE TABLE entry_change (
    organisation_number TEXT        NOT NULL REFERENCES entry (organisation_number),
    version             INT         NOT NULL,
    changed_at          TIMESTAMPTZ NOT NULL,
    changed_by          TEXT        NOT NULL,
    kind                TEXT        NOT NULL,
    fields              TEXT[]      NOT NULL,
    snapshot            JSONB       NOT NULL,
    PRIMARY KEY (organisation_number, version)
);

-- A municipality's mention of a potential partner on sheet 5 (one per partner of a workshop table), kept from the
-- workshops' events: the latest by occurredAt, a retraction as a tombstone. Tenant-owned.
CREATE TABLE mention (
    partner_id          UUID PRIMARY KEY,
    tenant_id           UUID        NOT NULL,
    workshop_id         UUID        NOT NULL,
    table_id            UUID        NOT NULL,
    name                TEXT        NOT NULL,
    delivers            TEXT        NOT NULL,
    zone                TEXT        NOT NULL,
    organisation_number TEXT,
    retracted           BOOLEAN     NOT NULL,
    occurred_at         TIMESTAMPTZ NOT NULL,
    linked_to           TEXT,
    rejected            TEXT[]      NOT NULL DEFAULT '{}',
    linked_at           TIMESTAMPTZ
);
CREATE INDEX mention_by_tenant ON mention (tenant_id, retracted, occurred_at);

ALTER TABLE mention ENABLE ROW LEVEL SECURITY;
ALTER TABLE mention FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mention
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);

-- The confirmed links that count towards an entry's national figures: ids only, no names, no text. A row exists
-- while its mention is linked and not retracted; counts join the sharing below.
CREATE TABLE mention_tally (
    partner_id          UUID PRIMARY KEY,
    tenant_id           UUID        NOT NULL,
    workshop_id         UUID        NOT NULL,
    municipality_number TEXT        NOT NULL,
    organisation_number TEXT        NOT NULL
);
CREATE INDEX mention_tally_by_entry ON mention_tally (organisation_number);

-- The registry's own view of what is shared nationally, latest by time (from core's and the workshops' events).
CREATE TABLE tenant_sharing (
    tenant_id    UUID PRIMARY KEY,
    shares       BOOLEAN     NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE workshop_sharing (
    workshop_id UUID PRIMARY KEY,
    shared      BOOLEAN     NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);

-- Keycloak users with the ENTREPRENEUR role who keep an entry's profile: asked for by the user, approved by a
-- national coordinator (or created approved when the coordinator creates the user).
CREATE TABLE entrepreneur_account (
    username            TEXT PRIMARY KEY CHECK (char_length(username) BETWEEN 1 AND 255),
    organisation_number TEXT        NOT NULL REFERENCES entry (organisation_number),
    approved            BOOLEAN     NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL
);
