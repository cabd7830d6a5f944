-- Slipway schema 17: products with versioning schemes. Additive only.

-- A product is a service the calendar already knows. Its versioning scheme is the text
-- VersionScheme::key() writes: 'semver' (Semantic Versioning 2.0.0, the default) or
-- 'calver:FORMAT' with a CalVer format such as YYYY.MM.MICRO, YYYY.0M.MICRO or YY.MM.MICRO.
ALTER TABLE services ADD COLUMN version_scheme TEXT NOT NULL DEFAULT 'semver'
    CHECK (version_scheme = 'semver'
           OR (substr(version_scheme, 1, 7) = 'calver:' AND length(version_scheme) > 7));

-- The product a release is a version of; NULL for a release of no product (its version is
-- then checked as Semantic Versioning, as before this schema).
ALTER TABLE releases ADD COLUMN product_id INTEGER REFERENCES services(id) ON DELETE SET NULL;

-- Back-fill: a release's product is its service, or the service with the lowest id when it
-- has several (the first one listed everywhere, so the choice is predictable). A version is
-- unique per product: when several releases would become the same product's same version,
-- only the oldest (lowest id) gets the product and the later ones keep product_id NULL for
-- their owner to settle. Versions compare as written.
WITH candidate AS (
    SELECT rs.release_id AS release_id, min(rs.service_id) AS product_id, r.version AS version
    FROM release_services rs JOIN releases r ON r.id = rs.release_id
    GROUP BY rs.release_id, r.version
), chosen AS (
    SELECT min(release_id) AS release_id, product_id
    FROM candidate
    GROUP BY product_id, version
)
UPDATE releases
SET product_id = (SELECT chosen.product_id FROM chosen WHERE chosen.release_id = releases.id)
WHERE id IN (SELECT release_id FROM chosen);

CREATE UNIQUE INDEX releases_product_version ON releases(product_id, version)
    WHERE product_id IS NOT NULL;
