-- Slipway schema 18: version pins on what a release's components depend on. Additive only.

-- A component of a release depends on a shared library or service within a version
-- constraint (npm range syntax: "^1.2.0", "~1.4", ">=2.0.0 <3.0.0", "1.2.3"). `component`
-- names the depending component as the release's list labels it ("group/name" or name; the
-- product itself for a release without a list); `target` names what it depends on: a purl
-- without version, "group/name" or a name. source 'sbom': written by an SBOM import from a
-- dependency on a component whose version is a range, replaced with the component list;
-- 'manual': set by hand, kept across imports.
CREATE TABLE pins (
    id          INTEGER PRIMARY KEY,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    component   TEXT NOT NULL CHECK (length(trim(component)) > 0),
    target      TEXT NOT NULL CHECK (length(trim(target)) > 0),
    constraint_text TEXT NOT NULL CHECK (length(trim(constraint_text)) > 0),
    source      TEXT NOT NULL CHECK (source IN ('sbom', 'manual')),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL, created_at INTEGER NOT NULL,
    updated_by  TEXT NOT NULL, updated_at INTEGER NOT NULL,
    UNIQUE (release_id, component, target, source)
);
CREATE INDEX pins_target ON pins(target);
