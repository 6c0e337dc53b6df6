-- The register entry a table picked for a potential partner while typing its name (sheet 5), if any.
ALTER TABLE sheet_partner
    ADD COLUMN organisation_number TEXT CHECK (organisation_number ~ '^[0-9]{9}$');
