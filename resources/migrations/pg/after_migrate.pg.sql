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

-- Every actor column (*_by, by_login, actor) is stamped with the login by
-- slipway_stamp_actor() (the baseline says how), on the tables of later migrations too. Not
-- stamped: audit_log, whose chain trigger sets its actor; the migrations' own record; and a
-- change's requester, who may be someone other than the person entering it.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.table_name,
               string_agg(quote_literal(c.column_name), ', ' ORDER BY c.ordinal_position) AS cols,
               string_agg(format('NEW.%I IS DISTINCT FROM session_user', c.column_name), ' OR '
                          ORDER BY c.ordinal_position) AS differs
        FROM information_schema.columns c
        JOIN information_schema.tables b
          ON b.table_schema = c.table_schema AND b.table_name = c.table_name
         AND b.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.data_type = 'text'
          AND (c.column_name LIKE '%\_by' OR c.column_name IN ('by_login', 'actor'))
          AND c.table_name NOT IN ('audit_log', 'slipway_migrations')
          AND (c.table_name, c.column_name) <> ('change_requests', 'requested_by')
        GROUP BY c.table_name
    LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS slipway_stamp_actor ON %I', t.table_name);
        -- A row whose every actor column already names the login needs nothing: the WHEN
        -- spares it the function call (bulk imports write 100,000 such rows).
        EXECUTE format('CREATE TRIGGER slipway_stamp_actor BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW WHEN (%s) EXECUTE FUNCTION slipway_stamp_actor(%s)',
                       t.table_name, t.differs, t.cols);
    END LOOP;
END
$$;

-- Undo of an import. While a connection's setting slipway.capture names tables (a comma list,
-- or * for all), what its statements write to them is kept in its own temporary table
-- slipway_captured: each row's primary key as a JSON array, and the row before and after as
-- JSON (none before an insert, none after a removal). One statement-level trigger per event
-- reads the statement's rows from its transition tables, so an import of 100,000 rows costs
-- one INSERT … SELECT, not 100,000 calls. models/storage/ChangeCapturePg.cpp reads it.
CREATE OR REPLACE FUNCTION slipway_capture_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    wanted text := current_setting('slipway.capture', true);
    key_new text;
    key_old text;
BEGIN
    IF wanted IS NULL OR NOT (wanted = '*' OR TG_TABLE_NAME = ANY (string_to_array(wanted, ',')))
    THEN
        RETURN NULL;
    END IF;
    SELECT 'jsonb_build_array(' || string_agg('n.' || quote_ident(k), ', ') || ')',
           'jsonb_build_array(' || string_agg('o.' || quote_ident(k), ', ') || ')'
      INTO key_new, key_old
      FROM unnest(TG_ARGV) AS k;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('INSERT INTO pg_temp.slipway_captured (tbl, key, before_row, after_row) '
                       'SELECT %L, %s, NULL, to_jsonb(n) FROM slipway_new n',
                       TG_TABLE_NAME, key_new);
    ELSIF TG_OP = 'UPDATE' THEN
        -- A row whose key changed is its old key removed and its new key added.
        EXECUTE format('INSERT INTO pg_temp.slipway_captured (tbl, key, before_row, after_row) '
                       'SELECT %L, coalesce(%s, %s), to_jsonb(o), to_jsonb(n) '
                       'FROM slipway_old o FULL JOIN slipway_new n ON %s = %s',
                       TG_TABLE_NAME, key_new, key_old, key_old, key_new);
    ELSE
        EXECUTE format('INSERT INTO pg_temp.slipway_captured (tbl, key, before_row, after_row) '
                       'SELECT %L, %s, to_jsonb(o), NULL FROM slipway_old o',
                       TG_TABLE_NAME, key_old);
    END IF;
    RETURN NULL;
END
$$;

-- The triggers go on the tables an import writes (ImportUndoService's lists) and on every
-- table that refers to them, directly or not, whose rows a replay may take along (ON DELETE
-- CASCADE or SET NULL): a trigger with transition tables makes the server keep every row a
-- statement writes, even while nothing is recorded, so no other table carries one.
DO $$
DECLARE
    t record;
    ev text;
BEGIN
    FOR t IN
        SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND g.tgname LIKE 'slipway\_capture\_%'
    LOOP
        FOREACH ev IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'slipway_capture_' || ev, t.relname);
        END LOOP;
    END LOOP;
    FOR t IN
        WITH RECURSIVE captured(oid) AS (
            SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema()
              AND c.relname IN ('scope_items', 'scope_dependencies', 'blackouts',
                                'blackout_services', 'incident_freezes', 'acknowledgements')
            UNION
            SELECT f.conrelid FROM pg_constraint f JOIN captured p ON p.oid = f.confrelid
            WHERE f.contype = 'f'
        )
        SELECT c.relname,
               string_agg(quote_literal(a.attname), ', '
                          ORDER BY array_position(i.indkey::int2[], a.attnum)) AS keys
        FROM captured k
        JOIN pg_class c ON c.oid = k.oid
        JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey)
        GROUP BY c.relname
    LOOP
        FOREACH ev IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s '
                           'FOR EACH STATEMENT '
                           'WHEN (coalesce(current_setting(''slipway.capture'', true), '''') <> '''') '
                           'EXECUTE FUNCTION slipway_capture_rows(%s)',
                           'slipway_capture_' || ev, upper(ev), t.relname,
                           CASE ev WHEN 'insert' THEN 'NEW TABLE AS slipway_new'
                                   WHEN 'update' THEN 'OLD TABLE AS slipway_old NEW TABLE AS slipway_new'
                                   ELSE 'OLD TABLE AS slipway_old' END,
                           t.keys);
        END LOOP;
    END LOOP;
END
$$;
