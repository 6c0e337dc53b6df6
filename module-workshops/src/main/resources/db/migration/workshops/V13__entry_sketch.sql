-- An effect (sheet 7) and a measure (sheet 8) may name the table's sketch (sheet 6) they are for, when it drew more
-- than one; checked against the table's sketches when written. A deleted sketch leaves the name as it was.
ALTER TABLE sheet_effect ADD COLUMN sketch_id UUID;
ALTER TABLE sheet_measure ADD COLUMN sketch_id UUID;
