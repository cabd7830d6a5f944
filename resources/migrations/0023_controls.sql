-- Slipway schema 23: regulatory controls. Releases carry tags as change requests do (a
-- release's tags are its own and those of its change requests); each tag brings a set of
-- controls, editable rows seeded with the defaults for SOX, HIPAA, GDPR and PCI DSS. A
-- failing control of a tagged release keeps it from being deployed (the lifecycle guard
-- "controls"). Additive.

-- The guards read the facts of the releases near production (and closing reads those still to
-- close) by status: an index keeps that from scanning every release's row.
CREATE INDEX IF NOT EXISTS releases_status ON releases(status);

CREATE TABLE release_tags (
    release_id INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    tag        TEXT NOT NULL CHECK (length(trim(tag)) > 0 AND length(tag) <= 40
                                    AND tag = lower(tag)),
    PRIMARY KEY (release_id, tag)
) WITHOUT ROWID;
CREATE INDEX release_tags_tag ON release_tags(tag);

-- What a control asks of a release (rules/ControlRules):
--   segregation_of_duties: requester, approvers and deployers are different people
--   second_approver:       every change request approved by two different people
--   evidence_kept:         gate evidence stored for the release (file and digest)
--   security_scan:         a security scan's evidence, no open finding at or above
--                          `parameter` (a severity, 'high' by default)
--   role_approval:         an approval by a person holding the role `parameter`
--   attestation:           a reference recorded for the release (a review, a checklist,
--                          an assessment), or the control recorded as not applicable
CREATE TABLE regulatory_controls (
    id          INTEGER PRIMARY KEY,
    tag         TEXT NOT NULL CHECK (length(trim(tag)) > 0 AND length(tag) <= 40
                                     AND tag = lower(tag)),
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL CHECK (kind IN ('segregation_of_duties', 'second_approver',
                                              'evidence_kept', 'security_scan',
                                              'role_approval', 'attestation')),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    parameter   TEXT NOT NULL DEFAULT '' CHECK (length(parameter) <= 200),
    enabled     INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (tag, name)
);
CREATE INDEX regulatory_controls_tag ON regulatory_controls(tag, position);

-- An attestation recorded for a release: the reference (a document, a ticket, a link) or
-- why the control does not apply to it.
CREATE TABLE release_control_records (
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    control_id  INTEGER NOT NULL REFERENCES regulatory_controls(id) ON DELETE CASCADE,
    outcome     TEXT NOT NULL CHECK (outcome IN ('met', 'not_applicable')),
    reference   TEXT NOT NULL CHECK (length(trim(reference)) > 0 AND length(reference) <= 500),
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (release_id, control_id)
) WITHOUT ROWID;
CREATE INDEX release_control_records_control ON release_control_records(control_id);

INSERT INTO regulatory_controls (id, tag, position, kind, name, parameter, created_by,
                                 created_at, updated_by, updated_at) VALUES
    (1, 'sox', 0, 'segregation_of_duties', 'Segregation of duties', '', 'slipway', 0,
     'slipway', 0),
    (2, 'sox', 1, 'second_approver', 'Second approver', '', 'slipway', 0, 'slipway', 0),
    (3, 'sox', 2, 'evidence_kept', 'Evidence kept', '', 'slipway', 0, 'slipway', 0),
    (4, 'hipaa', 0, 'attestation', 'Access review attached', '', 'slipway', 0, 'slipway', 0),
    (5, 'hipaa', 1, 'attestation', 'Protected health information checklist', '', 'slipway', 0,
     'slipway', 0),
    (6, 'gdpr', 0, 'attestation', 'Data-protection impact assessment', '', 'slipway', 0,
     'slipway', 0),
    (7, 'gdpr', 1, 'attestation', 'Retention check', '', 'slipway', 0, 'slipway', 0),
    (8, 'pci', 0, 'security_scan', 'Security scan without high findings', 'high', 'slipway', 0,
     'slipway', 0),
    (9, 'pci', 1, 'role_approval', 'Approved by the security role', 'security', 'slipway', 0,
     'slipway', 0);
