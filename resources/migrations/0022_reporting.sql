-- Slipway schema 22: corrective actions of the adherence review. A deviation is computed from
-- the file each time the review runs (rules/AdherenceRules) and is named by a stable key,
-- "KIND:RELEASE_ID:REFERENCE"; what is done about it is stored here and tracked to closure.
-- Additive.

-- due_date is an ISO date (YYYY-MM-DD). closed_at is UTC seconds when the action became done
-- or dropped, 0 while it is open or in progress. A dropped action says why in its note.
CREATE TABLE corrective_actions (
    id            INTEGER PRIMARY KEY,
    deviation_key TEXT NOT NULL CHECK (length(trim(deviation_key)) > 0
                                       AND length(deviation_key) <= 200),
    release_id    INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
    owner         TEXT NOT NULL CHECK (length(trim(owner)) > 0 AND length(owner) <= 200),
    due_date      TEXT NOT NULL CHECK (length(due_date) = 10),
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'in_progress', 'done',
                                                                'dropped')),
    note          TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    closed_at     INTEGER NOT NULL DEFAULT 0 CHECK (closed_at >= 0),
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_by    TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by    TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK ((state IN ('done', 'dropped')) = (closed_at > 0)),
    CHECK (state <> 'dropped' OR length(trim(note)) > 0)
);
CREATE INDEX corrective_actions_deviation ON corrective_actions(deviation_key);
CREATE INDEX corrective_actions_release ON corrective_actions(release_id);
