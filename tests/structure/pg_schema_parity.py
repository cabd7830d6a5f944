#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The PostgreSQL baseline (resources/migrations/pg/NNNN_baseline.pg.sql) against the SQLite
schema of the same version: builds that schema in memory from resources/migrations/NNNN_*.sql,
runs the baseline in one transaction on a throwaway PostgreSQL 15 cluster, and compares table by
table the columns (names in order, type family, NOT NULL, whether a default exists, identity),
primary keys, unique constraints and indexes, foreign keys with their actions, the number of
CHECK constraints, the other indexes, the triggers, the default rows and the next id of every
identity. Then it runs the same statements against every refusing trigger on both engines, at
least one refused and one allowed per trigger, and compares what each engine did and said; and
likewise against the CHECK constraints that SQLite wrote with GLOB. The server-only triggers
(SERVER_ONLY_TRIGGERS: the audit chain, TRUNCATE refusals) are left out on purpose.
Prints every difference on one line; exits 1 on any. Skipped (exit 0) when PostgreSQL 15 is not
installed. As root, the server runs as the system user slipway-pg (made when missing)."""
import argparse
import ctypes
import glob
import json
import os
import pwd
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

BIN = os.environ.get("SLIPWAY_PG_BINDIR", "/usr/lib/postgresql/15/bin")
SYSTEM_USER = "slipway-pg"
DIR_PREFIX = "slipway-pg-parity-"
READY = "database system is ready to accept connections"

# Keys that are SQLite rowids but given by the client, or another table's id, on PostgreSQL:
# a plain BIGINT primary key rather than an identity.
NOT_IDENTITY = {
    ("audit_log", "seq"): "the chain trigger gives the sequence number with the hash",
    ("artifact_freezes", "release_id"): "the frozen release's id",
    ("cmdb_records", "release_id"): "the closed release's id",
}

# Triggers only a server has, deliberately (the baseline's "Server only" section): the audit
# chain computed by the server, and refusals of TRUNCATE, which SQLite does not have. Left out of
# the comparison; tests/unit/tst_PgAuditChain.cpp exercises them.
SERVER_ONLY_TRIGGERS = {
    "audit_log_chain": "the server computes the audit chain; on a file the client does",
    "audit_log_no_truncate": "TRUNCATE",
    "communications_no_truncate": "TRUNCATE",
    "communication_recipients_no_truncate": "TRUNCATE",
    "comm_template_versions_no_truncate": "TRUNCATE",
    "artifact_verifications_no_truncate": "TRUNCATE",
    "artifact_freezes_no_truncate": "TRUNCATE",
}

FK_ACTIONS = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL",
              "d": "SET DEFAULT"}

differences = []


def differ(text):
    differences.append(text)
    print(text, flush=True)


# ---------------------------------------------------------------------------------------------
# SQLite

def migration_files(source, up_to):
    found = []
    for path in glob.glob(os.path.join(source, "resources", "migrations", "*.sql")):
        m = re.fullmatch(r"(\d{4})_[^.]*\.sql", os.path.basename(path))
        if m and int(m.group(1)) <= up_to:
            found.append((int(m.group(1)), path))
    return sorted(found)


def build_sqlite(source, version):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys = ON")
    for number, path in migration_files(source, version):
        with open(path, encoding="utf-8") as f:
            script = f.read()
        db.executescript("BEGIN;\n" + script + f"\n;PRAGMA user_version = {number};\nCOMMIT;")
    got = db.execute("PRAGMA user_version").fetchone()[0]
    if got != version:
        sys.exit(f"the SQLite migrations reach schema {got}, the baseline is {version}")
    return db


def sqlite_family(declared):
    t = declared.upper()
    if "INT" in t:
        return "integer"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "text"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "double"
    return "other:" + declared


def code_only(sql):
    """The SQL with string literals emptied and comments removed."""
    sql = re.sub(r"'(?:[^']|'')*'", "''", sql)
    return re.sub(r"--[^\n]*", "", sql)


def normal_predicate(text):
    return re.sub(r"[\s()]", "", (text or "").lower()).removeprefix("where")


def sqlite_catalogue(db):
    cat = {}
    for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"):
        without_rowid = bool(re.search(r"\)\s*WITHOUT\s+ROWID\s*$", sql, re.I))
        info = db.execute(f'PRAGMA table_info("{name}")').fetchall()
        pk = [r[1] for r in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        rowid_alias = (not without_rowid and len(pk) == 1 and
                       next(r[2] for r in info if r[1] == pk[0]).upper() == "INTEGER")
        columns = []
        for cid, col, declared, notnull, default, in_pk in info:
            # A primary key column of a WITHOUT ROWID table, or the rowid, is never NULL.
            effective = bool(notnull) or bool(in_pk and (without_rowid or rowid_alias))
            columns.append({"name": col, "family": sqlite_family(declared),
                            "notnull": effective, "default": default is not None,
                            "identity": rowid_alias and col == pk[0]})
        unique, plain = set(), {}
        for _, iname, is_unique, origin, partial in db.execute(f'PRAGMA index_list("{name}")'):
            if origin == "pk":
                continue
            cols = tuple(r[2] for r in db.execute(f'PRAGMA index_info("{iname}")'))
            pred = ""
            if partial:
                isql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                  (iname,)).fetchone()[0]
                m = re.search(r"\bWHERE\b(.*)$", isql, re.S | re.I)
                pred = normal_predicate(m.group(1)) if m else "?"
            if is_unique:
                unique.add((cols, pred, iname if origin == "c" else ""))
            else:
                plain[iname] = (cols, pred)
        fks = {}
        for row in db.execute(f'PRAGMA foreign_key_list("{name}")'):
            fid, _, parent, frm, to, on_update, on_delete, _ = row
            fk = fks.setdefault(fid, {"parent": parent, "from": [], "to": [],
                                      "on_delete": on_delete, "on_update": on_update})
            fk["from"].append(frm)
            fk["to"].append(to)
        fk_set = set()
        for fk in fks.values():
            to = fk["to"]
            if all(t is None for t in to):
                to = [r[1] for r in sorted((r for r in db.execute(
                    f'PRAGMA table_info("{fk["parent"]}")') if r[5]), key=lambda r: r[5])]
            fk_set.add((tuple(fk["from"]), fk["parent"], tuple(to), fk["on_delete"],
                        fk["on_update"]))
        checks = len(re.findall(r"\bCHECK\s*\(", code_only(sql), re.I))
        cat[name] = {"columns": columns, "pk": tuple(pk), "unique": unique, "indexes": plain,
                     "fks": fk_set, "checks": checks, "triggers": set()}
    for name, table, sql in db.execute("SELECT name, tbl_name, sql FROM sqlite_master "
                                       "WHERE type = 'trigger'"):
        m = re.search(r"\b(BEFORE|AFTER|INSTEAD\s+OF)\s+(INSERT|UPDATE|DELETE)\b", sql, re.I)
        cat[table]["triggers"].add((name, m.group(1).upper(), m.group(2).upper()))
    return cat


# ---------------------------------------------------------------------------------------------
# PostgreSQL

def child_environment():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_"))}
    env.update(LC_ALL="C", LANG="C", TZ="UTC")
    return env


class Cluster:
    """A PostgreSQL cluster in a temporary folder in /tmp, its socket there too, on a free port
    of 127.0.0.1. The server gets SIGINT (a fast shutdown) from the kernel should this script
    die without stopping it; a later run removes the folder such a run leaves behind."""

    def __init__(self):
        self.dir = None
        self.server = None
        self.port = 0
        self.uid = self.gid = None
        self.log = None

    def _demote(self, death_signal):
        uid, gid = self.uid, self.gid

        def run():
            if uid is not None:
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
            ctypes.CDLL(None, use_errno=True).prctl(1, int(death_signal))  # PR_SET_PDEATHSIG
        return run

    def _account(self):
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            made = subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir",
                                   "/nonexistent", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
                                  capture_output=True, text=True)
            try:
                account = pwd.getpwnam(SYSTEM_USER)  # another run may have made it meanwhile
            except KeyError:
                sys.exit(f"cannot create the system user {SYSTEM_USER}: {made.stderr.strip()}")
        self.uid, self.gid = account.pw_uid, account.pw_gid

    @staticmethod
    def remove_leftovers():
        for path in glob.glob(os.path.join("/tmp", DIR_PREFIX + "*")):
            try:
                with open(os.path.join(path, "owner.pid")) as f:
                    owner = int(f.read().strip())
                os.kill(owner, 0)
                continue  # its run is still going
            except ProcessLookupError:
                pass
            except (OSError, ValueError):
                continue
            try:
                with open(os.path.join(path, "data", "postmaster.pid")) as f:
                    os.kill(int(f.readline().strip()), 0)
                continue  # its server is still shutting down
            except (OSError, ValueError):
                pass
            shutil.rmtree(path, ignore_errors=True)

    def start(self):
        self._account()
        self.remove_leftovers()
        self.dir = tempfile.mkdtemp(prefix=DIR_PREFIX, dir="/tmp")
        with open(os.path.join(self.dir, "owner.pid"), "w") as f:
            f.write(str(os.getpid()))
        if self.uid is not None:
            os.chown(self.dir, self.uid, self.gid)
        initdb = subprocess.run(
            [os.path.join(BIN, "initdb"), "--pgdata=" + os.path.join(self.dir, "data"),
             "--username=postgres", "--auth=trust", "--encoding=UTF8", "--locale=C",
             "--no-sync", "--no-instructions"],
            cwd=self.dir, env=child_environment(), preexec_fn=self._demote(signal.SIGKILL),
            capture_output=True, text=True, timeout=120)
        if initdb.returncode != 0:
            raise RuntimeError("initdb failed: " + (initdb.stdout + initdb.stderr).strip()[-600:])
        log_path = os.path.join(self.dir, "server.log")
        for attempt in range(5):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                self.port = probe.getsockname()[1]
            self.log = open(log_path, "w")
            self.server = subprocess.Popen(
                [os.path.join(BIN, "postgres"), "-D", os.path.join(self.dir, "data"),
                 "-c", "listen_addresses=127.0.0.1", "-c", f"port={self.port}",
                 "-c", "unix_socket_directories=" + self.dir, "-c", "fsync=off",
                 "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                 "-c", "lc_messages=C", "-c", "max_connections=20",
                 "-c", "shared_buffers=32MB"],
                cwd=self.dir, env=child_environment(), stdout=self.log,
                stderr=subprocess.STDOUT, preexec_fn=self._demote(signal.SIGINT))
            deadline = time.monotonic() + 20
            text = ""
            while time.monotonic() < deadline and self.server.poll() is None:
                with open(log_path) as f:
                    text = f.read()
                if READY in text:
                    return
                time.sleep(0.05)
            with open(log_path) as f:
                text = f.read()
            self._stop_server()
            if "could not bind" not in text and "already in use" not in text:
                raise RuntimeError(f"PostgreSQL did not start on port {self.port}: "
                                   + text.strip()[-600:].replace("\n", " | "))
        raise RuntimeError("PostgreSQL found no free port")

    def _stop_server(self):
        if self.server and self.server.poll() is None:
            self.server.send_signal(signal.SIGINT)  # fast shutdown
            try:
                self.server.wait(10)
            except subprocess.TimeoutExpired:
                self.server.send_signal(signal.SIGQUIT)  # immediate shutdown
                try:
                    self.server.wait(3)
                except subprocess.TimeoutExpired:
                    self.server.kill()
                    self.server.wait()
        self.server = None
        if self.log:
            self.log.close()
            self.log = None

    def stop(self):
        self._stop_server()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def psql(self, database, args, stdin=None):
        command = [os.path.join(BIN, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                   "-h", self.dir, "-p", str(self.port), "-U", "postgres", "-d", database]
        return subprocess.run(command + args, input=stdin, capture_output=True, text=True,
                              env=child_environment(), timeout=120)

    def rows(self, database, sql):
        done = self.psql(database, ["-At", "-c",
                                    f"SELECT coalesce(json_agg(q), '[]') FROM ({sql}) q"])
        if done.returncode != 0:
            raise RuntimeError(f"{sql.split()[0:4]}: {done.stderr.strip()}")
        return json.loads(done.stdout)


PG_TABLES = """SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'r'"""

PG_COLUMNS = f"""SELECT t.relname AS t, a.attname AS col, a.attnum AS pos,
 format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS notnull, a.atthasdef AS hasdef,
 a.attidentity <> '' AS ident
 FROM ({PG_TABLES}) t JOIN pg_attribute a ON a.attrelid = t.oid
 WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY t.relname, a.attnum"""

PG_INDEXES = f"""SELECT t.relname AS t, i.relname AS name, x.indisunique AS uniq,
 x.indisprimary AS pk, pg_get_expr(x.indpred, x.indrelid) AS pred,
 EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid
         AND k.conrelid = x.indrelid AND k.contype = 'u') AS by_constraint,
 (SELECT json_agg(a.attname ORDER BY k.ord)
    FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(num, ord)
    JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num) AS cols,
 x.indnatts AS ncols
 FROM ({PG_TABLES}) t JOIN pg_index x ON x.indrelid = t.oid
 JOIN pg_class i ON i.oid = x.indexrelid"""

PG_FKS = f"""SELECT t.relname AS t, p.relname AS parent, k.confdeltype AS on_delete,
 k.confupdtype AS on_update,
 (SELECT json_agg(a.attname ORDER BY c.ord) FROM unnest(k.conkey) WITH ORDINALITY AS c(num, ord)
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = c.num) AS cols,
 (SELECT json_agg(a.attname ORDER BY c.ord) FROM unnest(k.confkey) WITH ORDINALITY AS c(num, ord)
    JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = c.num) AS refcols
 FROM ({PG_TABLES}) t JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'f'
 JOIN pg_class p ON p.oid = k.confrelid"""

PG_CHECKS = f"""SELECT t.relname AS t, count(k.oid) AS n FROM ({PG_TABLES}) t
 LEFT JOIN pg_constraint k ON k.conrelid = t.oid AND k.contype = 'c' GROUP BY t.relname"""

PG_TRIGGERS = f"""SELECT t.relname AS t, g.tgname AS name, g.tgtype AS type
 FROM ({PG_TABLES}) t JOIN pg_trigger g ON g.tgrelid = t.oid WHERE NOT g.tgisinternal"""

PG_NEXT_IDS = f"""SELECT t.relname AS t, a.attname AS col, s.last_value AS last
 FROM ({PG_TABLES}) t JOIN pg_attribute a ON a.attrelid = t.oid AND a.attidentity <> ''
 JOIN pg_sequences s
   ON format('%I.%I', s.schemaname, s.sequencename)
      = pg_get_serial_sequence(t.relname, a.attname)"""


def pg_family(type_name):
    if type_name in ("bigint", "integer", "smallint"):
        return "integer"
    if type_name == "text":
        return "text"
    if type_name == "double precision":
        return "double"
    return "other:" + type_name


def pg_catalogue(cluster, database):
    cat = {t["relname"]: {"columns": [], "pk": (), "unique": set(), "indexes": {}, "fks": set(),
                          "checks": 0, "triggers": set(), "types": {}}
           for t in cluster.rows(database, PG_TABLES)}
    for r in cluster.rows(database, PG_COLUMNS):
        cat[r["t"]]["columns"].append({"name": r["col"], "family": pg_family(r["type"]),
                                       "notnull": r["notnull"], "default": r["hasdef"],
                                       "identity": r["ident"]})
        cat[r["t"]]["types"][r["col"]] = r["type"]
    for r in cluster.rows(database, PG_INDEXES):
        cols = tuple(r["cols"] or [])
        if len(cols) != r["ncols"]:
            cols += ("<expression>",)
        pred = normal_predicate(r["pred"])
        if r["pk"]:
            cat[r["t"]]["pk"] = cols
        elif r["uniq"]:
            cat[r["t"]]["unique"].add((cols, pred, "" if r["by_constraint"] else r["name"]))
        else:
            cat[r["t"]]["indexes"][r["name"]] = (cols, pred)
    for r in cluster.rows(database, PG_FKS):
        cat[r["t"]]["fks"].add((tuple(r["cols"]), r["parent"], tuple(r["refcols"]),
                                FK_ACTIONS[r["on_delete"]], FK_ACTIONS[r["on_update"]]))
    for r in cluster.rows(database, PG_CHECKS):
        cat[r["t"]]["checks"] = r["n"]
    for r in cluster.rows(database, PG_TRIGGERS):
        if r["name"] in SERVER_ONLY_TRIGGERS:
            continue
        timing = "BEFORE" if r["type"] & 2 else ("INSTEAD OF" if r["type"] & 64 else "AFTER")
        for bit, event in ((4, "INSERT"), (8, "DELETE"), (16, "UPDATE"), (32, "TRUNCATE")):
            if r["type"] & bit:
                cat[r["t"]]["triggers"].add((r["name"], timing, event))
    return cat


# ---------------------------------------------------------------------------------------------
# Comparison

def compare_structure(lite, pg):
    for name in sorted(set(lite) - set(pg)):
        differ(f"{name}: a table in SQLite, missing on PostgreSQL")
    for name in sorted(set(pg) - set(lite)):
        differ(f"{name}: a table on PostgreSQL that SQLite does not have")
    for name in sorted(set(lite) & set(pg)):
        a, b = lite[name], pg[name]
        names_a = [c["name"] for c in a["columns"]]
        names_b = [c["name"] for c in b["columns"]]
        if names_a != names_b:
            differ(f"{name}: columns {names_a} in SQLite, {names_b} on PostgreSQL")
        for ca, cb in zip(a["columns"], b["columns"]):
            if ca["name"] != cb["name"]:
                continue
            where = f"{name}.{ca['name']}"
            for key in ("family", "notnull", "default"):
                if ca[key] != cb[key]:
                    differ(f"{where}: {key} is {ca[key]} in SQLite, {cb[key]} on PostgreSQL")
            if b["types"][ca["name"]] == "integer" or b["types"][ca["name"]] == "smallint":
                differ(f"{where}: {b['types'][ca['name']]} on PostgreSQL; SQLite's INTEGER "
                       "holds 64 bits, so bigint")
            expected = ca["identity"] and (name, ca["name"]) not in NOT_IDENTITY
            if expected != cb["identity"]:
                differ(f"{where}: identity is {cb['identity']} on PostgreSQL, expected "
                       f"{expected} (SQLite rowid: {ca['identity']})")
        if a["pk"] != b["pk"]:
            differ(f"{name}: primary key {a['pk']} in SQLite, {b['pk']} on PostgreSQL")
        for u in sorted(a["unique"] - b["unique"]):
            differ(f"{name}: unique {u} in SQLite, missing on PostgreSQL")
        for u in sorted(b["unique"] - a["unique"]):
            differ(f"{name}: unique {u} on PostgreSQL, not in SQLite")
        for index in sorted(set(a["indexes"]) | set(b["indexes"])):
            ia, ib = a["indexes"].get(index), b["indexes"].get(index)
            if ia != ib:
                differ(f"{name}: index {index} is {ia} in SQLite, {ib} on PostgreSQL")
        for fk in sorted(a["fks"] - b["fks"]):
            differ(f"{name}: foreign key {fk} in SQLite, missing on PostgreSQL")
        for fk in sorted(b["fks"] - a["fks"]):
            differ(f"{name}: foreign key {fk} on PostgreSQL, not in SQLite")
        if a["checks"] != b["checks"]:
            differ(f"{name}: {a['checks']} CHECK constraints in SQLite, {b['checks']} on "
                   "PostgreSQL")
        if a["triggers"] != b["triggers"]:
            differ(f"{name}: triggers {sorted(a['triggers'])} in SQLite, "
                   f"{sorted(b['triggers'])} on PostgreSQL")


def normal_value(v):
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        f = float(v)
        return int(f) if f.is_integer() else f
    return v


def compare_rows(db, cluster, database, lite):
    counts = cluster.rows(database, " UNION ALL ".join(
        f"SELECT '{t}' AS t, count(*) AS n FROM {t}" for t in sorted(lite)))
    pg_counts = {r["t"]: r["n"] for r in counts}
    seeded = []
    for t in sorted(lite):
        n = db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        if n != pg_counts.get(t):
            differ(f"{t}: {n} rows in SQLite, {pg_counts.get(t)} on PostgreSQL")
        if n or pg_counts.get(t):
            seeded.append(t)
    for t in seeded:
        cols = [c["name"] for c in lite[t]["columns"]]
        rows_a = sorted((tuple(normal_value(v) for v in r)
                         for r in db.execute(f'SELECT {", ".join(cols)} FROM "{t}"')), key=repr)
        rows_b = sorted((tuple(normal_value(r.get(c)) for c in cols)
                         for r in cluster.rows(database, f"SELECT * FROM {t}")), key=repr)
        for ra, rb in zip(rows_a, rows_b):
            if ra != rb:
                diff = [f"{c}: {x!r} / {y!r}" for c, x, y in zip(cols, ra, rb) if x != y]
                differ(f"{t}: a row differs (SQLite / PostgreSQL) {'; '.join(diff)[:300]}")
    # The next id each engine hands out, so that a new row never collides with a seeded one.
    pg_next = {}
    for r in cluster.rows(database, PG_NEXT_IDS):
        pg_next[(r["t"], r["col"])] = (r["last"] or 0) + 1
    for t in sorted(lite):
        for c in lite[t]["columns"]:
            if c["identity"] and (t, c["name"]) not in NOT_IDENTITY:
                nxt = db.execute(f'SELECT coalesce(max({c["name"]}), 0) + 1 '
                                 f'FROM "{t}"').fetchone()[0]
                if pg_next.get((t, c["name"]), nxt) != nxt:
                    differ(f"{t}.{c['name']}: the next id is {nxt} in SQLite, "
                           f"{pg_next[(t, c['name'])]} on PostgreSQL")
    return seeded


# ---------------------------------------------------------------------------------------------
# The refusing triggers, exercised on both engines

SHA_A, SHA_B = "a" * 64, "b" * 64
FIXTURE = [
    "INSERT INTO releases (name, version, type, status, created_by, created_at, updated_by, "
    "updated_at) VALUES ('Frozen', '1.0.0', 'minor', 'planned', 't', 0, 't', 0), "
    "('Open', '2.0.0', 'minor', 'planned', 't', 0, 't', 0), "
    "('Other', '3.0.0', 'minor', 'planned', 't', 0, 't', 0)",
    "INSERT INTO artifacts (release_id, name, kind, sha256, created_by, created_at) VALUES "
    f"(1, 'app.tar', 'archive', '{SHA_A}', 't', 0), (2, 'app.tar', 'archive', '{SHA_B}', 't', 0)",
    "INSERT INTO artifact_verifications (artifact_id, result, verified_by, verified_at) VALUES "
    "(1, 'verified', 't', 0), (2, 'verified', 't', 0)",
    "INSERT INTO artifact_freezes (release_id, stage, frozen_by, frozen_at) VALUES "
    "(1, 'Staging', 't', 0)",
    "INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, prev_hash, hash) "
    "VALUES (1, 0, 't', 'create', 'release', 1, '0', 'h1')",
    "INSERT INTO communications (template_id, template_name, template_version, kind, "
    "release_id, release_label, subject, body, sha256, issued_by, issued_at) VALUES "
    "(1, 'release-notice', 1, 'release_notice', 1, 'Frozen 1.0.0', 's', 'b', 'x', 't', 0), "
    "(1, 'release-notice', 1, 'release_notice', 2, 'Open 2.0.0', 's', 'b', 'y', 't', 0)",
    "INSERT INTO communication_recipients (communication_id, position, address) VALUES "
    "(1, 0, 'a@example.org')",
]

AUDIT_INSERT = ("INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, prev_hash, "
                "hash) VALUES (2, 1, 't', 'update', 'release', 1, 'h1', 'h2')")
COMM_INSERT = ("INSERT INTO communications (template_id, template_name, template_version, kind, "
               "release_id, release_label, subject, body, sha256, issued_by, issued_at) VALUES "
               "(1, 'release-notice', 1, 'release_notice', 3, 'Other', 's', 'b', 'z', 't', 0)")
RECIPIENT_INSERT = ("INSERT INTO communication_recipients (communication_id, position, address) "
                    "VALUES (1, 1, 'b@example.org')")
FROZEN = "the artifact set of this release is frozen: a changed artifact needs a new version"
STAYS = "a frozen artifact set stays frozen"
HISTORY = "artifact verifications are history and cannot be changed"
ARCHIVED = "an issued message is archived and cannot be changed"

# (trigger, what, setup statements, probe, the refusal message or None for allowed,
#  a query whose answer must be the same on both engines afterwards). Each runs in a transaction
# that is rolled back, on the same fixture on both engines.
CASES = [
    ("audit_log_no_update", "an entry is changed", [],
     "UPDATE audit_log SET actor = 'x' WHERE seq = 1", "the audit log is append-only", None),
    ("audit_log_no_update", "an entry is appended", [], AUDIT_INSERT, None,
     "SELECT count(*) FROM audit_log"),
    ("audit_log_no_delete", "an entry is removed", [],
     "DELETE FROM audit_log WHERE seq = 1", "the audit log is append-only", None),
    ("audit_log_no_delete", "a removal that matches no entry", [],
     "DELETE FROM audit_log WHERE seq = 99", None, "SELECT count(*) FROM audit_log"),
    ("comm_template_versions_no_update", "a saved version is edited", [],
     "UPDATE comm_template_versions SET subject = 'x' WHERE template_id = 1 AND version = 1",
     "a template version is never changed; save a new version", None),
    ("comm_template_versions_no_update", "a new version is saved", [],
     "INSERT INTO comm_template_versions (template_id, version, subject, body, created_by, "
     "created_at) VALUES (1, 2, 's', 'b', 't', 0)", None,
     "SELECT count(*) FROM comm_template_versions"),
    ("comm_template_versions_no_update", "a template goes with its versions", [],
     "DELETE FROM comm_templates WHERE id = 5", None,
     "SELECT count(*) FROM comm_template_versions"),
    ("communications_no_update", "an issued message is edited", [],
     "UPDATE communications SET subject = 'x' WHERE id = 2", ARCHIVED, None),
    ("communications_no_update", "a message is issued", [], COMM_INSERT, None,
     "SELECT count(*) FROM communications"),
    ("communications_no_delete", "an issued message is removed", [],
     "DELETE FROM communications WHERE id = 2",
     "an issued message is archived and cannot be removed", None),
    ("communications_no_delete", "a message is issued", [], COMM_INSERT, None,
     "SELECT count(*) FROM communications"),
    ("communication_recipients_no_update", "a recipient is edited", [],
     "UPDATE communication_recipients SET address = 'x' WHERE communication_id = 1", ARCHIVED,
     None),
    ("communication_recipients_no_update", "a recipient is added", [], RECIPIENT_INSERT, None,
     "SELECT count(*) FROM communication_recipients"),
    ("communication_recipients_no_delete", "a recipient is removed", [],
     "DELETE FROM communication_recipients WHERE communication_id = 1", ARCHIVED, None),
    ("communication_recipients_no_delete", "a recipient is added", [], RECIPIENT_INSERT, None,
     "SELECT count(*) FROM communication_recipients"),
    ("artifacts_frozen_no_insert", "an artifact is added to a frozen release", [],
     "INSERT INTO artifacts (release_id, name, kind, sha256, created_by, created_at) VALUES "
     f"(1, 'new.tar', 'archive', '{SHA_B}', 't', 0)", FROZEN, None),
    ("artifacts_frozen_no_insert", "an artifact is added to an open release", [],
     "INSERT INTO artifacts (release_id, name, kind, sha256, created_by, created_at) VALUES "
     f"(2, 'new.tar', 'archive', '{SHA_B}', 't', 0)", None,
     "SELECT count(*) FROM artifacts WHERE release_id = 2"),
    ("artifacts_frozen_no_replace", "a row takes a frozen artifact's id", [],
     "INSERT INTO artifacts (id, release_id, name, kind, sha256, created_by, created_at) VALUES "
     f"(1, 3, 'other.tar', 'archive', '{SHA_B}', 't', 0)", FROZEN, None),
    ("artifacts_frozen_no_replace", "an artifact is added to another open release", [],
     "INSERT INTO artifacts (release_id, name, kind, sha256, created_by, created_at) VALUES "
     f"(3, 'app.tar', 'archive', '{SHA_B}', 't', 0)", None,
     "SELECT count(*) FROM artifacts WHERE release_id = 3"),
    ("artifacts_frozen_no_update", "a frozen artifact is edited", [],
     "UPDATE artifacts SET location = 'x' WHERE id = 1", FROZEN, None),
    ("artifacts_frozen_no_update", "an artifact is moved into a frozen release", [],
     "UPDATE artifacts SET release_id = 1, name = 'moved.tar' WHERE id = 2", FROZEN, None),
    ("artifacts_frozen_no_update", "an open release's artifact is edited", [],
     "UPDATE artifacts SET location = 'x' WHERE id = 2", None,
     "SELECT location FROM artifacts WHERE id = 2"),
    ("artifacts_frozen_no_delete", "a frozen artifact is removed", [],
     "DELETE FROM artifacts WHERE id = 1", FROZEN, None),
    ("artifacts_frozen_no_delete", "a frozen release is deleted with its artifacts", [],
     "DELETE FROM releases WHERE id = 1", None,
     "SELECT (SELECT count(*) FROM artifacts) * 100 + (SELECT count(*) FROM artifact_freezes) "
     "* 10 + (SELECT count(*) FROM artifact_verifications)"),
    ("artifacts_frozen_no_delete", "an open release's artifact is removed", [],
     "DELETE FROM artifacts WHERE id = 2", None,
     "SELECT count(*) FROM artifact_verifications"),
    ("artifact_freezes_no_replace", "a frozen release is frozen again", [],
     "INSERT INTO artifact_freezes (release_id, stage, frozen_by, frozen_at) VALUES "
     "(1, 'Production', 't', 1)", STAYS, None),
    ("artifact_freezes_no_replace", "an open release is frozen", [],
     "INSERT INTO artifact_freezes (release_id, stage, frozen_by, frozen_at) VALUES "
     "(2, 'Staging', 't', 1)", None, "SELECT count(*) FROM artifact_freezes"),
    ("artifact_freezes_no_update", "a freeze is edited", [],
     "UPDATE artifact_freezes SET stage = 'x' WHERE release_id = 1", STAYS, None),
    ("artifact_freezes_no_update", "an open release is frozen", [],
     "INSERT INTO artifact_freezes (release_id, stage, frozen_by, frozen_at) VALUES "
     "(3, 'Staging', 't', 1)", None, "SELECT count(*) FROM artifact_freezes"),
    ("artifacts_frozen_no_update", "a release is frozen, then its artifact is edited",
     ["INSERT INTO artifact_freezes (release_id, stage, frozen_by, frozen_at) VALUES "
      "(2, 'Staging', 't', 1)"],
     "UPDATE artifacts SET location = 'x' WHERE id = 2", FROZEN, None),
    ("artifact_freezes_no_delete", "a freeze is lifted", [],
     "DELETE FROM artifact_freezes WHERE release_id = 1", STAYS, None),
    ("artifact_freezes_no_delete", "the frozen release itself is deleted", [],
     "DELETE FROM releases WHERE id = 1", None, "SELECT count(*) FROM artifact_freezes"),
    ("artifact_verifications_no_update", "a verification is edited", [],
     "UPDATE artifact_verifications SET detail = 'x' WHERE id = 2", HISTORY, None),
    ("artifact_verifications_no_update", "a verification is added", [],
     "INSERT INTO artifact_verifications (artifact_id, result, verified_by, verified_at) "
     "VALUES (2, 'missing_file', 't', 1)", None,
     "SELECT count(*) FROM artifact_verifications"),
    ("artifact_verifications_no_replace", "a row takes a verification's id", [],
     "INSERT INTO artifact_verifications (id, artifact_id, result, verified_by, verified_at) "
     "VALUES (2, 2, 'missing_file', 't', 1)", HISTORY, None),
    ("artifact_verifications_no_replace", "a verification is added", [],
     "INSERT INTO artifact_verifications (artifact_id, result, verified_by, verified_at) "
     "VALUES (1, 'verified', 't', 1)", None, "SELECT count(*) FROM artifact_verifications"),
    ("artifact_verifications_no_delete", "a verification is removed", [],
     "DELETE FROM artifact_verifications WHERE id = 2", HISTORY, None),
    ("artifact_verifications_no_delete", "an open release's artifact goes with them", [],
     "DELETE FROM artifacts WHERE id = 2", None,
     "SELECT count(*) FROM artifact_verifications"),
]


# The CHECK constraints whose SQLite form used GLOB, rewritten as regular expressions.
CHECK = "a CHECK constraint"
GATE = ("INSERT INTO release_gates (release_id, name, created_by, created_at, updated_by, "
        "updated_at) VALUES (2, 'Gate', 't', 0, 't', 0)")
CRITERION = ("INSERT INTO gate_criteria (gate_id, name, kind, updated_by, updated_at) "
             "SELECT id, 'Tests', 'manual', 't', 0 FROM release_gates WHERE name = 'Gate'")
EVIDENCE = ("INSERT INTO gate_evidence_digests (criterion_id, sha256) SELECT id, '{}' "
            "FROM gate_criteria WHERE name = 'Tests'")
ASSUMPTION = ("INSERT INTO release_assumptions (release_id, statement, due_date, created_by, "
              "created_at, updated_by, updated_at) VALUES (2, 'It holds', {}, 't', 0, 't', 0)")
DEPLOYMENT = [
    "INSERT INTO environments (name, kind, created_by, created_at, updated_by, updated_at) "
    "VALUES ('Production', 'prod', 't', 0, 't', 0)",
    "INSERT INTO deployments (release_id, environment_id, outcome, deployed_by, deployed_at, "
    "created_by, created_at) SELECT 2, id, 'succeeded', 't', 0, 't', 0 FROM environments"]
DIGEST = ("INSERT INTO deployment_digests (deployment_id, sha256) SELECT id, '{}' "
          "FROM deployments")
CASES += [
    ("check release_assumptions.due_date", "a date that is not YYYY-MM-DD", [],
     ASSUMPTION.format("'2024-1-05'"), CHECK, None),
    ("check release_assumptions.due_date", "a date with text after it", [],
     ASSUMPTION.format("'2024-01-05x'"), CHECK, None),
    ("check release_assumptions.due_date", "an ISO date", [],
     ASSUMPTION.format("'2024-01-05'"), None, "SELECT count(*) FROM release_assumptions"),
    ("check release_assumptions.due_date", "no date", [],
     ASSUMPTION.format("NULL"), None, "SELECT count(*) FROM release_assumptions"),
    ("check gate_evidence_digests.sha256", "upper-case hex", [GATE, CRITERION],
     EVIDENCE.format("A" * 64), CHECK, None),
    ("check gate_evidence_digests.sha256", "lower-case hex", [GATE, CRITERION],
     EVIDENCE.format("a" * 64), None, "SELECT count(*) FROM gate_evidence_digests"),
    ("check deployment_digests.sha256", "a letter that is not hex", DEPLOYMENT,
     DIGEST.format("g" * 64), CHECK, None),
    ("check deployment_digests.sha256", "one character short", DEPLOYMENT,
     DIGEST.format("a" * 63), CHECK, None),
    ("check deployment_digests.sha256", "lower-case hex", DEPLOYMENT,
     DIGEST.format("0123456789abcdef" * 4), None, "SELECT count(*) FROM deployment_digests"),
]


def run_sqlite_case(db, setup, probe, after):
    db.execute("BEGIN")
    try:
        for sql in setup:
            db.execute(sql)
        try:
            db.execute(probe)
            refused = None
        except sqlite3.Error as e:
            refused = str(e)
        answer = db.execute(after).fetchone()[0] if after and refused is None else None
        return refused, None, answer
    finally:
        db.execute("ROLLBACK")


def run_pg_case(cluster, database, setup, probe, after):
    lines = ["\\set VERBOSITY verbose", "BEGIN;"] + [s + ";" for s in setup]
    lines += ["\\echo @probe", probe + ";", "\\echo @after"]
    if after:
        lines.append(f"SELECT 'answer=' || ({after})::text;")
    lines.append("ROLLBACK;")
    done = cluster.psql(database, ["-At"], stdin="\n".join(lines) + "\n")
    out = done.stdout.splitlines()
    if "@probe" not in out:
        raise RuntimeError("the case's setup failed on PostgreSQL: " + done.stderr.strip())
    if "@after" in out:
        answers = [line[len("answer="):] for line in out if line.startswith("answer=")]
        if done.returncode != 0:
            raise RuntimeError("the case's check failed on PostgreSQL: " + done.stderr.strip())
        return None, None, answers[0] if answers else None
    m = re.search(r"ERROR:\s+([0-9A-Z]{5}): (.*)", done.stderr)
    if not m:
        raise RuntimeError("PostgreSQL refused without a message: " + done.stderr.strip())
    return m.group(2).strip(), m.group(1), None


def exercise_triggers(db, cluster, database, lite):
    db.execute("BEGIN")
    for sql in FIXTURE:
        db.execute(sql)
    db.execute("COMMIT")
    done = cluster.psql(database, [], stdin="BEGIN;\n" + ";\n".join(FIXTURE) + ";\nCOMMIT;\n")
    if done.returncode != 0:
        raise RuntimeError("the trigger fixture failed on PostgreSQL: " + done.stderr.strip())
    covered = {}
    for trigger, what, setup, probe, message, after in CASES:
        lite_refused, _, lite_answer = run_sqlite_case(db, setup, probe, after)
        pg_refused, state, pg_answer = run_pg_case(cluster, database, setup, probe, after)
        label = f"{trigger}, {what}" if trigger.startswith("check ") else \
            f"trigger {trigger}, {what}"
        covered.setdefault(trigger, set()).add(message is not None)
        for engine, refused in (("SQLite", lite_refused), ("PostgreSQL", pg_refused)):
            if message is None and refused is not None:
                differ(f"{label}: {engine} refused it ({refused}); it should be allowed")
            elif message == CHECK:
                said = {"SQLite": "CHECK constraint failed", "PostgreSQL": "check constraint"}
                if refused is None or said[engine] not in refused:
                    differ(f"{label}: {engine} said {refused!r}, expected {message}")
            elif message is not None and refused != message:
                differ(f"{label}: {engine} said {refused!r}, expected {message!r}")
        if pg_refused is not None and state != "23514":
            differ(f"{label}: PostgreSQL refused with SQLSTATE {state}, expected 23514")
        if after and str(normal_value(lite_answer)) != str(pg_answer):
            differ(f"{label}: afterwards `{after}` gives {lite_answer!r} in SQLite, "
                   f"{pg_answer!r} on PostgreSQL")
    for table in lite.values():
        for name, _, _ in table["triggers"]:
            if covered.get(name) != {True, False}:
                differ(f"trigger {name}: no refused and allowed case of its own")
    return len(CASES)


# ---------------------------------------------------------------------------------------------

def on_signal(number, _frame):
    raise SystemExit(128 + number)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=os.path.normpath(os.path.join(here, "..", "..")))
    args = parser.parse_args()
    if not os.path.exists("/usr/lib/postgresql/15/bin/initdb"):
        print("skipped: PostgreSQL 15 not installed")
        return 0
    baselines = sorted(glob.glob(os.path.join(args.source, "resources", "migrations", "pg",
                                              "[0-9][0-9][0-9][0-9]_baseline.pg.sql")))
    if not baselines:
        print("no resources/migrations/pg/NNNN_baseline.pg.sql")
        return 1
    baseline = baselines[-1]
    version = int(os.path.basename(baseline)[:4])
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, on_signal)

    db = build_sqlite(args.source, version)
    lite = sqlite_catalogue(db)
    cluster = Cluster()
    try:
        cluster.start()
        made = cluster.psql("postgres", ["-c", "CREATE DATABASE slipway"])
        if made.returncode != 0:
            raise RuntimeError("CREATE DATABASE: " + made.stderr.strip())
        ran = cluster.psql("slipway", ["-1", "-f", baseline])
        if ran.returncode != 0:
            print(f"{os.path.basename(baseline)} does not run on PostgreSQL: "
                  + ran.stderr.strip().replace("\n", " | "))
            return 1
        pg = pg_catalogue(cluster, "slipway")
        compare_structure(lite, pg)
        seeded = compare_rows(db, cluster, "slipway", lite)
        cases = exercise_triggers(db, cluster, "slipway", lite)
    except RuntimeError as e:
        print(f"error: {e}")
        return 1
    finally:
        cluster.stop()
    indexes = sum(len(t["indexes"]) + len(t["unique"]) for t in lite.values())
    triggers = sum(len(t["triggers"]) for t in lite.values())
    print(f"checked {os.path.basename(baseline)} against schema {version}: {len(lite)} tables, "
          f"{indexes} indexes besides primary keys, {triggers} triggers ({cases} cases on both "
          f"engines), default rows in {', '.join(seeded) or 'no table'}")
    if differences:
        print(f"{len(differences)} difference(s)")
        return 1
    print("no differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
