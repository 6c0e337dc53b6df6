-- Saving a workshop rewrites its tables (Spring Data JDBC replaces an aggregate's children), so participants and
-- table content refer to tables by id without a foreign key; the Workshop aggregate checks that a table exists.
ALTER TABLE participant DROP CONSTRAINT IF EXISTS participant_table_id_fkey;
