-- Slipway schema 6: quality gates. Additive only.

-- Gate templates per release type: a release gets its type's gates when it is created.
-- due_days: the gate is due that many days before the release window starts.
CREATE TABLE gate_templates (
    id           INTEGER PRIMARY KEY,
    release_type TEXT NOT NULL CHECK (release_type IN ('major', 'minor', 'patch', 'emergency')),
    position     INTEGER NOT NULL DEFAULT 0,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    stage        TEXT NOT NULL DEFAULT '',   -- the stage the gate lets a release into
    due_days     INTEGER NOT NULL DEFAULT 0 CHECK (due_days >= 0),
    row_version  INTEGER NOT NULL DEFAULT 1,
    created_by   TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by   TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (release_type, name)
);

-- What a criterion asks; the same columns describe a template's and a release's criteria.
--   test_pass_rate: threshold in percent (JUnit XML)
--   security:       severity: no open finding at or above it (SARIF)
--   benchmark:      metric, comparator ('<=' or '>='), threshold, unit
--   manual:         a person ticks it
--   approval:       a person holding `role` approves
CREATE TABLE gate_template_criteria (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES gate_templates(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('test_pass_rate', 'security', 'benchmark',
                                              'manual', 'approval')),
    threshold   REAL,
    severity    TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'low', 'medium', 'high',
                                                             'critical')),
    metric      TEXT NOT NULL DEFAULT '',
    comparator  TEXT NOT NULL DEFAULT '' CHECK (comparator IN ('', '<=', '>=')),
    unit        TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, name)
);

-- A release's own gates, copied from its type's template (and its planning rigour).
CREATE TABLE release_gates (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    stage       TEXT NOT NULL DEFAULT '',
    due_at      INTEGER,                    -- UTC seconds; NULL while the release is unscheduled
    source      TEXT NOT NULL DEFAULT 'template' CHECK (source IN ('template', 'rigour', 'manual')),
    promoted_by TEXT NOT NULL DEFAULT '',   -- who promoted the release through this gate
    promoted_at INTEGER,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (release_id, name)
);
CREATE INDEX release_gates_release ON release_gates(release_id, position);

-- A release's criteria with the latest evidence (file, SHA-256, who imported it, counts as
-- JSON, the measured figure) and, for manual checks and approvals, who settled it.
CREATE TABLE gate_criteria (
    id               INTEGER PRIMARY KEY,
    gate_id          INTEGER NOT NULL REFERENCES release_gates(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('test_pass_rate', 'security', 'benchmark',
                                                   'manual', 'approval')),
    threshold        REAL,
    severity         TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'low', 'medium', 'high',
                                                                  'critical')),
    metric           TEXT NOT NULL DEFAULT '',
    comparator       TEXT NOT NULL DEFAULT '' CHECK (comparator IN ('', '<=', '>=')),
    unit             TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL DEFAULT '',
    evidence_file    TEXT NOT NULL DEFAULT '',
    evidence_sha256  TEXT NOT NULL DEFAULT '',
    evidence_size    INTEGER NOT NULL DEFAULT 0,
    evidence_by      TEXT NOT NULL DEFAULT '',
    evidence_at      INTEGER,
    evidence_counts  TEXT NOT NULL DEFAULT '',  -- JSON object
    measured         REAL,                      -- pass rate in percent, or the metric's value
    checked_by       TEXT NOT NULL DEFAULT '',  -- manual check ticked or approval given
    checked_at       INTEGER,
    row_version      INTEGER NOT NULL DEFAULT 1,
    updated_by       TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (gate_id, name)
);
CREATE INDEX gate_criteria_gate ON gate_criteria(gate_id, position);

