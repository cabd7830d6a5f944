-- Slipway schema 13: the governed release lifecycle. Additive only.

-- A guard a release was let past without meeting it: asked for with a reason, approved by a
-- second person with the release manager role, and kept visible until someone settles it.
-- `guard` is a lifecycle guard key ("approval", "gates", "conflicts" …).
CREATE TABLE lifecycle_overrides (
    id           INTEGER PRIMARY KEY,
    release_id   INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    guard        TEXT NOT NULL CHECK (length(trim(guard)) > 0),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    requested_by TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
    requested_at INTEGER NOT NULL,
    approved_by  TEXT NOT NULL DEFAULT '',
    approved_at  INTEGER,
    settled_by   TEXT NOT NULL DEFAULT '',
    settled_at   INTEGER,
    settlement   TEXT NOT NULL DEFAULT '',
    row_version  INTEGER NOT NULL DEFAULT 1,
    CHECK (approved_by = '' OR lower(approved_by) <> lower(requested_by))
);
CREATE INDEX lifecycle_overrides_release ON lifecycle_overrides(release_id);

-- Who deployed which release, which version, to which environment, when, under which
-- change ticket, and how it went. History: an environment with deployments cannot be
-- deleted.
CREATE TABLE deployments (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE RESTRICT,
    version        TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL CHECK (outcome IN ('succeeded', 'failed', 'rolled_back')),
    deployed_by    TEXT NOT NULL CHECK (length(trim(deployed_by)) > 0),
    deployed_at    INTEGER NOT NULL,
    change_ticket  TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL
);
CREATE INDEX deployments_release ON deployments(release_id, deployed_at);
CREATE INDEX deployments_at ON deployments(deployed_at);
CREATE INDEX deployments_environment ON deployments(environment_id);
