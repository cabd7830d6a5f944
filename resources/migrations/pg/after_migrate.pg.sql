-- SPDX-License-Identifier: GPL-3.0-or-later
-- Run on a PostgreSQL server after every migration, in the same transaction.

-- Every table tells listening clients that it changed. PostgreSQL delivers at commit and
-- folds equal payloads of one transaction, so an import sends one message per table.
CREATE OR REPLACE FUNCTION slipway_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('slipway_change', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.relname
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r'
          AND c.relname <> 'slipway_migrations'
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS slipway_notify ON %I', t.relname);
        EXECUTE format('CREATE TRIGGER slipway_notify AFTER INSERT OR UPDATE OR DELETE '
                       'OR TRUNCATE ON %I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION slipway_notify_change()', t.relname);
    END LOOP;

    -- Identity sequences stand above the highest id: seeds and rows given their id.
    FOR t IN
        SELECT c.relname, a.attname
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND a.attidentity <> '' AND NOT a.attisdropped
    LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), '
                       'coalesce(max(%I), 0) + 1, false) FROM %I',
                       t.relname, t.attname, t.attname, t.relname);
    END LOOP;
END
$$;
