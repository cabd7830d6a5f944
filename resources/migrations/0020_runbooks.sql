-- Slipway schema 20: deployment runbooks and their live execution. Additive, apart from the
-- person_roles table, rebuilt to admit the deployer role.

-- A deployer executes runbooks; editing them stays a release manager's work.
CREATE TABLE person_roles_new (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('development', 'qa', 'operations', 'security',
                                            'release_manager', 'cab', 'service_owner',
                                            'deployer')),
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;
INSERT INTO person_roles_new (person_id, role) SELECT person_id, role FROM person_roles;
DROP TABLE person_roles;
ALTER TABLE person_roles_new RENAME TO person_roles;

-- One runbook per release: the deployment pattern chosen with its reasons (the guide's
-- answers as JSON), and whether it is ready (locked) for the window. Any edit of a ready
-- runbook takes it back to draft.
CREATE TABLE runbooks (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL UNIQUE REFERENCES releases(id) ON DELETE CASCADE,
    pattern     TEXT NOT NULL CHECK (pattern IN ('blue_green', 'canary', 'rolling',
                                                 'big_bang', 'custom')),
    rationale   TEXT NOT NULL DEFAULT '',
    guide_answers TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'ready')),
    ready_by    TEXT NOT NULL DEFAULT '',
    ready_at    INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

-- The ordered steps. step_key is the stable name pipelines report against ("S3"); a
-- rollback step names the forward step it reverses. Offsets and durations are minutes from
-- the window's start. Scripts are referenced, never stored.
CREATE TABLE runbook_steps (
    id           INTEGER PRIMARY KEY,
    runbook_id   INTEGER NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
    step_key     TEXT NOT NULL CHECK (length(trim(step_key)) > 0),
    position     INTEGER NOT NULL,
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN ('script', 'manual', 'migration', 'cutover',
                                               'health_check', 'checkpoint', 'communication')),
    direction    TEXT NOT NULL CHECK (direction IN ('forward', 'rollback')),
    rollback_of  TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    offset_min   INTEGER NOT NULL DEFAULT 0 CHECK (offset_min >= 0),
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    depends_on   TEXT NOT NULL DEFAULT '',
    script_repo  TEXT NOT NULL DEFAULT '',
    script_path  TEXT NOT NULL DEFAULT '',
    script_commit TEXT NOT NULL DEFAULT '',
    script_sha256 TEXT NOT NULL DEFAULT '',
    dns_record   TEXT NOT NULL DEFAULT '',
    ttl_old_s    INTEGER NOT NULL DEFAULT 0,
    ttl_new_s    INTEGER NOT NULL DEFAULT 0,
    ttl_lowered_at INTEGER NOT NULL DEFAULT 0,
    notes        TEXT NOT NULL DEFAULT '',
    UNIQUE (runbook_id, step_key)
);

-- Rehearsals of a database migration step against a clone of production. Keyed by the
-- step's key, so that they outlive edits of the step list.
CREATE TABLE migration_rehearsals (
    id          INTEGER PRIMARY KEY,
    runbook_id  INTEGER NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
    step_key    TEXT NOT NULL,
    rehearsed_at INTEGER NOT NULL,
    rehearsed_by TEXT NOT NULL CHECK (length(trim(rehearsed_by)) > 0),
    clone_name  TEXT NOT NULL DEFAULT '',
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    rows_before INTEGER NOT NULL DEFAULT 0,
    rows_after  INTEGER NOT NULL DEFAULT 0,
    result      TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
    notes       TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL
);
CREATE INDEX migration_rehearsals_step ON migration_rehearsals(runbook_id, step_key);

-- Rollback triggers defined before the window. step_failed and window_overrun take no
-- parameter; step_overrun a factor of the planned duration; health_check an HTTP GET
-- (expected status, body text, latency budget) failing `failures` times in a row; metric a
-- Prometheus instant query compared with a threshold.
CREATE TABLE runbook_triggers (
    id          INTEGER PRIMARY KEY,
    runbook_id  INTEGER NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('step_failed', 'step_overrun', 'window_overrun',
                                               'health_check', 'metric')),
    name        TEXT NOT NULL DEFAULT '',
    factor      REAL NOT NULL DEFAULT 0,
    failures    INTEGER NOT NULL DEFAULT 0,
    url         TEXT NOT NULL DEFAULT '',
    expect_status INTEGER NOT NULL DEFAULT 0,
    expect_body TEXT NOT NULL DEFAULT '',
    latency_ms  INTEGER NOT NULL DEFAULT 0,
    query       TEXT NOT NULL DEFAULT '',
    comparison  TEXT NOT NULL DEFAULT '' CHECK (comparison IN ('', 'above', 'below')),
    threshold   REAL NOT NULL DEFAULT 0
);

-- Executions. A run is history: started, its steps marked, its triggers fired and its
-- decisions taken, then ended; rows are added, never edited, except a run's end.
CREATE TABLE runbook_runs (
    id          INTEGER PRIMARY KEY,
    runbook_id  INTEGER NOT NULL REFERENCES runbooks(id) ON DELETE CASCADE,
    started_by  TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    ended_by    TEXT NOT NULL DEFAULT '',
    ended_at    INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT NOT NULL DEFAULT 'running'
                CHECK (outcome IN ('running', 'succeeded', 'rolled_back', 'aborted')),
    deployment_id INTEGER REFERENCES deployments(id) ON DELETE SET NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX runbook_runs_runbook ON runbook_runs(runbook_id);

CREATE TABLE runbook_step_events (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runbook_runs(id) ON DELETE CASCADE,
    step_key    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'skipped')),
    at          INTEGER NOT NULL,
    by_login    TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runbook_step_events_run ON runbook_step_events(run_id);

CREATE TABLE runbook_trigger_firings (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runbook_runs(id) ON DELETE CASCADE,
    trigger_kind TEXT NOT NULL,
    trigger_name TEXT NOT NULL DEFAULT '',
    step_key    TEXT NOT NULL DEFAULT '',
    message     TEXT NOT NULL,
    at          INTEGER NOT NULL,
    by_login    TEXT NOT NULL
);
CREATE INDEX runbook_trigger_firings_run ON runbook_trigger_firings(run_id);

CREATE TABLE runbook_decisions (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES runbook_runs(id) ON DELETE CASCADE,
    step_key    TEXT NOT NULL DEFAULT '',
    decision    TEXT NOT NULL CHECK (decision IN ('go', 'no_go', 'rollback')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    at          INTEGER NOT NULL,
    by_login    TEXT NOT NULL
);
CREATE INDEX runbook_decisions_run ON runbook_decisions(run_id);
