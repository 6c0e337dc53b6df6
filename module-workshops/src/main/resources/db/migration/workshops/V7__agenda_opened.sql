-- The facilitator adjusts the agenda before and during a workshop; a sheet once opened at a table stays on it with
-- its minutes. Sheets opened before this column existed count as opened while a table still has them open.
ALTER TABLE workshop_agenda_item ADD COLUMN opened BOOLEAN NOT NULL DEFAULT FALSE;
