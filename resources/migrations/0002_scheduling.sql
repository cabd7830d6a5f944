-- Slipway schema 2: what the calendar and the conflict engine need. Additive only.

-- Working hours in the person's own zone, as minutes after local midnight; days as a
-- bit mask, bit 0 Monday … bit 6 Sunday (31 = Monday to Friday).
ALTER TABLE people ADD COLUMN work_start_min INTEGER NOT NULL DEFAULT 540
    CHECK (work_start_min BETWEEN 0 AND 1440);
ALTER TABLE people ADD COLUMN work_end_min INTEGER NOT NULL DEFAULT 1020
    CHECK (work_end_min BETWEEN 0 AND 1440);
ALTER TABLE people ADD COLUMN work_days INTEGER NOT NULL DEFAULT 31
    CHECK (work_days BETWEEN 0 AND 127);

-- Leave (cannot be there) and on-call duty (can be there outside working hours).
CREATE TABLE person_availability (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('leave', 'on_call')),
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL CHECK (end_utc > start_utc),
    note        TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX person_availability_person ON person_availability(person_id, start_utc);

-- The environments a release deploys through during its window, and the roles that must
-- be present for it.
CREATE TABLE release_environments (
    release_id     INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    PRIMARY KEY (release_id, environment_id)
) WITHOUT ROWID;
CREATE INDEX release_environments_env ON release_environments(environment_id);

CREATE TABLE release_roles (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('development', 'qa', 'operations', 'security')),
    PRIMARY KEY (release_id, role)
) WITHOUT ROWID;

-- Holds on an environment besides release windows: a load test, a data refresh.
CREATE TABLE environment_bookings (
    id             INTEGER PRIMARY KEY,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE CASCADE,
    release_id     INTEGER REFERENCES releases(id) ON DELETE CASCADE,
    label          TEXT NOT NULL DEFAULT '',
    start_utc      INTEGER NOT NULL,
    end_utc        INTEGER NOT NULL CHECK (end_utc > start_utc),
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by     TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX environment_bookings_env ON environment_bookings(environment_id, start_utc);

-- While an incident is being handled only emergency releases may deploy.
CREATE TABLE incident_freezes (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    reason       TEXT NOT NULL DEFAULT '',
    incident_ref TEXT NOT NULL DEFAULT '',
    start_utc    INTEGER NOT NULL,
    end_utc      INTEGER NOT NULL CHECK (end_utc > start_utc),
    ical_uid     TEXT UNIQUE,
    row_version  INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by   TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX incident_freezes_start ON incident_freezes(start_utc);

-- Recurring blackouts leave single occurrences out (EXDATE, UTC seconds, space-separated),
-- and imported ones keep their iCalendar UID so a re-import updates instead of duplicating.
ALTER TABLE blackouts ADD COLUMN exdates TEXT NOT NULL DEFAULT '';
ALTER TABLE blackouts ADD COLUMN ical_uid TEXT;
CREATE UNIQUE INDEX blackouts_ical_uid ON blackouts(ical_uid) WHERE ical_uid IS NOT NULL;
