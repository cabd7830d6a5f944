#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Portable SQL in models/: the C++ under models/ speaks SQL both SQLite and PostgreSQL accept,
except in the few files that legitimately speak SQLite itself (listed below, each with its
reason). Outside them this check refuses, in string literals, `INSERT OR ...` (use
`ON CONFLICT ... DO NOTHING` or `DO UPDATE`), `COLLATE NOCASE` (use lower()), `instr()` (SQLite's;
PostgreSQL has strpos(): compare replace(text, key, '') with text, or LIKE with escaped
wildcards where case does not matter), ids handed out as `max(id) + 1` (a server races on
them: let the engine number the row and read it back with RETURNING id, or reserve ids in
the repository), `sqlite_master` and `sqlite_schema`, `PRAGMA` and the `pragma_*()` table
functions; and, in code, `lastInsertId()` or `sqlite3_last_insert_rowid` (use `RETURNING id`,
sql::insertReturningId). Prints what it checked; exits 1 naming every file:line that breaks
the rule. Every run first tries the rules on examples that must and must not be refused
(`--self-test` does only that)."""
import argparse
import os
import re
import sys

# Files that speak SQLite on purpose. Each needs a PostgreSQL counterpart of its own rather than
# a portable statement, so the rule does not apply to them.
ALLOWED = {
    "models/storage/Database.cpp":
        "opens and configures the SQLite file: pragmas, user_version, sqlite_schema, data_version",
    "models/storage/BulkWriter.cpp":
        "the demo loader on the raw sqlite3 API, with journal pragmas and explicit ids",
    "models/storage/BulkJournal.cpp":
        "switches the SQLite journal between WAL and DELETE around big imports",
    "models/storage/CacheBudget.cpp":
        "sets SQLite's page cache size for the length of a bulk job",
    "models/storage/ChecksAlreadyDone.h":
        "turns SQLite's CHECK constraints off for rows a bulk import has checked already",
    "models/storage/IntegrityChecker.cpp":
        "SQLite's quick_check, integrity_check and foreign_key_check",
    "models/storage/AuditProtection.cpp":
        "compares the file's triggers in sqlite_master with the ones the migrations create",
    "models/storage/ChangeCapture.cpp":
        "import undo through SQLite's session extension; reads pragma_table_info",
    "models/storage/ScopeRepository.cpp":
        "the bulk scope import on the raw sqlite3 API: drops and rebuilds an index read from "
        "sqlite_master, reserves ids after max(id) under the write lock",
    "models/storage/MoveCatalog.cpp":
        "a move reads a file's tables, columns and foreign keys from sqlite_master and its "
        "pragmas (pg_catalog on a server, beside it)",
    "models/storage/MoveTarget.cpp":
        "a move into a file drops and re-creates its triggers from sqlite_master and defers "
        "foreign keys (replica mode or DISABLE TRIGGER on a server, beside it)",
}

# Checked in the text of string literals, joined as the compiler joins adjacent ones.
IN_SQL = [
    (re.compile(r"\bINSERT\s+OR\s+\w+", re.I), "INSERT OR …: use INSERT … ON CONFLICT"),
    (re.compile(r"(?<![Oo][Rr] )\bREPLACE\s+INTO\b", re.I), "REPLACE INTO: use INSERT … ON CONFLICT DO UPDATE"),
    (re.compile(r"\bCOLLATE\s+NOCASE\b", re.I), "COLLATE NOCASE: compare lower() values"),
    (re.compile(r"\binstr\s*\(", re.I),
     "instr(): SQLite's own; compare replace(text, key, '') with text"),
    # max(id) + 1, coalesce(max(id), 0) + 1, coalesce(max(t.id) + 1, 1): ids counted by hand
    (re.compile(r"\bmax\s*\(\s*(?:\w+\.)?(?:id|\w+_id|rowid|seq)\s*\)\s*"
                r"(?:,\s*\d+\s*\)\s*)?\+\s*1\b", re.I),
     "max(id) + 1: let the engine number the row (RETURNING id) or reserve ids"),
    (re.compile(r"\bsqlite_(master|schema|temp_master|temp_schema)\b", re.I),
     "SQLite's catalogue table"),
    (re.compile(r"\bPRAGMA\b|\bpragma_\w+\s*\(", re.I), "a PRAGMA"),
]
# Checked in code, comments removed.
IN_CODE = [
    (re.compile(r"\blastInsertId\s*\("), "lastInsertId(): use RETURNING id"),
    (re.compile(r"\bsqlite3_last_insert_rowid\b"), "sqlite3_last_insert_rowid: use RETURNING id"),
]

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def split(text):
    """Answers (code without comments or literals, [(offset in code, literal text)])."""
    code = []
    literals = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            # keep the line count: a comment's newlines stay
            chunk = text[i:n if end < 0 else end + 2]
            code.append("\n" * chunk.count("\n"))
            i = n if end < 0 else end + 2
        elif c == '"':
            m = LITERAL.match(text, i)
            if not m:
                code.append(c)
                i += 1
                continue
            literals.append((len("".join(code)), m.group(1)))
            code.append('""')
            i = m.end()
        elif c == "'":
            end = i + 1
            while end < n and text[end] != "'":
                end += 2 if text[end] == "\\" else 1
            code.append(text[i:end + 1])
            i = end + 1
        else:
            code.append(c)
            i += 1
    return "".join(code), literals


def check(path, rel, flag):
    with open(path, encoding="utf-8") as f:
        check_text(f.read(), rel, flag)


def check_text(text, rel, flag):
    code, literals = split(text)
    for pattern, why in IN_CODE:
        for m in pattern.finditer(code):
            flag(rel, code.count("\n", 0, m.start()) + 1, why)
    # Literals in one run (only whitespace between them) are one statement.
    runs = []
    for offset, body in literals:
        if runs and code[runs[-1][1]:offset].strip() == "":
            runs[-1][2].append(body)
            runs[-1][1] = offset + 2
        else:
            runs.append([offset, offset + 2, [body]])
    for start, _, bodies in runs:
        sql = "".join(bodies)
        for pattern, why in IN_SQL:
            if pattern.search(sql):
                flag(rel, code.count("\n", 0, start) + 1, why)


# (C++ text, whether the rules refuse it): run by --self-test, so a rule that stops matching
# what it is meant to, or starts matching portable SQL, fails the structure test.
EXAMPLES = [
    ('q.exec("INSERT OR IGNORE INTO t (a) VALUES (?)");', True),
    ('q.exec("INSERT INTO t (a) VALUES (?) "\n "ON CONFLICT DO NOTHING");', False),
    ('q.exec("SELECT name FROM people ORDER BY name COLLATE NOCASE");', True),
    ('q.exec("SELECT name FROM people ORDER BY lower(name)");', False),
    ('q.exec("SELECT 1 FROM audit_log WHERE instr(after_json, ?) > 0");', True),
    ('q.exec("SELECT 1 FROM audit_log WHERE INSTR (after_json, ?)");', True),
    ('q.exec("SELECT 1 FROM t WHERE replace(after_json, ?, \'\') <> after_json");', False),
    ('q.exec("SELECT coalesce(max(id), 0) + 1 FROM scope_items");', True),
    ('q.exec("SELECT max(id)+1 FROM releases");', True),
    ('q.exec("SELECT COALESCE(MAX(s.id) + 1, 1) FROM scope_items s");', True),
    ('q.exec("SELECT max(seq) + 1 FROM audit_log");', True),
    ('q.exec("SELECT coalesce(max(position) + 1, 0) FROM gates");', False),
    ('q.exec("SELECT max(id) FROM artifact_verifications WHERE artifact_id = ?");', False),
    ('q.exec("UPDATE t SET row_version = row_version + 1 WHERE id = ?");', False),
    ('auto id = q.lastInsertId();', True),
    ('// q.lastInsertId() was wrong after an explicit id', False),
    ('q.exec("PRAGMA foreign_keys = ON");', True),
    ('q.exec("SELECT sql FROM sqlite_master WHERE name = ?");', True),
]


def self_test():
    failures = []
    for text, refused in EXAMPLES:
        found = []
        check_text(text, "example.cpp", lambda rel, number, why: found.append(why))
        if bool(found) != refused:
            failures.append(f"{'not refused' if refused else 'refused'}: {text} {found}")
    print(f"self-test: {len(EXAMPLES)} examples, {len(failures)} wrong")
    for f in failures:
        print("  " + f)
    return 1 if failures else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    # The rules are tried on their examples first, every run: a rule that no longer matches
    # what it should would otherwise pass every tree.
    failed = self_test()
    if failed or args.self_test:
        return failed
    if not args.source:
        parser.error("--source is required")
    root = args.source
    problems = []
    checked = 0
    used = set()

    def flag(rel, number, why):
        if rel in ALLOWED:
            used.add(rel)
        else:
            problems.append(f"{rel}:{number}: {why}")

    for base, _, names in os.walk(os.path.join(root, "models")):
        for name in sorted(names):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(base, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            checked += 1
            check(path, rel, flag)

    print(f"checked {checked} files under models/ for SQLite-only SQL "
          f"({len(ALLOWED)} files allowed to speak SQLite)")
    for rel in sorted(set(ALLOWED) - used):
        print(f"note: {rel} is allowed SQLite-only SQL but uses none; "
              "take it off the list in tests/structure/check_portable_sql.py")
    if problems:
        print("SQL that PostgreSQL refuses, outside the files allowed to speak SQLite:")
        for p in sorted(problems, key=lambda p: (p.split(":")[0], int(p.split(":")[1]))):
            print("  " + p)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
