-- Slipway schema 19: ship what was tested. Two criterion kinds, and the artifact digests gate
-- evidence was produced against and deployments put in place.
--   artifact_integrity: passes when every artifact of the release verifies
--   contract_tests:     a JUnit XML report of contract tests; passes when all pass
--
-- SQLite cannot widen a CHECK constraint in place, so the two criteria tables are rebuilt
-- under their ids. Files are migrated inside one transaction with foreign keys on, where
-- dropping gate_criteria deletes its children (findings, reviews, criterion waivers) by
-- cascade: they are kept aside first and put back under their ids. No trigger is defined
-- on these tables; their indexes are made again.

-- Templates' criteria: nothing refers to them.
CREATE TABLE gate_template_criteria_new (
    id          INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES gate_templates(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('test_pass_rate', 'security', 'benchmark',
                                              'manual', 'approval', 'artifact_integrity',
                                              'contract_tests')),
    threshold   REAL,
    severity    TEXT NOT NULL DEFAULT '' CHECK (severity IN ('', 'low', 'medium', 'high',
                                                             'critical')),
    metric      TEXT NOT NULL DEFAULT '',
    comparator  TEXT NOT NULL DEFAULT '' CHECK (comparator IN ('', '<=', '>=')),
    unit        TEXT NOT NULL DEFAULT '',
    role        TEXT NOT NULL DEFAULT '',
    UNIQUE (template_id, name)
);
INSERT INTO gate_template_criteria_new (id, template_id, position, name, kind, threshold,
                                        severity, metric, comparator, unit, role)
SELECT id, template_id, position, name, kind, threshold, severity, metric, comparator, unit,
       role
FROM gate_template_criteria;
DROP TABLE gate_template_criteria;
ALTER TABLE gate_template_criteria_new RENAME TO gate_template_criteria;

-- A release's criteria, with their children kept aside while the table is replaced.
CREATE TEMP TABLE m0019_findings AS SELECT * FROM gate_findings;
CREATE TEMP TABLE m0019_reviews AS SELECT * FROM finding_reviews;
CREATE TEMP TABLE m0019_waivers AS SELECT * FROM gate_waivers WHERE criterion_id IS NOT NULL;

CREATE TABLE gate_criteria_new (
    id               INTEGER PRIMARY KEY,
    gate_id          INTEGER NOT NULL REFERENCES release_gates(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN ('test_pass_rate', 'security', 'benchmark',
                                                   'manual', 'approval', 'artifact_integrity',
                                                   'contract_tests')),
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
INSERT INTO gate_criteria_new (id, gate_id, position, name, kind, threshold, severity, metric,
                               comparator, unit, role, evidence_file, evidence_sha256,
                               evidence_size, evidence_by, evidence_at, evidence_counts,
                               measured, checked_by, checked_at, row_version, updated_by,
                               updated_at)
SELECT id, gate_id, position, name, kind, threshold, severity, metric, comparator, unit, role,
       evidence_file, evidence_sha256, evidence_size, evidence_by, evidence_at, evidence_counts,
       measured, checked_by, checked_at, row_version, updated_by, updated_at
FROM gate_criteria;
DROP TABLE gate_criteria;
ALTER TABLE gate_criteria_new RENAME TO gate_criteria;
CREATE INDEX gate_criteria_gate ON gate_criteria(gate_id, position);

INSERT INTO gate_findings (id, criterion_id, position, fingerprint, rule_id, severity, level,
                           uri, line, message, tool, suppressed, justification)
SELECT id, criterion_id, position, fingerprint, rule_id, severity, level, uri, line, message,
       tool, suppressed, justification
FROM temp.m0019_findings;
INSERT INTO finding_reviews (criterion_id, fingerprint, reason, reviewed_by, reviewed_at)
SELECT criterion_id, fingerprint, reason, reviewed_by, reviewed_at FROM temp.m0019_reviews;
INSERT INTO gate_waivers (id, gate_id, criterion_id, reason, controls, requested_by,
                          requested_at, approved_by, approved_at, expires_at, validation_task,
                          validation_owner, validation_done_by, validation_done_at, row_version,
                          updated_by, updated_at)
SELECT id, gate_id, criterion_id, reason, controls, requested_by, requested_at, approved_by,
       approved_at, expires_at, validation_task, validation_owner, validation_done_by,
       validation_done_at, row_version, updated_by, updated_at
FROM temp.m0019_waivers;
DROP TABLE temp.m0019_findings;
DROP TABLE temp.m0019_reviews;
DROP TABLE temp.m0019_waivers;

-- The artifacts (by SHA-256, lower-case hex) a criterion's current evidence was produced
-- against: replaced with the evidence, written in the same audited transaction.
CREATE TABLE gate_evidence_digests (
    criterion_id INTEGER NOT NULL REFERENCES gate_criteria(id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    PRIMARY KEY (criterion_id, sha256)
) WITHOUT ROWID;
CREATE INDEX gate_evidence_digests_sha256 ON gate_evidence_digests(sha256);

-- The artifacts (by SHA-256) a deployment put in place, recorded with the deployment.
CREATE TABLE deployment_digests (
    deployment_id INTEGER NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    PRIMARY KEY (deployment_id, sha256)
) WITHOUT ROWID;
CREATE INDEX deployment_digests_sha256 ON deployment_digests(sha256);
