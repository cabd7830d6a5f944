#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Portable SQL in models/: the C++ under models/ speaks SQL both SQLite and PostgreSQL accept,
except in the few files that legitimately speak SQLite itself (listed below, each with its
reason). Outside them this check refuses, in string literals, `INSERT OR ...` (use
`ON CONFLICT ... DO NOTHING` or `DO UPDATE`), `COLLATE NOCASE` (use lower()), `sqlite_master`
and `sqlite_schema`, `PRAGMA` and the `pragma_*()` table functions; and, in code,
`lastInsertId()` or `sqlite3_last_insert_rowid` (use `RETURNING id`, sql::insertReturningId).
Prints what it checked; exits 1 naming every file:line that breaks the rule."""
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
        "sqlite_master",
}

# Checked in the text of string literals, joined as the compiler joins adjacent ones.
IN_SQL = [
    (re.compile(r"\bINSERT\s+OR\s+\w+", re.I), "INSERT OR …: use INSERT … ON CONFLICT"),
    (re.compile(r"(?<![Oo][Rr] )\bREPLACE\s+INTO\b", re.I), "REPLACE INTO: use INSERT … ON CONFLICT DO UPDATE"),
    (re.compile(r"\bCOLLATE\s+NOCASE\b", re.I), "COLLATE NOCASE: compare lower() values"),
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
        text = f.read()
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    root = parser.parse_args().source
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
