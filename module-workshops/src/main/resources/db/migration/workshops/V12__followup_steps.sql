-- The municipality's next steps as the impact module last described them (its NextStepUpdated events, latest per
-- step): the console of the next workshop lists the open ones for review, the start page the overdue ones.
CREATE TABLE followup_step (
    next_step_id UUID PRIMARY KEY,
    tenant_id    UUID        NOT NULL,
    workshop_id  UUID,
    text         TEXT        NOT NULL,
    due_date     DATE        NOT NULL,
    status       TEXT        NOT NULL,
    occurred_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX followup_step_open ON followup_step (tenant_id, due_date) WHERE status = 'OPEN';

ALTER TABLE followup_step ENABLE ROW LEVEL SECURITY;
ALTER TABLE followup_step FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON followup_step
    USING (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid)
    WITH CHECK (tenant_id = nullif(current_setting('app.tenant', true), '')::uuid);
