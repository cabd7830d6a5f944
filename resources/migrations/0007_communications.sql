-- Slipway schema 7: communication templates with versions, known issues, distribution
-- lists, and the archive of issued messages with their acknowledgements.

CREATE TABLE comm_templates (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('release_notice', 'executive_summary',
                        'delay_notice', 'user_notice', 'cab_invitation')),
    current_version INTEGER NOT NULL DEFAULT 1,
    row_version     INTEGER NOT NULL DEFAULT 1,
    created_by      TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by      TEXT NOT NULL, updated_at INTEGER NOT NULL
);

-- Every saved text of a template. Versions are never changed: an edit adds one.
CREATE TABLE comm_template_versions (
    template_id INTEGER NOT NULL REFERENCES comm_templates(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version > 0),
    subject     TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    PRIMARY KEY (template_id, version)
) WITHOUT ROWID;
CREATE TRIGGER comm_template_versions_no_update BEFORE UPDATE ON comm_template_versions
BEGIN SELECT RAISE(ABORT, 'a template version is never changed; save a new version'); END;

CREATE TABLE known_issues (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    impact      TEXT NOT NULL DEFAULT '',
    workaround  TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'resolved')),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);
CREATE INDEX known_issues_release ON known_issues(release_id);

CREATE TABLE distribution_lists (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL DEFAULT 'UTC', -- the audience's zone, for windows in messages
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL
);

CREATE TABLE distribution_members (
    list_id  INTEGER NOT NULL REFERENCES distribution_lists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name     TEXT NOT NULL DEFAULT '',
    address  TEXT NOT NULL CHECK (length(trim(address)) > 0),
    PRIMARY KEY (list_id, position)
) WITHOUT ROWID;

-- The archive: what was issued, exactly, to whom, by whom and when. Never changed; the
-- release and template are copied by name so the record outlives them.
CREATE TABLE communications (
    id               INTEGER PRIMARY KEY,
    template_id      INTEGER NOT NULL,
    template_name    TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    kind             TEXT NOT NULL,
    release_id       INTEGER NOT NULL,
    release_label    TEXT NOT NULL,
    list_name        TEXT NOT NULL DEFAULT '',
    audience_zone    TEXT NOT NULL DEFAULT 'UTC',
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,              -- the rendered Markdown
    sha256           TEXT NOT NULL,              -- of the subject and body, see Communication.h
    issued_by        TEXT NOT NULL,
    issued_at        INTEGER NOT NULL
);
CREATE INDEX communications_release ON communications(release_id);
CREATE TRIGGER communications_no_update BEFORE UPDATE ON communications
BEGIN SELECT RAISE(ABORT, 'an issued message is archived and cannot be changed'); END;
CREATE TRIGGER communications_no_delete BEFORE DELETE ON communications
BEGIN SELECT RAISE(ABORT, 'an issued message is archived and cannot be removed'); END;

CREATE TABLE communication_recipients (
    communication_id INTEGER NOT NULL REFERENCES communications(id),
    position         INTEGER NOT NULL,
    name             TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL,
    PRIMARY KEY (communication_id, position)
) WITHOUT ROWID;
CREATE INDEX communication_recipients_address ON communication_recipients(address);
CREATE TRIGGER communication_recipients_no_update BEFORE UPDATE ON communication_recipients
BEGIN SELECT RAISE(ABORT, 'an issued message is archived and cannot be changed'); END;
CREATE TRIGGER communication_recipients_no_delete BEFORE DELETE ON communication_recipients
BEGIN SELECT RAISE(ABORT, 'an issued message is archived and cannot be changed'); END;

-- A recipient confirmed they read a message. Removing one (an undo) is an audited edit.
CREATE TABLE acknowledgements (
    id               INTEGER PRIMARY KEY,
    communication_id INTEGER NOT NULL REFERENCES communications(id),
    address          TEXT NOT NULL,
    acknowledged_at  INTEGER NOT NULL,
    source           TEXT NOT NULL CHECK (source IN ('entered', 'imported')),
    note             TEXT NOT NULL DEFAULT '',
    recorded_by      TEXT NOT NULL,
    recorded_at      INTEGER NOT NULL,
    UNIQUE (communication_id, address)
);

-- The five default templates, good enough to send as they are.
INSERT INTO comm_templates (id, name, kind, created_by, created_at, updated_by, updated_at)
VALUES
    (1, 'release-notice', 'release_notice', 'slipway', 0, 'slipway', 0),
    (2, 'executive-summary', 'executive_summary', 'slipway', 0, 'slipway', 0),
    (3, 'delay-notice', 'delay_notice', 'slipway', 0, 'slipway', 0),
    (4, 'user-notice', 'user_notice', 'slipway', 0, 'slipway', 0),
    (5, 'cab-invitation', 'cab_invitation', 'slipway', 0, 'slipway', 0);

