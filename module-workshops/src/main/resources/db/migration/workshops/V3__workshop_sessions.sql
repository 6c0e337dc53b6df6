-- A workshop as a facilitated session: pinned template, agenda, facilitators, invitations, tables with their
-- facilitation state, participants (accounts and guests) and the join code lookup.
ALTER TABLE workshop ALTER COLUMN date DROP NOT NULL;
ALTER TABLE workshop
    ADD COLUMN anonymous          BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN dots_per_person    INT     NOT NULL DEFAULT 3 CHECK (dots_per_person BETWEEN 1 AND 20),
    ADD COLUMN template_reference TEXT    NOT NULL DEFAULT 'veier-til-samarbeid:2017',
    ADD COLUMN join_code          TEXT    UNIQUE,
    ADD COLUMN started_at         TIMESTAMPTZ,
    ADD COLUMN completed_at       TIMESTAMPTZ;

CREATE TABLE workshop_template_snapshot (
    workshop_id UUID PRIMARY KEY REFERENCES workshop (id),
    tenant_id   UUID  NOT NULL,
    content     JSONB NOT NULL
);

CREATE TABLE workshop_agenda_item (
    workshop_id UUID NOT NULL REFERENCES workshop (id),
    position    INT  NOT NULL,
    tenant_id   UUID NOT NULL,
    sheet_key   TEXT NOT NULL,
    minutes     INT  NOT NULL CHECK (minutes BETWEEN 1 AND 180),
    PRIMARY KEY (workshop_id, position)
);

CREATE TABLE workshop_facilitator (
    workshop_id UUID NOT NULL REFERENCES workshop (id),
    tenant_id   UUID NOT NULL,
    username    TEXT NOT NULL,
    PRIMARY KEY (workshop_id, username)
);

CREATE TABLE workshop_invitation (
    workshop_id UUID NOT NULL REFERENCES workshop (id),
    tenant_id   UUID NOT NULL,
    username    TEXT NOT NULL,
    PRIMARY KEY (workshop_id, username)
);

CREATE TABLE workshop_table (
    id                       UUID PRIMARY KEY,
    workshop_id              UUID NOT NULL REFERENCES workshop (id),
    position                 INT  NOT NULL,
    tenant_id                UUID NOT NULL,
    name                     TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
    sheet_key                TEXT,
    phase                    TEXT,
    phase_ends_at            TIMESTAMPTZ,
    paused_remaining_seconds INT,
    UNIQUE (workshop_id, position)
);

CREATE TABLE participant (
    id           UUID PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    workshop_id  UUID        NOT NULL REFERENCES workshop (id),
    table_id     UUID REFERENCES workshop_table (id),
    kind         TEXT        NOT NULL,
    username     TEXT,
    display_name TEXT        NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 60),
    perspective  TEXT        NOT NULL,
    pseudonym    TEXT        NOT NULL,
    joined_at    TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL,
    UNIQUE (workshop_id, pseudonym),
    UNIQUE (workshop_id, username)
);
CREATE INDEX participant_by_workshop ON participant (workshop_id, table_id);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY ['workshop_template_snapshot', 'workshop_agenda_item', 'workshop_facilitator',
        'workshop_invitation', 'workshop_table', 'participant']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)', t);
    END LOOP;
END $$;

-- Guests arrive with a join code and no tenant yet: this lookup maps a code to its workshop and municipality
-- before any tenant data is read. It holds no content, so it has no row-level security.
CREATE TABLE join_code (
    code        TEXT PRIMARY KEY,
    workshop_id UUID    NOT NULL UNIQUE,
    tenant_id   UUID    NOT NULL,
    expired     BOOLEAN NOT NULL DEFAULT FALSE
);
