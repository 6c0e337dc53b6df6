-- Core schema: the platform's registry of tenants (municipalities) and the event publication registry (outbox).
GRANT USAGE ON SCHEMA core TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA core GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};

CREATE TABLE tenant (
    id                       UUID PRIMARY KEY,
    name                     TEXT        NOT NULL,
    keycloak_organization_id TEXT        NOT NULL UNIQUE,
    shares_nationally        BOOLEAN     NOT NULL,
    onboarded_at             TIMESTAMPTZ NOT NULL,
    version                  INT         NOT NULL
);

-- A tenant keeps its id when its kommunenummer changes (as many did in 2020 and 2024).
CREATE TABLE tenant_municipality_number (
    tenant_id           UUID    NOT NULL REFERENCES tenant (id),
    municipality_number CHAR(4) NOT NULL CHECK (municipality_number ~ '^[0-9]{4}$'),
    valid_from          DATE    NOT NULL,
    valid_to            DATE,
    PRIMARY KEY (tenant_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE UNIQUE INDEX tenant_current_municipality_number
    ON tenant_municipality_number (municipality_number) WHERE valid_to IS NULL;

-- Spring Modulith 2.0 event publication registry (DDL of spring-modulith-events-jdbc 2.0.3).
CREATE TABLE event_publication (
    id                     UUID                     NOT NULL,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
