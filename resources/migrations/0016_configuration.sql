-- Slipway schema 16: a release's configuration per environment. Additive only.

-- One setting of a release in one environment: a key holds either a plain value or a
-- reference to where a secret lives (vault:, awssm:, azkv:, env:), never both. A secret itself
-- is never stored: a value that looks like one is refused before it gets here. `is_secret`
-- marks a reference, or a plain value its owner asked to keep out of lists, diffs and exports.
-- An environment that still has settings cannot be deleted.
CREATE TABLE config_items (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    environment_id INTEGER NOT NULL REFERENCES environments(id) ON DELETE RESTRICT,
    key            TEXT NOT NULL CHECK (length(trim(key)) > 0),
    value          TEXT NOT NULL DEFAULT '',
    secret_ref     TEXT NOT NULL DEFAULT '',
    is_secret      INTEGER NOT NULL DEFAULT 0 CHECK (is_secret IN (0, 1)),
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by     TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (release_id, environment_id, key),
    CHECK ((value <> '' AND secret_ref = '') OR (value = '' AND secret_ref <> '')),
    CHECK (secret_ref = '' OR is_secret = 1)
);
CREATE INDEX config_items_environment ON config_items(environment_id);
