-- Slipway schema 12: the order of cards within a scope board column. Additive only.

-- Ascending within a column; ties (every item starts at 0) fall back to priority, then id.
-- Only the board's order: changing it does not touch row_version, so reordering never
-- makes someone else's edit of the item stale.
ALTER TABLE scope_items ADD COLUMN board_rank REAL NOT NULL DEFAULT 0;
