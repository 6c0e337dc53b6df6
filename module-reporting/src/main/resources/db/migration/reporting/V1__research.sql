-- Research: researchers' access, frozen snapshots of the research tables, and the audit log of every researcher
-- request. National data without a tenant (no row-level security; listed in RowLevelSecurityTests). The app role may
-- only add and read rows: a snapshot is never recomputed and the audit log is append-only.
GRANT USAGE ON SCHEMA reporting TO ${appRole};

CREATE TABLE researcher_access (
    id          UUID PRIMARY KEY,
    username    TEXT        NOT NULL CHECK (char_length(username) BETWEEN 1 AND 100),
    project     TEXT        NOT NULL CHECK (char_length(project) BETWEEN 1 AND 200),
    purpose     TEXT        NOT NULL CHECK (char_length(purpose) BETWEEN 1 AND 2000),
    ends_on     DATE        NOT NULL,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX researcher_access_by_username ON researcher_access (username, recorded_at DESC);

CREATE TABLE snapshot (
    id                 UUID PRIMARY KEY,
    taken_at           TIMESTAMPTZ NOT NULL,
    reason             TEXT        NOT NULL CHECK (reason IN ('QUARTER_END', 'REQUESTED')),
    requested_by       TEXT,
    codebook_version   TEXT        NOT NULL,
    min_contributors   INT         NOT NULL CHECK (min_contributors >= 5),
    min_municipalities INT         NOT NULL CHECK (min_municipalities >= 3)
);

CREATE TABLE snapshot_cell (
    snapshot_id UUID    NOT NULL REFERENCES snapshot (id),
    table_key   TEXT    NOT NULL,
    position    INT     NOT NULL,
    key         TEXT[]  NOT NULL,
    value       BIGINT,
    suppressed  BOOLEAN NOT NULL,
    PRIMARY KEY (snapshot_id, table_key, position),
    CHECK (suppressed = (value IS NULL))
);

CREATE TABLE research_audit (
    id                UUID PRIMARY KEY,
    at                TIMESTAMPTZ NOT NULL,
    username          TEXT        NOT NULL,
    request           TEXT        NOT NULL,
    table_key         TEXT,
    filters           TEXT        NOT NULL,
    snapshot_id       UUID,
    cells_returned    INT         NOT NULL,
    cells_suppressed  INT         NOT NULL,
    outcome           TEXT        NOT NULL
);
CREATE INDEX research_audit_by_time ON research_audit (at DESC);

GRANT SELECT, INSERT ON researcher_access, snapshot, snapshot_cell, research_audit TO ${appRole};

-- Dead letters an operator replayed (the dead-letter topics themselves stay as they are).
CREATE TABLE dead_letter_replay (
    id            UUID PRIMARY KEY,
    topic         TEXT        NOT NULL,
    partition     INT         NOT NULL,
    record_offset BIGINT      NOT NULL,
    replayed_at   TIMESTAMPTZ NOT NULL,
    replayed_by   TEXT        NOT NULL
);
GRANT SELECT, INSERT ON dead_letter_replay TO ${appRole};
