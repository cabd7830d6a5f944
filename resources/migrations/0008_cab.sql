-- Slipway schema 8: change requests, their approvals and the CAB meetings that decide them.
-- Additive only.

-- A change request asks the CAB to let a release (or any change) go to production. The
-- risk assessment keeps the questionnaire's answers (JSON object), the score, the level
-- and the drivers that raised it (one per line).
CREATE TABLE change_requests (
    id                  INTEGER PRIMARY KEY,
    ticket              TEXT NOT NULL UNIQUE CHECK (length(trim(ticket)) > 0),
    release_id          INTEGER REFERENCES releases(id) ON DELETE SET NULL,
    summary             TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    change_type         TEXT NOT NULL DEFAULT 'normal'
                            CHECK (change_type IN ('standard', 'normal', 'emergency')),
    risk_answers        TEXT NOT NULL DEFAULT '{}',
    risk_score          INTEGER NOT NULL DEFAULT 0,
    risk_level          TEXT NOT NULL DEFAULT 'medium'
                            CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
    risk_drivers        TEXT NOT NULL DEFAULT '',
    implementation_plan TEXT NOT NULL DEFAULT '',
    rollback_plan       TEXT NOT NULL DEFAULT '',
    requested_by        TEXT NOT NULL CHECK (length(trim(requested_by)) > 0),
    requested_at        INTEGER NOT NULL,
    service_owner       TEXT NOT NULL DEFAULT '',
    -- A change that is not a release (a certificate, a firewall rule) has its own window.
    planned_start       INTEGER,
    planned_end         INTEGER,
    row_version         INTEGER NOT NULL DEFAULT 1,
    created_by          TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by          TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX change_requests_release ON change_requests(release_id);
CREATE INDEX change_requests_requested ON change_requests(requested_at);

-- Tags decide extra approvals: 'sox' needs a second, different approver.
CREATE TABLE change_request_tags (
    change_id INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    tag       TEXT NOT NULL CHECK (length(trim(tag)) > 0),
    PRIMARY KEY (change_id, tag)
) WITHOUT ROWID;

CREATE TABLE cab_meetings (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 'emergency')),
    start_utc   INTEGER NOT NULL,
    end_utc     INTEGER NOT NULL CHECK (end_utc > start_utc),
    time_zone   TEXT NOT NULL DEFAULT 'UTC',
    location    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX cab_meetings_start ON cab_meetings(start_utc);

CREATE TABLE cab_meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES cab_meetings(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, person_id)
) WITHOUT ROWID;

-- The agenda: changes to decide, emergency changes to review and gate escalations, in the
-- order the board takes them.
CREATE TABLE cab_agenda_items (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES cab_meetings(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('change', 'emergency', 'escalation')),
    change_id  INTEGER REFERENCES change_requests(id) ON DELETE CASCADE,
    release_id INTEGER REFERENCES releases(id) ON DELETE SET NULL,
    title      TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cab_agenda_items_meeting ON cab_agenda_items(meeting_id, position);

-- Every decision on a change, in the meeting it was taken in (NULL: outside a meeting).
CREATE TABLE cab_decisions (
    id                  INTEGER PRIMARY KEY,
    change_id           INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    meeting_id          INTEGER REFERENCES cab_meetings(id) ON DELETE SET NULL,
    outcome             TEXT NOT NULL CHECK (outcome IN ('approve', 'approve_with_conditions',
                                                         'reject', 'defer')),
    approver_role       TEXT NOT NULL DEFAULT '',
    decided_by          TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    decided_at          INTEGER NOT NULL,
    comment             TEXT NOT NULL DEFAULT '',
    deferred_until      INTEGER,
    deferred_meeting_id INTEGER REFERENCES cab_meetings(id) ON DELETE SET NULL,
    withdrawn           INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    row_version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cab_decisions_change ON cab_decisions(change_id, decided_at);
CREATE INDEX cab_decisions_meeting ON cab_decisions(meeting_id);

-- Conditions of an "approve with conditions": the change is not ready while one is open.
CREATE TABLE cab_conditions (
    id          INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES cab_decisions(id) ON DELETE CASCADE,
    change_id   INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due_utc     INTEGER,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'met', 'waived')),
    closed_by   TEXT NOT NULL DEFAULT '',
    closed_at   INTEGER,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cab_conditions_change ON cab_conditions(change_id, status);

-- Actions from the minutes, with an owner and a due date.
CREATE TABLE cab_actions (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES cab_meetings(id) ON DELETE CASCADE,
    change_id   INTEGER REFERENCES change_requests(id) ON DELETE SET NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    owner       TEXT NOT NULL DEFAULT '',
    due_utc     INTEGER,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX cab_actions_meeting ON cab_actions(meeting_id);
