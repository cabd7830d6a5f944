#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 at random moments during imports, edits and migrations, N cycles. After each:
`check` and `audit verify` pass, and each import is wholly there or wholly absent.

Every cycle copies a prepared file, starts one writing command on it, sends SIGKILL after a
random delay drawn from that command's uninterrupted duration, then:
  1. copies the file with its -wal/-journal aside and lets SQLite recover the copy, so the
     state the kill left is seen before Slipway touches the file again;
  2. requires that state to be one the command can leave when it is not killed (the file as
     it was, or as a whole run leaves it; for a migration also "upgraded, not yet imported");
  3. runs `check --json` and `audit verify --json` on the file itself, which must report
     the same findings as a file in that state that was never killed;
  4. counts the rows again read-only (file:F?mode=ro) and compares.
Runs on a local (WAL) file and on one opened with --shared (rollback journal).

Environment: SLIPWAY_CRASH_CYCLES (cycles per mode, default 60), SLIPWAY_CRASH_ROWS (rows
of the big scope import, default 20000), SLIPWAY_CRASH_EVENTS (VEVENTs, default 300),
SLIPWAY_CRASH_SECONDS (time budget for the cycles of both modes, default 150),
SLIPWAY_CRASH_SEED (random seed; printed so a failing run can be repeated).
"""
import csv
import glob
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability import Tally, arguments, make_demo, run, write_calendar  # noqa: E402

CYCLES = int(os.environ.get("SLIPWAY_CRASH_CYCLES", "60"))
ROWS = int(os.environ.get("SLIPWAY_CRASH_ROWS", "20000"))
EVENTS = int(os.environ.get("SLIPWAY_CRASH_EVENTS", "300"))
BUDGET = float(os.environ.get("SLIPWAY_CRASH_SECONDS", "150"))
SEED = int(os.environ.get("SLIPWAY_CRASH_SEED", str(random.randrange(1 << 30))))

# What identifies a state of the file: row counts of everything the commands write, the
# schema version and whether schema 12's column is there. None where a table does not exist
# yet (older schemas).
PROBES = {
    "user_version": "PRAGMA user_version",
    "board_rank": "SELECT count(*) FROM pragma_table_info('scope_items') WHERE name = 'board_rank'",
    "teams": "SELECT count(*) FROM teams",
    "scope_items": "SELECT count(*) FROM scope_items",
    "imported_scope": "SELECT count(*) FROM scope_items WHERE external_key LIKE 'CRASH-%'",
    "blackouts": "SELECT count(*) FROM blackouts",
    "imported_blackouts": "SELECT count(*) FROM blackouts WHERE ical_uid LIKE 'crash-%'",
    "audit_log": "SELECT count(*) FROM audit_log",
    "communications": "SELECT count(*) FROM communications",
    "recipients": "SELECT count(*) FROM communication_recipients",
    "acknowledgements": "SELECT count(*) FROM acknowledgements",
    "gate_evidence": "SELECT count(*) FROM gate_criteria WHERE evidence_sha256 <> ''",
    "gate_findings": "SELECT count(*) FROM gate_findings",
}


def signature(conn):
    state = {}
    for name, sql in PROBES.items():
        try:
            state[name] = conn.execute(sql).fetchone()[0]
        except sqlite3.Error:
            state[name] = None
    return state


def read_only_signature(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return signature(conn)
    except sqlite3.Error as e:  # e.g. a hot journal, which a read-only reader cannot undo
        return {"unreadable read-only": str(e)}
    finally:
        conn.close()


def side_files(path):
    return [path + suffix for suffix in ("-wal", "-shm", "-journal")]


def hot_journal(path):
    """A rollback journal SQLite must play back: it starts with the journal magic (a
    finished transaction leaves none, or one with a zeroed header)."""
    try:
        with open(path + "-journal", "rb") as f:
            return f.read(8) == bytes.fromhex("d9d505f920a163d7")
    except OSError:
        return False


def remove_file_set(path):
    for p in [path, *side_files(path), *glob.glob(glob.escape(path) + ".schema*.bak*")]:
        if os.path.exists(p):
            os.remove(p)


def recovered_signature(path, scratch):
    """The state a kill left: the file and its journal copied aside (never the -shm, which
    is rebuilt) and opened read-write there, so SQLite replays or rolls back the journal
    on the copy exactly as the next program to open the file would."""
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    copy = os.path.join(scratch, os.path.basename(path))
    for src in (path, path + "-wal", path + "-journal"):
        if os.path.exists(src):
            shutil.copyfile(src, copy + src[len(path):])
    conn = sqlite3.connect(copy)
    try:
        state = signature(conn)
        state_ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    return state, state_ok


def check_report(binary, db, shared):
    """(rc, parsed --json or None, stderr) of `check`."""
    r = run(binary, "check", "--db", db, "--json", *shared, timeout=180)
    try:
        report = json.loads(r.stdout) if r.stdout.strip() else None
    except ValueError:
        report = None
    return r.returncode, report, r.stderr.strip()


def findings(report):
    """What `check` found, reduced to what must not differ between a killed and a clean run."""
    if not report:
        return None
    conflicts = report.get("conflicts", {})
    return (report["integrity"]["ok"], report["foreign_keys"]["ok"], report["audit_chain"]["ok"],
            conflicts.get("count"), conflicts.get("errors"))


# ---------------------------------------------------------------- inputs and base files

def write_scope_csv(path, rows):
    # Jira Cloud's export columns; CRLF as Jira writes it.
    kinds = ["Story", "Bug", "Task", "Improvement"]
    priorities = ["High", "Medium", "Low", "Highest"]
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority",
                    "Reporter", "Custom field (Story Points)", "Labels", "Description",
                    "Status Category"])
        for i in range(1, rows + 1):
            w.writerow([f"Crash test item {i}, \"quoted\"", f"CRASH-{i}", 900000 + i,
                        kinds[i % 4], "To Do", priorities[i % 4], "Crash Tester", i % 13,
                        "reliability", f"Line one of {i}\nline two", "To Do"])


def write_ics(path, events, prefix, year):
    write_calendar(path, [f"{prefix}-{i}@reliability.test" for i in range(events)],
                   "Crash blackout", year, hours=(1, 5), product="crash")

def old_schema_from_demo(demo, target):
    """A data-rich schema-8 file: the demo without what migrations 0012 to 0016 add."""
    shutil.copyfile(demo, target)
    conn = sqlite3.connect(target)
    # Children first: their triggers and foreign keys go with them.
    for table in ("release_control_records", "regulatory_controls", "release_tags",
                  "corrective_actions", "cmdb_records", "closure_checklist", "review_actions",
                  "post_reviews", "incidents", "feedback_entries", "metric_verdicts",
                  "metric_samples", "service_metrics", "validation_results", "validation_checks",
                  "runbook_decisions", "runbook_trigger_firings", "runbook_step_events",
                  "runbook_runs", "runbook_triggers", "migration_rehearsals", "runbook_steps",
                  "runbooks", "pins", "gate_evidence_digests", "deployment_digests",
                  "config_items", "component_dependencies", "release_components",
                  "artifact_verifications", "artifact_freezes", "artifacts", "signing_keys"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE release_success_metrics DROP COLUMN source_stat")
    conn.execute("ALTER TABLE release_success_metrics DROP COLUMN source_metric")
    conn.execute("ALTER TABLE scope_items DROP COLUMN board_rank")
    # Products (0017): the index first, then the columns it and the back-fill use.
    conn.execute("DROP INDEX releases_product_version")
    conn.execute("ALTER TABLE releases DROP COLUMN product_id")
    conn.execute("ALTER TABLE services DROP COLUMN version_scheme")
    conn.execute("DROP INDEX releases_status")  # 0023
    conn.execute("DROP TABLE deployments")
    conn.execute("DROP TABLE lifecycle_overrides")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.close()


def old_schema_from_migrations(source, target, upto):
    """A file as Slipway schema `upto` wrote it: the shipped migrations up to that number,
    one team in it as its data."""
    conn = sqlite3.connect(target)
    for sql in sorted(glob.glob(os.path.join(source, "resources", "migrations", "*.sql"))):
        if int(os.path.basename(sql)[:4]) <= upto:
            with open(sql, encoding="utf-8") as f:
                conn.executescript(f.read())
    conn.execute("INSERT INTO teams (name, created_by, created_at, updated_by, updated_at) "
                 "VALUES ('Old schema team', 'tester', 0, 'tester', 0)")
    conn.execute(f"PRAGMA user_version = {upto}")
    conn.commit()
    conn.close()


class Operation:
    """One writing command (its subcommand words and options, --db added), the file it
    starts from and the states it may leave: label -> (row signature, check findings)."""

    def __init__(self, name, base, words, options, ok_codes=(0,), migrates=False):
        self.name, self.base, self.words, self.options = name, base, words, options
        self.ok_codes, self.migrates = ok_codes, migrates
        self.duration = 0.0
        self.states = {}


def main():
    args = arguments(__doc__.splitlines()[0])
    tally = Tally("crash")
    rng = random.Random(SEED)
    binary, work = args.binary, args.work
    print(f"seed {SEED}; {CYCLES} cycles per mode, {ROWS} scope rows, {EVENTS} events, "
          f"budget {BUDGET:.0f} s", flush=True)

    # The demo, and what the edits need from it.
    demo = make_demo(binary, work, tally)
    releases_csv = os.path.join(work, "releases.csv")
    r = run(binary, "export", "csv", "--db", demo, "--table", "releases", "--out", releases_csv)
    tally.check(r.returncode == 0, f"export releases: rc {r.returncode} {r.stderr.strip()}")
    with open(releases_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    planned = [row for row in rows if row.get("status", "").lower() == "planned"] or rows
    version = planned[0]["version"]
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    notice_release = conn.execute("SELECT release_id FROM known_issues LIMIT 1").fetchone()[0]
    gate_release = conn.execute(
        "SELECT g.release_id FROM gate_criteria c JOIN release_gates g ON g.id = c.gate_id "
        "WHERE c.name = 'Unit tests' ORDER BY g.release_id LIMIT 1").fetchone()[0]
    conn.close()

    # An issued message to acknowledge, in every base file.
    r = run(binary, "render", "--db", demo, "--release", str(notice_release), "--template",
            "release-notice", "--format", "md", "--out", os.path.join(work, "issued.md"),
            "--list", "Operations", "--issue")
    tally.check(r.returncode == 0, f"render --issue on the base: rc {r.returncode} "
                                   f"{r.stderr.strip()}")
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    message = conn.execute("SELECT max(id) FROM communications").fetchone()[0]
    addresses = [a for (a,) in conn.execute(
        "SELECT address FROM communication_recipients WHERE communication_id = ?", (message,))]
    conn.close()

    inputs = os.path.join(work, "inputs")
    os.makedirs(inputs)
    scope_csv = os.path.join(inputs, "scope.csv")
    write_scope_csv(scope_csv, ROWS)
    big_ics = os.path.join(inputs, "blackouts.ics")
    write_ics(big_ics, EVENTS, "crash", 2091)
    small_ics = os.path.join(inputs, "few.ics")
    write_ics(small_ics, 5, "crash-few", 2095)
    # `check` and `audit verify` only read, and refuse a file that needs an upgrade; an
    # import of nothing is the writing command that upgrades without adding anything.
    empty_ics = os.path.join(inputs, "empty.ics")
    write_ics(empty_ics, 0, "none", 2095)
    acks = os.path.join(inputs, "acks.csv")
    with open(acks, "w", newline="", encoding="utf-8") as f:
        f.write("communication_id,address,acknowledged_at,note\r\n")
        for i, address in enumerate(addresses):
            f.write(f"{message},{address},2030-01-0{1 + i % 9}T10:00Z,crash test\r\n")
    junit = os.path.join(args.source, "tests", "data", "junit", "ctest_3.25_slipway_gates.xml")
    print(f"inputs: scope.csv {os.path.getsize(scope_csv)} bytes into release {version}, "
          f"blackouts.ics {os.path.getsize(big_ics)} bytes, acknowledgements of message "
          f"{message} ({len(addresses)} recipients)", flush=True)

    elapsed_budget_start = time.monotonic()
    for mode in ("local", "shared"):
        shared = ["--shared"] if mode == "shared" else []
        folder = os.path.join(work, mode)
        os.makedirs(folder)
        base = os.path.join(folder, "base.slipway")
        shutil.copyfile(demo, base)
        # `demo` writes a rollback-journal file; the first local writer turns it to WAL, and
        # a local file stays so. A shared one keeps the rollback journal (and is remembered).
        r = run(binary, "import", "ics", "--db", base, "--as", "blackouts", empty_ics, *shared)
        tally.check(r.returncode == 0, f"{mode}: preparing the base: {r.stderr.strip()}")
        schema8 = os.path.join(folder, "schema8.slipway")
        old_schema_from_demo(base, schema8)
        schema3 = os.path.join(folder, "schema3.slipway")
        old_schema_from_migrations(args.source, schema3, 3)

        out = os.path.join(folder, "out.md")
        ics = ["import", "ics"]
        operations = [
            Operation("import scope", base, ["import", "csv"],
                      ["--kind", "scope", "--release", version, scope_csv]),
            Operation("import ics", base, ics, ["--as", "blackouts", big_ics]),
            Operation("render --issue", base, ["render"],
                      ["--release", str(notice_release), "--template", "delay-notice",
                       "--format", "md", "--out", out, "--list", "Executives", "--reason",
                       "crash test", "--issue"]),
            # exit 1 only says the criterion fails; the evidence is stored either way
            Operation("import junit", base, ["import", "junit"],
                      ["--release", str(gate_release), "--criterion", "Unit tests", junit],
                      ok_codes=(0, 1)),
            Operation("import acknowledgements", base, ["import", "csv"],
                      ["--kind", "acknowledgements", acks]),
            Operation("migrate 8 + import ics", schema8, ics,
                      ["--as", "blackouts", small_ics], migrates=True),
            Operation("migrate 3 + import ics", schema3, ics,
                      ["--as", "blackouts", small_ics], migrates=True),
        ]
        target = os.path.join(folder, "cycle.slipway")
        scratch = os.path.join(folder, "recovered")

        def command(op):
            return [binary, *op.words, "--db", target, *op.options, *shared]

        def fresh(op):
            remove_file_set(target)
            shutil.copyfile(op.base, target)

        def checked(op, label):
            """`check` on the file as it is now; its findings are what a killed run in
            this state must also get."""
            rc, report, err = check_report(binary, target, shared)
            tally.check(report is not None and all(findings(report)[:3]),
                        f"{mode} {op.name}: check of the never-killed '{label}' state: rc {rc} "
                        f"{err}")
            return findings(report)

        def upgrade(op, what):
            r = run(binary, "import", "ics", "--db", target, "--as", "blackouts", empty_ics,
                    *shared)
            return tally.check(r.returncode == 0, f"{what}: the upgrade by an empty import: "
                                                  f"rc {r.returncode} {r.stderr.strip()}")

        # Uninterrupted runs: how long each takes, and the states a run may leave.
        usable = []
        for op in operations:
            fresh(op)
            before = read_only_signature(target)
            if op.migrates:
                op.states["old"] = (before, None)
                if not upgrade(op, f"{mode} {op.name}: upgrading the old file"):
                    continue
                op.states["upgraded"] = (read_only_signature(target), checked(op, "upgraded"))
            else:
                op.states["before"] = (before, checked(op, "before"))
            fresh(op)
            start = time.monotonic()
            p = subprocess.run(command(op), capture_output=True, text=True, errors="replace",
                               timeout=300)
            op.duration = time.monotonic() - start
            if not tally.check(p.returncode in op.ok_codes,
                               f"{mode} {op.name}: uninterrupted run rc {p.returncode} "
                               f"{p.stderr.strip()}"):
                continue
            after = read_only_signature(target)
            op.states["after"] = (after, checked(op, "after"))
            if not tally.check(after != before,
                               f"{mode} {op.name}: the uninterrupted run changed nothing"):
                continue
            usable.append(op)
            print(f"{mode}: {op.name} takes {op.duration:.2f} s uninterrupted", flush=True)

        # The kill cycles.
        figures = {"cycles": 0, "before": 0, "mid": 0, "after": 0, "finished": 0,
                   "hot_journal": 0, "backups": 0, "failures": 0}
        mode_budget = BUDGET / 2 if mode == "local" else BUDGET - (time.monotonic()
                                                                    - elapsed_budget_start)
        mode_start = time.monotonic()
        order = [usable[i % len(usable)] for i in range(CYCLES)] if usable else []
        rng.shuffle(order)
        for n, op in enumerate(order):
            if time.monotonic() - mode_start > mode_budget:
                print(f"{mode}: time budget reached after {n} cycles", flush=True)
                break
            failed_before = tally.failed
            figures["cycles"] += 1
            fresh(op)
            # Most of a short command is start-up: every other kill lands in its second
            # half, where the writing is.
            low = 0.5 if n % 2 else 0.0
            delay = rng.uniform(op.duration * low, op.duration * 1.05)
            with tempfile.TemporaryFile() as err:
                proc = subprocess.Popen(command(op), stdout=subprocess.DEVNULL, stderr=err)
                time.sleep(delay)
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                rc = proc.wait(timeout=60)
                killed = rc == -signal.SIGKILL  # it may have exited just before the signal
                err.seek(0)
                stderr = err.read().decode(errors="replace").strip()
            what = f"{mode} cycle {n} {op.name} (kill after {delay:.3f} s)"
            hot = hot_journal(target)
            journal_left = hot or (os.path.exists(target + "-wal") and
                                   os.path.getsize(target + "-wal") > 0)
            if not killed:
                figures["finished"] += 1
                tally.check(rc in op.ok_codes, f"{what}: finished with rc {rc}: {stderr}")

            # 1-2: the state the kill left must be one a whole run can leave.
            state, state_ok = recovered_signature(target, scratch)
            tally.check(state_ok, f"{what}: quick_check of the recovered copy fails")
            label = next((k for k, (s, _) in op.states.items() if s == state), None)
            if not tally.check(label is not None,
                               f"{what}: a state no uninterrupted run leaves: {state}; "
                               f"allowed: {[s for s, _ in op.states.values()]}"):
                figures["failures"] += 1
                continue
            if killed:
                if label in ("before", "old"):
                    figures["mid" if journal_left else "before"] += 1
                elif label == "upgraded":
                    figures["mid"] += 1
                else:
                    figures["after"] += 1
                figures["hot_journal"] += hot
            else:
                figures["after"] += 1
            tally.check(killed or label == "after",
                        f"{what}: finished by itself with rc {rc} but left state '{label}'")

            # A backup the killed run left must be a whole copy of the old file. It stays:
            # the next writer, started at once, has to cope with it.
            if op.migrates:
                for bak in glob.glob(glob.escape(target) + ".schema*.bak"):
                    figures["backups"] += 1
                    size = os.path.getsize(bak)
                    try:
                        bconn = sqlite3.connect(f"file:{bak}?mode=ro", uri=True)
                        whole = bconn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                        bstate = signature(bconn)
                        bconn.close()
                    except sqlite3.Error as e:
                        whole, bstate = False, f"unreadable: {e}"
                    beside = " with a -journal beside it" if os.path.exists(bak + "-journal") \
                        else ""
                    tally.check(whole and bstate == op.states["old"][0],
                                f"{what}: {os.path.basename(bak)} ({size} B{beside}) is not a "
                                f"whole copy of the old file ({bstate})")

            # 3: check and audit verify on the file itself; an old file must take its
            # upgrade from the next writer first.
            expected_label = label
            if label == "old":
                upgrade(op, what)
                expected_label = "upgraded"
            expected_state, expected_findings = op.states[expected_label]
            rc_check, report, err_check = check_report(binary, target, shared)
            tally.check(report is not None and findings(report) == expected_findings,
                        f"{what}: check rc {rc_check}, findings {findings(report)} where a "
                        f"never-killed file in state '{expected_label}' has "
                        f"{expected_findings}: {err_check}")
            r = run(binary, "audit", "verify", "--db", target, "--json", *shared, timeout=180)
            try:
                entries = json.loads(r.stdout).get("entries")
            except ValueError:
                entries = None
            tally.check(r.returncode == 0 and entries == expected_state["audit_log"],
                        f"{what}: audit verify rc {r.returncode}, {entries} entries (expected "
                        f"{expected_state['audit_log']}): {r.stderr.strip()}")
            # 4: the counts, read-only, once Slipway has opened the file again.
            after = read_only_signature(target)
            tally.check(after == expected_state,
                        f"{what}: after check the file holds {after}, expected {expected_state}")
            if tally.failed != failed_before:
                figures["failures"] += 1

        print(f"{mode}: {figures['cycles']} cycles; killed before the write "
              f"{figures['before']}, mid-write {figures['mid']} (hot rollback journal left: "
              f"{figures['hot_journal']}), after the commit or finished {figures['after']} "
              f"(finished before the kill: {figures['finished']}); migration backups left "
              f"{figures['backups']}; failed cycles {figures['failures']}", flush=True)
    tally.finish()


if __name__ == "__main__":
    main()
