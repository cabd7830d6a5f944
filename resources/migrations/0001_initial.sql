-- Slipway schema 1. Times are INTEGER seconds since the Unix epoch, UTC; zones are IANA
-- names kept beside them for display. Every mutable row carries row_version.

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

CREATE TABLE services (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    team_id     INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX services_team ON services(team_id);

CREATE TABLE environments (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('dev', 'test', 'staging', 'prod')),
    shared      INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email       TEXT NOT NULL DEFAULT '',
    login       TEXT UNIQUE,              -- the OS user name, ties the actor to a person
    time_zone   TEXT NOT NULL DEFAULT 'UTC',
    team_id     INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

CREATE TABLE person_roles (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('development', 'qa', 'operations', 'security',
                                            'release_manager', 'cab', 'service_owner')),
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;

CREATE TABLE releases (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    version       TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('major', 'minor', 'patch', 'emergency')),
    status        TEXT NOT NULL CHECK (status IN ('planned', 'scheduled', 'in_progress',
                      'approved', 'deploying', 'deployed', 'closed', 'cancelled', 'rolled_back')),
    owner         TEXT NOT NULL DEFAULT '',
    objectives    TEXT NOT NULL DEFAULT '',
    window_start  INTEGER,
    window_end    INTEGER,
    window_zone   TEXT NOT NULL DEFAULT 'UTC',
    change_ticket TEXT NOT NULL DEFAULT '',
    team_id       INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by    TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK ((window_start IS NULL) = (window_end IS NULL)),
    CHECK (window_end IS NULL OR window_end > window_start)
);
CREATE INDEX releases_window ON releases(window_start);
CREATE INDEX releases_team ON releases(team_id);

CREATE TABLE release_services (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    PRIMARY KEY (release_id, service_id)
) WITHOUT ROWID;
CREATE INDEX release_services_service ON release_services(service_id);

CREATE TABLE blackouts (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    reason       TEXT NOT NULL DEFAULT '',
    start_utc    INTEGER NOT NULL,
    end_utc      INTEGER NOT NULL CHECK (end_utc > start_utc),
    time_zone    TEXT NOT NULL DEFAULT 'UTC', -- the zone an RRULE is expanded in
    rrule        TEXT,                        -- RFC 5545 RRULE, NULL for a one-off period
    severity     TEXT NOT NULL CHECK (severity IN ('hard', 'soft')),
    all_services INTEGER NOT NULL DEFAULT 1 CHECK (all_services IN (0, 1)),
    row_version  INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by   TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX blackouts_start ON blackouts(start_utc);

CREATE TABLE blackout_services (
    blackout_id INTEGER NOT NULL REFERENCES blackouts(id) ON DELETE CASCADE,
    service_id  INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    PRIMARY KEY (blackout_id, service_id)
) WITHOUT ROWID;

CREATE TABLE scope_items (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('feature', 'fix', 'patch', 'tech_debt',
                                               'regulatory')),
    priority     TEXT NOT NULL DEFAULT 'medium'
                     CHECK (priority IN ('critical', 'high', 'medium', 'low')),
    stakeholder  TEXT NOT NULL DEFAULT '',
    effort       REAL NOT NULL DEFAULT 0 CHECK (effort >= 0),
    status       TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (status IN ('proposed', 'committed', 'in_progress', 'done',
                                       'deferred')),
    release_id   INTEGER REFERENCES releases(id) ON DELETE SET NULL, -- NULL: backlog
    external_key TEXT UNIQUE,
    row_version  INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by   TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX scope_items_release ON scope_items(release_id, status);

-- Append-only, hash-chained: hash = SHA-256(prev_hash, then each field length-prefixed).
CREATE TABLE audit_log (
    seq           INTEGER PRIMARY KEY,
    at_ms         INTEGER NOT NULL,           -- milliseconds since the epoch, UTC
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    before_json   TEXT NOT NULL DEFAULT '',
    after_json    TEXT NOT NULL DEFAULT '',
    change_ticket TEXT NOT NULL DEFAULT '',
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- File-level settings (e.g. the application that created the file).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
