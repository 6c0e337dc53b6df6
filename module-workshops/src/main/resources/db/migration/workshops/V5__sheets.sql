-- The structured answers of worksheets 5-10, per table, and each participant's evaluation of the workshop.
-- Rows refer to their workshop; a table id is checked by the application, since a workshop's table rows are
-- rewritten whenever the workshop is saved.
CREATE TABLE sheet_partner (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    name        TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 120),
    delivers    TEXT        NOT NULL CHECK (char_length(delivers) <= 500),
    zone        TEXT        NOT NULL CHECK (zone IN ('MUNICIPALITY', 'REGION', 'NATIONAL')),
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);
CREATE INDEX sheet_partner_by_table ON sheet_partner (workshop_id, table_id, created_at);

CREATE TABLE sheet_sketch (
    id            UUID PRIMARY KEY,
    tenant_id     UUID        NOT NULL,
    workshop_id   UUID        NOT NULL REFERENCES workshop (id),
    table_id      UUID        NOT NULL,
    partner_id    UUID        NOT NULL REFERENCES sheet_partner (id),
    sector        TEXT        NOT NULL CHECK (char_length(sector) BETWEEN 1 AND 120),
    project_type  TEXT        NOT NULL CHECK (project_type IN ('TEMPORARY_PROJECT', 'DEVELOPMENT_PROJECT')),
    procurement   BOOLEAN     NOT NULL,
    involved      TEXT        NOT NULL CHECK (char_length(involved) <= 500),
    delivery_form TEXT        NOT NULL CHECK (delivery_form IN ('EXTERNAL_DELIVERY', 'CLOSE_COLLABORATION')),
    how_it_works  TEXT        NOT NULL CHECK (char_length(how_it_works) <= 4000),
    photo_type    TEXT CHECK (photo_type IN ('image/png', 'image/jpeg')),
    created_at    TIMESTAMPTZ NOT NULL,
    version       INT         NOT NULL
);
CREATE INDEX sheet_sketch_by_table ON sheet_sketch (workshop_id, table_id, created_at);
CREATE INDEX sheet_sketch_by_partner ON sheet_sketch (partner_id);

CREATE TABLE sheet_sketch_photo (
    sketch_id    UUID PRIMARY KEY REFERENCES sheet_sketch (id),
    tenant_id    UUID        NOT NULL,
    content_type TEXT        NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
    content      BYTEA       NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 5242880),
    uploaded_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE sheet_effect (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    stakeholder TEXT        NOT NULL CHECK (stakeholder IN ('MUNICIPALITY', 'ENTREPRENEUR', 'CITIZEN')),
    text        TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    benefits    TEXT[]      NOT NULL CHECK (benefits <@ ARRAY ['QUALITY', 'TIME', 'COST']::TEXT[]),
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);
CREATE INDEX sheet_effect_by_table ON sheet_effect (workshop_id, table_id, created_at);

CREATE TABLE sheet_measure (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    what        TEXT        NOT NULL CHECK (char_length(what) BETWEEN 1 AND 500),
    how         TEXT        NOT NULL CHECK (char_length(how) <= 1000),
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);
CREATE INDEX sheet_measure_by_table ON sheet_measure (workshop_id, table_id, created_at);

CREATE TABLE sheet_measure_effect (
    measure_id UUID NOT NULL REFERENCES sheet_measure (id),
    effect_id  UUID NOT NULL REFERENCES sheet_effect (id),
    tenant_id  UUID NOT NULL,
    PRIMARY KEY (measure_id, effect_id)
);
CREATE INDEX sheet_measure_effect_by_effect ON sheet_measure_effect (effect_id);

-- One row per myth of the template a table assessed (myth_key), or per other myth the table named (other_text).
CREATE TABLE sheet_myth_assessment (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    myth_key    TEXT CHECK (char_length(myth_key) BETWEEN 1 AND 80),
    other_text  TEXT CHECK (char_length(other_text) BETWEEN 1 AND 300),
    lives       TEXT        NOT NULL CHECK (lives IN ('YES', 'PARTLY', 'NO')),
    buster      TEXT        NOT NULL CHECK (char_length(buster) <= 1000),
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL,
    CHECK ((myth_key IS NULL) <> (other_text IS NULL)),
    UNIQUE (table_id, myth_key)
);
CREATE INDEX sheet_myth_assessment_by_table ON sheet_myth_assessment (workshop_id, table_id, created_at);

CREATE TABLE sheet_reflection (
    table_id    UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    updated_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);

CREATE TABLE sheet_reflection_answer (
    table_id     UUID NOT NULL REFERENCES sheet_reflection (table_id),
    question_key TEXT NOT NULL CHECK (char_length(question_key) BETWEEN 1 AND 80),
    tenant_id    UUID NOT NULL,
    answer       TEXT NOT NULL CHECK (char_length(answer) BETWEEN 1 AND 2000),
    PRIMARY KEY (table_id, question_key)
);

CREATE TABLE sheet_next_step (
    id          UUID PRIMARY KEY,
    tenant_id   UUID        NOT NULL,
    workshop_id UUID        NOT NULL REFERENCES workshop (id),
    table_id    UUID        NOT NULL,
    text        TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 500),
    owner       TEXT        NOT NULL CHECK (char_length(owner) BETWEEN 1 AND 120),
    due_date    DATE        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    version     INT         NOT NULL
);
CREATE INDEX sheet_next_step_by_table ON sheet_next_step (workshop_id, table_id, created_at);

-- One evaluation per participant; the participant is known only inside the municipality.
CREATE TABLE workshop_evaluation (
    id             UUID PRIMARY KEY,
    tenant_id      UUID        NOT NULL,
    workshop_id    UUID        NOT NULL REFERENCES workshop (id),
    participant_id UUID        NOT NULL UNIQUE REFERENCES participant (id),
    what_worked    TEXT        NOT NULL CHECK (char_length(what_worked) <= 1000),
    rating         INT         NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment        TEXT        NOT NULL CHECK (char_length(comment) <= 2000),
    given_at       TIMESTAMPTZ NOT NULL,
    version        INT         NOT NULL
);
CREATE INDEX workshop_evaluation_by_workshop ON workshop_evaluation (workshop_id);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY ['sheet_partner', 'sheet_sketch', 'sheet_sketch_photo', 'sheet_effect', 'sheet_measure',
        'sheet_measure_effect', 'sheet_myth_assessment', 'sheet_reflection', 'sheet_reflection_answer',
        'sheet_next_step', 'workshop_evaluation']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I
            USING (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)
            WITH CHECK (tenant_id = nullif(current_setting(''app.tenant'', true), '''')::uuid)', t);
    END LOOP;
END $$;
