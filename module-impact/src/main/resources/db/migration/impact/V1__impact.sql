-- Impact: collaborations from the sketch to measured effects. Every table belongs to one municipality (tenant_id)
-- and has forced row-level security on the per-transaction tenant, like the workshops' tables.
GRANT USAGE ON SCHEMA impact TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA impact GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};

CREATE TABLE collaboration (
    id                 UUID PRIMARY KEY,
    tenant_id          UUID        NOT NULL,
    title              TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    theme              TEXT        CHECK (theme ~ '^[a-z-]{2,40}$'),
    entrepreneur_orgnr TEXT        CHECK (entrepreneur_orgnr ~ '^[0-9]{9}$'),
    entrepreneur_name  TEXT        NOT NULL CHECK (char_length(entrepreneur_name) <= 200),
    sector             TEXT        NOT NULL CHECK (char_length(sector) <= 120),
    project_type       TEXT        CHECK (project_type IN ('TEMPORARY_PROJECT', 'DEVELOPMENT_PROJECT')),
    procurement        BOOLEAN,
    involved           TEXT        NOT NULL CHECK (char_length(involved) <= 500),
    delivery_form      TEXT        CHECK (delivery_form IN ('EXTERNAL_DELIVERY', 'CLOSE_COLLABORATION')),
    responsible        TEXT        NOT NULL CHECK (char_length(responsible) <= 200),
    description        TEXT        NOT NULL CHECK (char_length(description) <= 4000),
    stage              TEXT        NOT NULL CHECK (stage IN ('IDEA', 'DIALOGUE', 'PILOT', 'AGREEMENT', 'OPERATION',
                                                             'CLOSED', 'EVALUATED')),
    shared             BOOLEAN     NOT NULL,
    origin_workshop_id UUID,
    origin_table_id    UUID,
    origin_sketch_id   UUID,
    origin_occurred_at TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL,
    version            INT         NOT NULL,
    UNIQUE (tenant_id, origin_sketch_id)
);
CREATE INDEX collaboration_by_workshop ON collaboration (origin_workshop_id, origin_table_id);

-- Dated history of the stage: who moved it, from where, and why (a reason is required backwards and to 'CLOSED').
CREATE TABLE collaboration_stage_change (
    collaboration_id UUID        NOT NULL REFERENCES collaboration (id),
    position         INT         NOT NULL,
    tenant_id        UUID        NOT NULL,
    from_stage       TEXT,
    to_stage         TEXT        NOT NULL,
    reason           TEXT        NOT NULL CHECK (char_length(reason) <= 1000),
    moved_by         TEXT        NOT NULL CHECK (char_length(moved_by) <= 200),
    moved_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (collaboration_id, position)
);

-- Effects per stakeholder (sheet 7 or by hand); realised with evidence.
CREATE TABLE collaboration_effect (
    collaboration_id UUID    NOT NULL REFERENCES collaboration (id),
    position         INT     NOT NULL,
    tenant_id        UUID    NOT NULL,
    id               UUID    NOT NULL UNIQUE,
    source_effect_id UUID,
    stakeholder      TEXT    NOT NULL CHECK (stakeholder IN ('MUNICIPALITY', 'ENTREPRENEUR', 'CITIZEN')),
    text             TEXT    NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    benefits         TEXT[]  NOT NULL CHECK (benefits <@ ARRAY ['QUALITY', 'TIME', 'COST']::TEXT[]),
    source_occurred_at TIMESTAMPTZ,
    realised_at      DATE,
    evidence         TEXT    NOT NULL CHECK (char_length(evidence) <= 2000),
    PRIMARY KEY (collaboration_id, position)
);

-- The optional SROI estimate of a collaboration: its inputs (the result is computed, never stored).
CREATE TABLE sroi_estimate (
    collaboration_id UUID PRIMARY KEY REFERENCES collaboration (id),
    tenant_id        UUID          NOT NULL,
    quantity         NUMERIC(14, 2) NOT NULL CHECK (quantity >= 0),
    financial_proxy  NUMERIC(14, 2) NOT NULL CHECK (financial_proxy >= 0),
    years            INT           NOT NULL CHECK (years BETWEEN 1 AND 30),
    deadweight       NUMERIC(5, 4) NOT NULL CHECK (deadweight BETWEEN 0 AND 1),
    displacement     NUMERIC(5, 4) NOT NULL CHECK (displacement BETWEEN 0 AND 1),
    attribution      NUMERIC(5, 4) NOT NULL CHECK (attribution BETWEEN 0 AND 1),
    drop_off         NUMERIC(5, 4) NOT NULL CHECK (drop_off BETWEEN 0 AND 1),
    discount_rate    NUMERIC(5, 4) NOT NULL CHECK (discount_rate BETWEEN 0 AND 1),
    investment       NUMERIC(14, 2) NOT NULL CHECK (investment > 0)
);