-- The findings of a security criterion's latest SARIF evidence, replaced on each import.
CREATE TABLE gate_findings (
    id            INTEGER PRIMARY KEY,
    criterion_id  INTEGER NOT NULL REFERENCES gate_criteria(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    fingerprint   TEXT NOT NULL,
    rule_id       TEXT NOT NULL DEFAULT '',
    severity      TEXT NOT NULL CHECK (severity IN ('none', 'low', 'medium', 'high', 'critical')),
    level         TEXT NOT NULL DEFAULT '',
    uri           TEXT NOT NULL DEFAULT '',
    line          INTEGER NOT NULL DEFAULT 0,
    message       TEXT NOT NULL DEFAULT '',
    tool          TEXT NOT NULL DEFAULT '',
    suppressed    INTEGER NOT NULL DEFAULT 0 CHECK (suppressed IN (0, 1)),
    justification TEXT NOT NULL DEFAULT ''    -- the file's own suppression justification
);
CREATE INDEX gate_findings_criterion ON gate_findings(criterion_id, position);

-- A person's review that a finding is a false positive. Keyed by the finding's fingerprint,
-- so it still applies when the next scan of the same code is imported.
CREATE TABLE finding_reviews (
    criterion_id INTEGER NOT NULL REFERENCES gate_criteria(id) ON DELETE CASCADE,
    fingerprint  TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    reviewed_by  TEXT NOT NULL,
    reviewed_at  INTEGER NOT NULL,
    PRIMARY KEY (criterion_id, fingerprint)
) WITHOUT ROWID;

-- Waivers of one criterion or (criterion_id NULL) a whole gate. Counted only once approved
-- by someone other than the requester and before it expires; the post-release validation
-- task stays open until someone marks it done.
CREATE TABLE gate_waivers (
    id                 INTEGER PRIMARY KEY,
    gate_id            INTEGER NOT NULL REFERENCES release_gates(id) ON DELETE CASCADE,
    criterion_id       INTEGER REFERENCES gate_criteria(id) ON DELETE CASCADE,
    reason             TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    controls           TEXT NOT NULL CHECK (length(trim(controls)) > 0),
    requested_by       TEXT NOT NULL,
    requested_at       INTEGER NOT NULL,
    approved_by        TEXT NOT NULL DEFAULT '',
    approved_at        INTEGER,
    expires_at         INTEGER NOT NULL,
    validation_task    TEXT NOT NULL CHECK (length(trim(validation_task)) > 0),
    validation_owner   TEXT NOT NULL DEFAULT '',
    validation_done_by TEXT NOT NULL DEFAULT '',
    validation_done_at INTEGER,
    row_version        INTEGER NOT NULL DEFAULT 1,
    updated_by         TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK (approved_by = '' OR approved_by <> requested_by),
    CHECK (expires_at > requested_at)
);
CREATE INDEX gate_waivers_gate ON gate_waivers(gate_id);

-- Default templates; every release type gets the gates its rigour calls for.
INSERT INTO gate_templates (id, release_type, position, name, stage, due_days, created_by,
                            created_at, updated_by, updated_at) VALUES
    (1,  'major', 0, 'Development complete', 'QA', 14, 'slipway', 0, 'slipway', 0),
    (2,  'major', 1, 'QA sign-off', 'Staging', 7, 'slipway', 0, 'slipway', 0),
    (3,  'major', 2, 'Staging verified', 'CAB', 3, 'slipway', 0, 'slipway', 0),
    (4,  'major', 3, 'CAB approval', 'Production', 1, 'slipway', 0, 'slipway', 0),
    (5,  'minor', 0, 'Development complete', 'QA', 7, 'slipway', 0, 'slipway', 0),
    (6,  'minor', 1, 'QA sign-off', 'Staging', 3, 'slipway', 0, 'slipway', 0),
    (7,  'minor', 2, 'CAB approval', 'Production', 1, 'slipway', 0, 'slipway', 0),
    (8,  'patch', 0, 'Tests and scan', 'Staging', 2, 'slipway', 0, 'slipway', 0),
    (9,  'patch', 1, 'Release approval', 'Production', 0, 'slipway', 0, 'slipway', 0),
    (10, 'emergency', 0, 'Emergency checks', 'Production', 0, 'slipway', 0, 'slipway', 0);

INSERT INTO gate_template_criteria (template_id, position, name, kind, threshold, severity,
                                    metric, comparator, unit, role) VALUES
    (1, 0, 'Unit tests', 'test_pass_rate', 100, '', '', '', '', ''),
    (1, 1, 'Static analysis', 'security', NULL, 'high', '', '', '', ''),
    (1, 2, 'Code review done', 'manual', NULL, '', '', '', '', ''),
    (2, 0, 'Integration tests', 'test_pass_rate', 98, '', '', '', '', ''),
    (2, 1, 'Security scan', 'security', NULL, 'medium', '', '', '', ''),
    (2, 2, 'Response time p95', 'benchmark', 250, '', 'p95_latency', '<=', 'ms', ''),
    (2, 3, 'QA approval', 'approval', NULL, '', '', '', '', 'qa'),
    (3, 0, 'Smoke tests', 'test_pass_rate', 100, '', '', '', '', ''),
    (3, 1, 'Rollback rehearsed', 'manual', NULL, '', '', '', '', ''),
    (3, 2, 'Operations approval', 'approval', NULL, '', '', '', '', 'operations'),
    (4, 0, 'CAB approval', 'approval', NULL, '', '', '', '', 'cab'),
    (5, 0, 'Unit tests', 'test_pass_rate', 100, '', '', '', '', ''),
    (5, 1, 'Static analysis', 'security', NULL, 'high', '', '', '', ''),
    (6, 0, 'Integration tests', 'test_pass_rate', 95, '', '', '', '', ''),
    (6, 1, 'Security scan', 'security', NULL, 'high', '', '', '', ''),
    (6, 2, 'QA approval', 'approval', NULL, '', '', '', '', 'qa'),
    (7, 0, 'CAB approval', 'approval', NULL, '', '', '', '', 'cab'),
    (8, 0, 'Regression tests', 'test_pass_rate', 100, '', '', '', '', ''),
    (8, 1, 'Security scan', 'security', NULL, 'high', '', '', '', ''),
    (9, 0, 'Release manager approval', 'approval', NULL, '', '', '', '', 'release_manager'),
    (10, 0, 'Smoke tests', 'test_pass_rate', 100, '', '', '', '', ''),
    (10, 1, 'Security scan', 'security', NULL, 'critical', '', '', '', ''),
    (10, 2, 'Emergency approval', 'approval', NULL, '', '', '', '', 'cab');

-- Releases that exist already get their type's gates now, as a new release would.
INSERT INTO release_gates (release_id, position, name, stage, due_at, source, created_by,
                           created_at, updated_by, updated_at)
SELECT r.id, t.position, t.name, t.stage,
       CASE WHEN r.window_start IS NULL THEN NULL ELSE r.window_start - t.due_days * 86400 END,
       'template', 'slipway', CAST(strftime('%s', 'now') AS INTEGER), 'slipway',
       CAST(strftime('%s', 'now') AS INTEGER)
FROM releases r JOIN gate_templates t ON t.release_type = r.type;

INSERT INTO gate_criteria (gate_id, position, name, kind, threshold, severity, metric,
                           comparator, unit, role, updated_by, updated_at)
SELECT g.id, c.position, c.name, c.kind, c.threshold, c.severity, c.metric, c.comparator,
       c.unit, c.role, 'slipway', CAST(strftime('%s', 'now') AS INTEGER)
FROM release_gates g
JOIN releases r ON r.id = g.release_id
JOIN gate_templates t ON t.release_type = r.type AND t.name = g.name
JOIN gate_template_criteria c ON c.template_id = t.id;