INSERT INTO comm_template_versions (template_id, version, subject, body, created_by, created_at)
VALUES
(1, 1, 'Release notice: {{release.label}} on {{audience.window_start}}',
'Hello {{audience.name}},

**{{release.label}}** ({{release.type}} release) is planned for
**{{audience.window_start}} to {{audience.window_end}}** ({{audience.zone}}),
that is {{window.start_utc}} to {{window.end_utc}} ({{window.duration}}).

{{#release.change_ticket}}
Change ticket: **{{release.change_ticket}}**

{{/release.change_ticket}}
## What changes

{{scope.summary}}.

{{#scope.items}}
- {{title}} ({{kind}})
{{/scope.items}}

## Known issues and workarounds

{{#known_issues}}
- **{{title}}** ({{status}}): {{impact}} Workaround: {{workaround}}
{{/known_issues}}
{{^known_issues}}
No known issues.
{{/known_issues}}

## Before the window

{{#conflicts}}
- {{severity}}: {{message}}
{{/conflicts}}
{{^conflicts}}
The window is clear of blackouts, freezes and double bookings.
{{/conflicts}}

Quality gates: {{gates.summary}}

## Contacts

{{#contacts}}
- {{name}} ({{role}}){{#email}}, {{email}}{{/email}}
{{/contacts}}

Please tell support and customer service teams before the window opens. Reply to this
message if the window clashes with work of yours.

{{sender.name}}
', 'slipway', 0),
(2, 1, 'Executive summary: {{release.label}} ({{audience.window_start}})',
'## {{release.label}}

| What | Detail |
|---|---|
| Type | {{release.type}} |
| Status | {{release.status}} |
| Downtime window | {{audience.window_start}} to {{audience.window_end}} ({{audience.zone}}) |
| Duration | {{window.duration}} |
| Change ticket | {{release.change_ticket}} |

## Business impact

{{#release.objectives}}{{release.objectives}}
{{/release.objectives}}
Services affected during the window: {{release.services}}.

## Key changes

{{scope.summary}}.

{{#scope.by_kind}}
- {{kind}}: {{count}}
{{/scope.by_kind}}

## Risks

{{known_issues_count}} known issue(s); {{conflicts_count}} scheduling conflict(s).
Quality gates: {{gates.summary}}

Owner: {{release.owner}}
', 'slipway', 0),
(3, 1, 'Delay: {{release.label}} moves to {{audience.window_start}}',
'Hello {{audience.name}},

**{{release.label}}** will not go ahead as first planned.

{{#delay.previous_start}}- Previous window: {{delay.previous_start}} to {{delay.previous_end}} ({{audience.zone}})
{{/delay.previous_start}}
- Revised window: **{{audience.window_start}} to {{audience.window_end}}** ({{audience.zone}})

## Why

{{#delay.reason}}{{delay.reason}}{{/delay.reason}}{{^delay.reason}}The root cause is being analysed; we will follow up with the details.{{/delay.reason}}

## Impact

Nothing changes for users until the revised window. {{scope.summary}} will be
delivered then.

{{#known_issues}}
- **{{title}}**: {{impact}} Workaround: {{workaround}}
{{/known_issues}}

Questions: {{release.owner}}{{#release.change_ticket}}, change ticket {{release.change_ticket}}{{/release.change_ticket}}.

{{sender.name}}
', 'slipway', 0),
(4, 1, 'What is new: {{release.label}}',
'Hello,

**{{release.label}}** is live since {{audience.window_end}} ({{audience.zone}}).

## What changed

{{#scope.items}}
- {{title}}
{{/scope.items}}
{{^scope.items}}
Behind-the-scenes improvements; nothing changes in how you work.
{{/scope.items}}

## Known issues and workarounds

{{#known_issues}}
- **{{title}}**: {{impact}} Workaround: {{workaround}}
{{/known_issues}}
{{^known_issues}}
None known. If something does not work as before, please tell the service desk.
{{/known_issues}}

## Help and training

Training material and the updated guides are on the service desk pages. Contact
{{release.owner}} with questions about this release.
', 'slipway', 0),
(5, 1, 'CAB review: {{release.label}} ({{release.change_ticket}})',
'Dear Change Advisory Board,

you are invited to review **{{release.label}}** ({{release.type}}), change ticket
**{{release.change_ticket}}**.

- Window: {{audience.window_start}} to {{audience.window_end}} ({{audience.zone}});
  {{window.start_utc}} to {{window.end_utc}}
- Owner: {{release.owner}}
- Scope: {{scope.summary}}
- Quality gates: {{gates.summary}}

## Conflicts

{{#conflicts}}
- {{severity}}: {{message}}
{{/conflicts}}
{{^conflicts}}
None found.
{{/conflicts}}

## Known issues

{{#known_issues}}
- **{{title}}** ({{status}}): {{impact}} Workaround: {{workaround}}
{{/known_issues}}
{{^known_issues}}
None known.
{{/known_issues}}

Please send questions beforehand so the decision can be taken in the meeting.

{{sender.name}}
', 'slipway', 0);