-- Indicators (sheet 8 or by hand) and their measurements over time.
CREATE TABLE indicator (
    id                UUID PRIMARY KEY,
    tenant_id         UUID        NOT NULL,
    collaboration_id  UUID        NOT NULL REFERENCES collaboration (id),
    source_measure_id UUID,
    source_occurred_at TIMESTAMPTZ,
    name              TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 500),
    method            TEXT        NOT NULL CHECK (char_length(method) <= 1000),
    unit              TEXT        NOT NULL CHECK (unit IN ('PERSONS', 'NOK', 'HOURS', 'PERCENT', 'COUNT')),
    baseline_value    NUMERIC(16, 2),
    baseline_date     DATE,
    target_value      NUMERIC(16, 2),
    target_date       DATE,
    frequency         TEXT        NOT NULL CHECK (char_length(frequency) <= 100),
    data_source       TEXT        NOT NULL CHECK (char_length(data_source) <= 200),
    iris_code         TEXT        CHECK (iris_code ~ '^[A-Z]{2}[0-9]{4}$'),
    created_at        TIMESTAMPTZ NOT NULL,
    version           INT         NOT NULL,
    UNIQUE (tenant_id, source_measure_id)
);
CREATE INDEX indicator_by_collaboration ON indicator (collaboration_id);

CREATE TABLE measurement (
    indicator_id UUID           NOT NULL REFERENCES indicator (id),
    position     INT            NOT NULL,
    tenant_id    UUID           NOT NULL,
    id           UUID           NOT NULL UNIQUE,
    value        NUMERIC(16, 2) NOT NULL,
    period_from  DATE           NOT NULL,
    period_to    DATE           NOT NULL CHECK (period_to >= period_from),
    source       TEXT           NOT NULL CHECK (char_length(source) <= 200),
    comment      TEXT           NOT NULL CHECK (char_length(comment) <= 2000),
    recorded_by  TEXT           NOT NULL CHECK (char_length(recorded_by) <= 200),
    recorded_at  TIMESTAMPTZ    NOT NULL,
    PRIMARY KEY (indicator_id, position)
);

-- Next steps (sheet 10 or by hand) as the municipality's tasks.
CREATE TABLE next_step_task (
    id                  UUID PRIMARY KEY,
    tenant_id           UUID        NOT NULL,
    collaboration_id    UUID REFERENCES collaboration (id),
    workshop_id         UUID,
    table_id            UUID,
    source_next_step_id UUID,
    source_occurred_at  TIMESTAMPTZ,
    text                TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    owner               TEXT        NOT NULL CHECK (char_length(owner) <= 200),
    due_date            DATE        NOT NULL,
    status              TEXT        NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    shared              BOOLEAN     NOT NULL,
    changed_at          TIMESTAMPTZ NOT NULL,
    version             INT         NOT NULL,
    UNIQUE (tenant_id, source_next_step_id)
);
CREATE INDEX next_step_task_by_due_date ON next_step_task (tenant_id, status, due_date);

-- The workshops' sheet entries (sketches, effects, measures) as this module read them from its events: the latest
-- per source id by occurredAt, so a late or repeated event never overwrites a newer one. Tombstones
-- (retracted = true) keep a removal from being undone by an older event.
CREATE TABLE sheet_entry (
    kind        TEXT        NOT NULL CHECK (kind IN ('SKETCH', 'EFFECT', 'MEASURE')),
    source_id   UUID        NOT NULL,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL,
    table_id    UUID        NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL,
    retracted   BOOLEAN     NOT NULL,
    data        JSONB       NOT NULL,
    PRIMARY KEY (kind, source_id)
);
CREATE INDEX sheet_entry_by_table ON sheet_entry (workshop_id, table_id);

-- Whether each workshop may appear nationally, the latest the workshops said (WorkshopSharingChanged, or any event).
CREATE TABLE workshop_sharing (
    workshop_id UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    shared      BOOLEAN     NOT NULL,
    occurred_at TIMESTAMPTZ NOT NULL
);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY ['collaboration', 'collaboration_stage_change', 'collaboration_effect', 'sroi_estimate',
        'indicator', 'measurement', 'next_step_task', 'sheet_entry', 'workshop_sharing']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)', t);
    END LOOP;
END $$;
