-- Slipway schema 14: what a release ships. Additive only.

-- The files a release ships: what was built, where it lies, its digests and where it came
-- from. A name is unique within its release. Digests are lower-case hex.
CREATE TABLE artifacts (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('container_image', 'package', 'archive',
                                                 'binary', 'config_bundle', 'other')),
    location       TEXT NOT NULL DEFAULT '',
    size_bytes     INTEGER CHECK (size_bytes IS NULL OR size_bytes >= 0),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    sha512         TEXT NOT NULL DEFAULT '' CHECK (sha512 = '' OR length(sha512) = 128),
    source_repo    TEXT NOT NULL DEFAULT '',
    source_commit  TEXT NOT NULL DEFAULT '',
    build_id       TEXT NOT NULL DEFAULT '',
    build_url      TEXT NOT NULL DEFAULT '',
    built_at       INTEGER,
    signature_file TEXT NOT NULL DEFAULT '', -- its detached signature, beside the file
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_by     TEXT NOT NULL, created_at INTEGER NOT NULL,
    UNIQUE (release_id, name)
);
CREATE INDEX artifacts_sha256 ON artifacts(sha256);

-- Every check of an artifact against the file and its signature, newest last. History:
-- results are added, never changed.
CREATE TABLE artifact_verifications (
    id              INTEGER PRIMARY KEY,
    artifact_id     INTEGER NOT NULL REFERENCES artifacts(id) ON DELETE CASCADE,
    result          TEXT NOT NULL CHECK (result IN ('verified', 'digest_mismatch', 'bad_signature',
                                                    'unknown_key', 'missing_file')),
    detail          TEXT NOT NULL DEFAULT '',
    key_fingerprint TEXT NOT NULL DEFAULT '', -- the key that signed it; empty: digest only
    key_label       TEXT NOT NULL DEFAULT '',
    verified_by     TEXT NOT NULL CHECK (length(trim(verified_by)) > 0),
    verified_at     INTEGER NOT NULL
);
CREATE INDEX artifact_verifications_artifact ON artifact_verifications(artifact_id, id);

-- The public keys a release manager trusts for artifact signatures: OpenPGP (armoured) or
-- minisign (its public key line). `fingerprint` is the OpenPGP primary key's, or the minisign
-- key id.
CREATE TABLE signing_keys (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('openpgp', 'minisign')),
    fingerprint TEXT NOT NULL UNIQUE CHECK (length(trim(fingerprint)) > 0),
    label       TEXT NOT NULL DEFAULT '',
    key_text    TEXT NOT NULL CHECK (length(trim(key_text)) > 0),
    added_by    TEXT NOT NULL, added_at INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- A release's artifact set, frozen once it was promoted into the freeze stage (Staging
-- unless the file says otherwise): from then on a changed artifact needs a new version.
-- Freezing is final; the triggers below hold it against any writer.
CREATE TABLE artifact_freezes (
    release_id INTEGER PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
    stage      TEXT NOT NULL,
    frozen_by  TEXT NOT NULL,
    frozen_at  INTEGER NOT NULL
);
CREATE TRIGGER artifacts_frozen_no_insert BEFORE INSERT ON artifacts
WHEN EXISTS (SELECT 1 FROM artifact_freezes WHERE release_id = NEW.release_id)
BEGIN SELECT RAISE(ABORT, 'the artifact set of this release is frozen: a changed artifact needs a new version'); END;
-- INSERT OR REPLACE deletes the row it replaces without a DELETE trigger: refused too.
CREATE TRIGGER artifacts_frozen_no_replace BEFORE INSERT ON artifacts
WHEN EXISTS (SELECT 1 FROM artifacts a JOIN artifact_freezes f ON f.release_id = a.release_id
             WHERE a.id = NEW.id OR (a.release_id = NEW.release_id AND a.name = NEW.name))
BEGIN SELECT RAISE(ABORT, 'the artifact set of this release is frozen: a changed artifact needs a new version'); END;
CREATE TRIGGER artifacts_frozen_no_update BEFORE UPDATE ON artifacts
WHEN EXISTS (SELECT 1 FROM artifact_freezes WHERE release_id IN (OLD.release_id, NEW.release_id))
BEGIN SELECT RAISE(ABORT, 'the artifact set of this release is frozen: a changed artifact needs a new version'); END;
CREATE TRIGGER artifacts_frozen_no_delete BEFORE DELETE ON artifacts
WHEN EXISTS (SELECT 1 FROM artifact_freezes WHERE release_id = OLD.release_id)
 AND EXISTS (SELECT 1 FROM releases WHERE id = OLD.release_id)
BEGIN SELECT RAISE(ABORT, 'the artifact set of this release is frozen: a changed artifact needs a new version'); END;
CREATE TRIGGER artifact_freezes_no_replace BEFORE INSERT ON artifact_freezes
WHEN EXISTS (SELECT 1 FROM artifact_freezes WHERE release_id = NEW.release_id)
BEGIN SELECT RAISE(ABORT, 'a frozen artifact set stays frozen'); END;
CREATE TRIGGER artifact_freezes_no_update BEFORE UPDATE ON artifact_freezes
BEGIN SELECT RAISE(ABORT, 'a frozen artifact set stays frozen'); END;
CREATE TRIGGER artifact_freezes_no_delete BEFORE DELETE ON artifact_freezes
WHEN EXISTS (SELECT 1 FROM releases WHERE id = OLD.release_id)
BEGIN SELECT RAISE(ABORT, 'a frozen artifact set stays frozen'); END;
CREATE TRIGGER artifact_verifications_no_update BEFORE UPDATE ON artifact_verifications
BEGIN SELECT RAISE(ABORT, 'artifact verifications are history and cannot be changed'); END;
CREATE TRIGGER artifact_verifications_no_replace BEFORE INSERT ON artifact_verifications
WHEN EXISTS (SELECT 1 FROM artifact_verifications WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'artifact verifications are history and cannot be changed'); END;
-- Removed only with their artifact (a release deleted, an artifact taken back before freezing).
CREATE TRIGGER artifact_verifications_no_delete BEFORE DELETE ON artifact_verifications
WHEN EXISTS (SELECT 1 FROM artifacts WHERE id = OLD.artifact_id)
BEGIN SELECT RAISE(ABORT, 'artifact verifications are history and cannot be changed'); END;
