-- Slipway schema 21: what happens after the window. Post-deployment checks and their
-- results, service metrics with their samples and the baseline verdicts, support feedback and
-- imported incidents, the post-implementation review with its actions, the closure checklist
-- and the configuration-management record written at closure. Additive.

-- A check belongs to one release, or to a service (then it validates every release of it).
-- definition is JSON: an HTTP check {url, expect_status, expect_body, latency_budget_ms,
-- timeout_ms} or a synthetic transaction {steps: [{name, method, url, headers, body,
-- expect_status, expect_json: [{path, equals|contains}], latency_budget_ms, extract:
-- {variable: path}}]}. Header values hold secrets by reference only.
-- schedule_hours: after the release's production deployment the check runs every
-- interval_min minutes for that many hours; 0 runs it only when asked.
CREATE TABLE validation_checks (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER REFERENCES releases(id) ON DELETE CASCADE,
    service_id     INTEGER REFERENCES services(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('http', 'transaction')),
    definition     TEXT NOT NULL,
    schedule_hours INTEGER NOT NULL DEFAULT 0 CHECK (schedule_hours BETWEEN 0 AND 720),
    interval_min   INTEGER NOT NULL DEFAULT 5 CHECK (interval_min BETWEEN 1 AND 1440),
    enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by     TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK ((release_id IS NULL) <> (service_id IS NULL))
);
CREATE INDEX validation_checks_release ON validation_checks(release_id);
CREATE INDEX validation_checks_service ON validation_checks(service_id);

-- Each run of a check, for the release whose validation it counts for. run_at is UTC
-- milliseconds. failed_step names the transaction step that failed.
CREATE TABLE validation_results (
    id          INTEGER PRIMARY KEY,
    check_id    INTEGER NOT NULL REFERENCES validation_checks(id) ON DELETE CASCADE,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    run_at      INTEGER NOT NULL,
    ok          INTEGER NOT NULL CHECK (ok IN (0, 1)),
    latency_ms  INTEGER NOT NULL DEFAULT 0 CHECK (latency_ms >= 0),
    http_status INTEGER NOT NULL DEFAULT 0,
    failed_step TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    excerpt     TEXT NOT NULL DEFAULT '',
    run_by      TEXT NOT NULL
);
CREATE INDEX validation_results_check ON validation_results(check_id, release_id, run_at);
CREATE INDEX validation_results_release ON validation_results(release_id, run_at);

