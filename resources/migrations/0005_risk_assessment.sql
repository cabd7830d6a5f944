-- Slipway schema 5: the release risk assessment. Additive only.

-- One questionnaire per release, with what the classifier made of it when it was saved and
-- the type the release manager chose instead, if any, with the reason on record.
CREATE TABLE release_risk_assessments (
    id                INTEGER PRIMARY KEY,
    release_id        INTEGER NOT NULL UNIQUE REFERENCES releases(id) ON DELETE CASCADE,
    users_affected    TEXT NOT NULL CHECK (users_affected IN ('none', 'team', 'business_unit',
                                                              'all_customers')),
    services_affected INTEGER NOT NULL CHECK (services_affected >= 0),
    data_migration    TEXT NOT NULL CHECK (data_migration IN ('none', 'additive', 'transforming',
                                                              'irreversible')),
    rollback          TEXT NOT NULL CHECK (rollback IN ('redeploy', 'scripted', 'manual',
                                                        'impossible')),
    regulatory        TEXT NOT NULL CHECK (regulatory IN ('none', 'internal_controls',
                                                          'regulated', 'reportable')),
    window_minutes    INTEGER NOT NULL CHECK (window_minutes > 0),
    novelty           TEXT NOT NULL CHECK (novelty IN ('routine', 'familiar', 'new', 'untried')),
    urgent            INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
    score             INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    risk_level        TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
    suggested_type    TEXT NOT NULL CHECK (suggested_type IN ('major', 'minor', 'patch',
                                                              'emergency')),
    override_type     TEXT CHECK (override_type IS NULL OR
                                  override_type IN ('major', 'minor', 'patch', 'emergency')),
    override_reason   TEXT NOT NULL DEFAULT '',
    overridden_by     TEXT NOT NULL DEFAULT '',
    overridden_at     INTEGER,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_by        TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by        TEXT NOT NULL, updated_at INTEGER NOT NULL,
    CHECK (override_type IS NULL OR length(trim(override_reason)) > 0)
);
