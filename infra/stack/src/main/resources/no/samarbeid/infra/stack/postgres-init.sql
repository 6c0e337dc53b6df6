-- Local development database, run once in single-user mode (statements end with a semicolon and a blank line).
-- The owner role runs Flyway and owns every table; the application connects as samarbeid_app, which owns
-- nothing, so forced row-level security applies to it.
CREATE ROLE samarbeid_owner LOGIN PASSWORD 'samarbeid_owner';

CREATE ROLE samarbeid_app LOGIN PASSWORD 'samarbeid_app';

CREATE DATABASE samarbeid OWNER samarbeid_owner ENCODING 'UTF8' TEMPLATE template0;

REVOKE ALL ON DATABASE samarbeid FROM PUBLIC;

GRANT CONNECT, TEMPORARY ON DATABASE samarbeid TO samarbeid_app;

