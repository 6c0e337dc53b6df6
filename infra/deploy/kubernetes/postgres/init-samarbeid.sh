#!/bin/sh
# Creates the platform's database and roles on the first start of the official PostgreSQL image (mounted into
# /docker-entrypoint-initdb.d): the owner role runs the migrations and owns every table; the application role owns
# nothing, so the forced row-level security of the tenant tables applies to it. Passwords come from the environment.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$SAMARBEID_DATABASE_OWNER_PASSWORD" \
  -v app_password="$SAMARBEID_DATABASE_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DATABASE_PASSWORD" <<'SQL'
CREATE ROLE samarbeid_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE samarbeid_app LOGIN PASSWORD :'app_password';
CREATE DATABASE samarbeid OWNER samarbeid_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE samarbeid FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE samarbeid TO samarbeid_app;
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
SQL
