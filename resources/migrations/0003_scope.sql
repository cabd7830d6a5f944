-- Slipway schema 3: release scope and definition. Additive only.

-- What an imported item says beyond its title, and its labels or tags ("; "-separated).
ALTER TABLE scope_items ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE scope_items ADD COLUMN labels TEXT NOT NULL DEFAULT '';

-- How much effort (the same points as scope_items.effort) a release can take; NULL: not set.
ALTER TABLE releases ADD COLUMN capacity REAL CHECK (capacity IS NULL OR capacity >= 0);

-- Item dependencies: item_id needs needs_id (Jira: needs_id "blocks" item_id).
CREATE TABLE scope_dependencies (
    item_id    INTEGER NOT NULL REFERENCES scope_items(id) ON DELETE CASCADE,
    needs_id   INTEGER NOT NULL REFERENCES scope_items(id) ON DELETE CASCADE,
    created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (item_id, needs_id),
    CHECK (item_id <> needs_id)
) WITHOUT ROWID;
CREATE INDEX scope_dependencies_needs ON scope_dependencies(needs_id);

-- Trade-off decisions: an item moved out of a release or deferred, and why. The title is
-- kept because the item may be deleted later while the decision stays on record.
CREATE TABLE scope_tradeoffs (
    id              INTEGER PRIMARY KEY,
    item_id         INTEGER REFERENCES scope_items(id) ON DELETE SET NULL,
    item_title      TEXT NOT NULL,
    from_release_id INTEGER REFERENCES releases(id) ON DELETE SET NULL,
    to_release_id   INTEGER REFERENCES releases(id) ON DELETE SET NULL,
    from_status     TEXT NOT NULL,
    to_status       TEXT NOT NULL,
    rationale       TEXT NOT NULL CHECK (length(trim(rationale)) > 0),
    decided_by      TEXT NOT NULL,
    decided_at      INTEGER NOT NULL
);
CREATE INDEX scope_tradeoffs_item ON scope_tradeoffs(item_id);
CREATE INDEX scope_tradeoffs_release ON scope_tradeoffs(from_release_id, decided_at);

-- Development is not done until every criterion is checked or waived with a reason.
CREATE TABLE release_exit_criteria (
    id            INTEGER PRIMARY KEY,
    release_id    INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    criterion     TEXT NOT NULL CHECK (length(trim(criterion)) > 0),
    checked       INTEGER NOT NULL DEFAULT 0 CHECK (checked IN (0, 1)),
    waived        INTEGER NOT NULL DEFAULT 0 CHECK (waived IN (0, 1)),
    waiver_reason TEXT NOT NULL DEFAULT '',
    settled_by    TEXT NOT NULL DEFAULT '',   -- who checked or waived it
    settled_at    INTEGER,
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by    TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK (NOT (checked = 1 AND waived = 1)),
    CHECK (waived = 0 OR length(trim(waiver_reason)) > 0)
);
CREATE INDEX release_exit_criteria_release ON release_exit_criteria(release_id, position);

-- Assumptions the plan rests on; due dates are calendar dates (YYYY-MM-DD), not instants.
CREATE TABLE release_assumptions (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    statement   TEXT NOT NULL CHECK (length(trim(statement)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT CHECK (due_date IS NULL OR
                            due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'broken')),
    depends_on  TEXT NOT NULL DEFAULT '',     -- the third party or external system
    impact      TEXT NOT NULL DEFAULT '',     -- what happens to the release if it breaks
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX release_assumptions_release ON release_assumptions(release_id, status);

-- Success metrics: met when `actual comparator target`; actual is filled in after release.
CREATE TABLE release_success_metrics (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit        TEXT NOT NULL DEFAULT '',
    comparator  TEXT NOT NULL CHECK (comparator IN ('<', '<=', '=', '>=', '>')),
    target      REAL NOT NULL,
    baseline    REAL,
    actual      REAL,
    measured_at INTEGER,                      -- when actual was recorded
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (release_id, name)
);
