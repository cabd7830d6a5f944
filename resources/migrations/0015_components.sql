-- Slipway schema 15: a release's component list, from its SBOM. Additive only.

-- What a release's software is made of, as the SBOM imported for it lists it; importing
-- another SBOM for the release replaces the whole list. `ref` is the SBOM's bom-ref or SPDXID
-- (NULL when the document gave none, so refless components never collide); the subject is
-- what the SBOM describes (CycloneDX metadata.component, SPDX's described package), stored so
-- that its direct dependencies are kept. `hashes` holds every digest the SBOM gave as
-- "ALGORITHM:hex" separated by spaces; `sha256` repeats the SHA-256 among them, or is empty.
-- `licences` holds one licence (id, name or expression) per line.
CREATE TABLE release_components (
    id               INTEGER PRIMARY KEY,
    release_id       INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    ref              TEXT CHECK (ref IS NULL OR length(ref) > 0),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    grp              TEXT NOT NULL DEFAULT '',
    version          TEXT NOT NULL DEFAULT '',
    version_is_range INTEGER NOT NULL DEFAULT 0 CHECK (version_is_range IN (0, 1)),
    purl             TEXT NOT NULL DEFAULT '',
    type             TEXT NOT NULL DEFAULT '',
    sha256           TEXT NOT NULL DEFAULT '' CHECK (sha256 = '' OR length(sha256) = 64),
    hashes           TEXT NOT NULL DEFAULT '',
    licences         TEXT NOT NULL DEFAULT '',
    parent_ref       TEXT NOT NULL DEFAULT '',
    is_subject       INTEGER NOT NULL DEFAULT 0 CHECK (is_subject IN (0, 1)),
    source_file      TEXT NOT NULL,
    source_sha256    TEXT NOT NULL CHECK (length(source_sha256) = 64),
    row_version      INTEGER NOT NULL DEFAULT 1,
    created_by       TEXT NOT NULL, created_at INTEGER NOT NULL,
    UNIQUE (release_id, ref)
);
CREATE INDEX release_components_purl ON release_components(purl);
CREATE UNIQUE INDEX release_components_one_subject ON release_components(release_id)
    WHERE is_subject = 1;

-- component_id depends on depends_on_id; both are components of release_id.
CREATE TABLE component_dependencies (
    release_id    INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    component_id  INTEGER NOT NULL REFERENCES release_components(id) ON DELETE CASCADE,
    depends_on_id INTEGER NOT NULL REFERENCES release_components(id) ON DELETE CASCADE,
    PRIMARY KEY (release_id, component_id, depends_on_id)
);
CREATE INDEX component_dependencies_depends_on ON component_dependencies(depends_on_id);