-- What is measured of a service. better: which way is good. A release has degraded the
-- metric when the median of the window_hours after its deployment is worse than the median
-- of the window_hours before by more than the threshold (a percentage of the baseline, or an
-- absolute amount) and a Mann-Whitney U test gives p < 0.01. prometheus_url and query: where
-- samples can be fetched live (query_range).
CREATE TABLE service_metrics (
    id             INTEGER PRIMARY KEY,
    service_id     INTEGER NOT NULL REFERENCES services(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit           TEXT NOT NULL DEFAULT '',
    better         TEXT NOT NULL DEFAULT 'lower' CHECK (better IN ('lower', 'higher')),
    threshold      REAL NOT NULL DEFAULT 10 CHECK (threshold >= 0),
    threshold_kind TEXT NOT NULL DEFAULT 'percent' CHECK (threshold_kind IN ('percent',
                                                                              'absolute')),
    window_hours   INTEGER NOT NULL DEFAULT 24 CHECK (window_hours BETWEEN 1 AND 720),
    prometheus_url TEXT NOT NULL DEFAULT '',
    query          TEXT NOT NULL DEFAULT '',
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by     TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (service_id, name)
);

-- One sample: UTC milliseconds and the value; NULL stands for NaN (SQLite stores no NaN).
CREATE TABLE metric_samples (
    metric_id INTEGER NOT NULL REFERENCES service_metrics(id) ON DELETE CASCADE,
    at_ms     INTEGER NOT NULL,
    value     REAL,
    PRIMARY KEY (metric_id, at_ms)
) WITHOUT ROWID;

-- The last comparison of a release's metric, kept so the guards and lists read it without
-- the samples. Recomputed when samples arrive or when asked.
CREATE TABLE metric_verdicts (
    release_id      INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    metric_id       INTEGER NOT NULL REFERENCES service_metrics(id) ON DELETE CASCADE,
    computed_at     INTEGER NOT NULL,
    deployed_at     INTEGER NOT NULL,
    baseline_median REAL,
    after_median    REAL,
    change          REAL,
    u_statistic     REAL,
    p_value         REAL,
    n_before        INTEGER NOT NULL DEFAULT 0,
    n_after         INTEGER NOT NULL DEFAULT 0,
    verdict         TEXT NOT NULL CHECK (verdict IN ('degraded', 'unchanged', 'improved',
                                                     'insufficient')),
    PRIMARY KEY (release_id, metric_id)
) WITHOUT ROWID;

-- A success metric may take its actual from a service metric of the release's services:
-- the statistic of the window after the deployment.
ALTER TABLE release_success_metrics ADD COLUMN source_metric TEXT NOT NULL DEFAULT '';
ALTER TABLE release_success_metrics ADD COLUMN source_stat TEXT NOT NULL DEFAULT 'median'
    CHECK (source_stat IN ('median', 'mean', 'p95', 'max', 'min'));

-- What support teams report in the 72 hours after a release.
CREATE TABLE feedback_entries (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    team        TEXT NOT NULL CHECK (length(trim(team)) > 0),
    what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
    severity    TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    reported_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX feedback_entries_release ON feedback_entries(release_id, reported_at);

-- Incidents as the service desk exported them; one row per incident number, updated by a
-- later import of the same number. Times are UTC seconds; resolved_at is NULL while open.
-- severity: 1 (highest) to 5, normalised from the tool's priority or urgency; priority keeps
-- the tool's own words. service and config_item are names as the tool gave them.
CREATE TABLE incidents (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),
    source           TEXT NOT NULL CHECK (source IN ('servicenow', 'jsm', 'pagerduty',
                                                     'other')),
    title            TEXT NOT NULL DEFAULT '',
    opened_at        INTEGER NOT NULL,
    resolved_at      INTEGER,
    priority         TEXT NOT NULL DEFAULT '',
    severity         INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 5),
    state            TEXT NOT NULL DEFAULT '',
    category         TEXT NOT NULL DEFAULT '',
    config_item      TEXT NOT NULL DEFAULT '',
    service          TEXT NOT NULL DEFAULT '',
    assignment_group TEXT NOT NULL DEFAULT '',
    outage_min       INTEGER NOT NULL DEFAULT 0 CHECK (outage_min >= 0),
    imported_at      INTEGER NOT NULL,
    imported_by      TEXT NOT NULL,
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX incidents_opened ON incidents(opened_at);

-- The blameless post-implementation review of a release: one per release.
CREATE TABLE post_reviews (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL UNIQUE REFERENCES releases(id) ON DELETE CASCADE,
    state       TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'done')),
    summary     TEXT NOT NULL DEFAULT '',
    went_well   TEXT NOT NULL DEFAULT '',
    went_badly  TEXT NOT NULL DEFAULT '',
    factors     TEXT NOT NULL DEFAULT '',
    lessons     TEXT NOT NULL DEFAULT '',
    due_at      INTEGER NOT NULL,
    done_at     INTEGER NOT NULL DEFAULT 0,
    done_by     TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

-- The review's actions, tracked to the end.
CREATE TABLE review_actions (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due_at      INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'dropped')),
    done_at     INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX review_actions_release ON review_actions(release_id);

-- What the release changed that others rely on, brought up to date before closure: each
-- item ticked with a reference (a link or a commit) or not applicable with a reason.
CREATE TABLE closure_checklist (
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    item        TEXT NOT NULL CHECK (item IN ('runbooks', 'monitoring', 'alerts', 'backup',
                                              'documentation')),
    state       TEXT NOT NULL CHECK (state IN ('open', 'done', 'not_applicable')),
    reference   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    settled_by  TEXT NOT NULL DEFAULT '',
    settled_at  INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (release_id, item),
    CHECK (state <> 'done' OR length(trim(reference)) > 0),
    CHECK (state <> 'not_applicable' OR length(trim(reason)) > 0)
) WITHOUT ROWID;

-- The configuration-management record written when the release is closed (JSON, the
-- fields `export cmdb` writes), kept as it was at that moment.
CREATE TABLE cmdb_records (
    release_id INTEGER PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    closed_at  INTEGER NOT NULL,
    closed_by  TEXT NOT NULL,
    record     TEXT NOT NULL
);
