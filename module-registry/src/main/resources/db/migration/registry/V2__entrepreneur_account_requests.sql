-- An entrepreneur's account link gets an id of its own (for the coordinator's decision), the requester's e-mail as
-- the token gave it (so the coordinator knows who asks), and who created or decided it and when.
ALTER TABLE entrepreneur_account
    ADD COLUMN id          UUID NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    ADD COLUMN email       TEXT CHECK (char_length(email) <= 254),
    ADD COLUMN decided_by  TEXT,
    ADD COLUMN decided_at  TIMESTAMPTZ;
CREATE INDEX entrepreneur_account_pending ON entrepreneur_account (approved, requested_at);
