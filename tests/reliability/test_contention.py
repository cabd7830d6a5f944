#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""4 processes writing to the same file, with and without --shared, while readers run.
Counts are exact, no unexplained refusal, chain intact.

Each writer runs a sequence of small imports (an .ics of blackouts or a Jira scope CSV, every
run with its own UIDs or keys) while readers loop `audit verify`, `check` and `export csv`.
Afterwards every writer run is either wholly in the file (rc 0) or wholly absent (refused
because the file was busy, which is allowed but counted and timed); any other refusal, any
failing reader, a wrong count or a broken chain fails. Phases: a local file (WAL), a shared
one (--shared, rollback journal), and a local file where one writer imports a big scope CSV
(an import of 5,000 rows or more switches to the rollback journal for a while).

Environment: SLIPWAY_CONTENTION_WRITERS (default 4), SLIPWAY_CONTENTION_READERS (2),
SLIPWAY_CONTENTION_RUNS (imports per writer and phase, default 8),
SLIPWAY_CONTENTION_BIG_ROWS (rows of the big import, default 100000),
SLIPWAY_CONTENTION_SECONDS (time budget of one phase, default 60; writers stop starting
runs after it).
"""
import csv
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability import Tally, arguments, make_demo, run, write_calendar  # noqa: E402

WRITERS = int(os.environ.get("SLIPWAY_CONTENTION_WRITERS", "4"))
READERS = int(os.environ.get("SLIPWAY_CONTENTION_READERS", "2"))
RUNS = int(os.environ.get("SLIPWAY_CONTENTION_RUNS", "8"))
BIG_ROWS = int(os.environ.get("SLIPWAY_CONTENTION_BIG_ROWS", "100000"))
PHASE_SECONDS = float(os.environ.get("SLIPWAY_CONTENTION_SECONDS", "60"))
SCOPE_ROWS = 40   # rows per small scope import
EVENTS = 5        # VEVENTs per small calendar import
# Slipway's message for SQLITE_BUSY / SQLITE_LOCKED; the only refusal contention may cause.
BUSY = re.compile(r"locked by another program|database is locked|busy", re.IGNORECASE)
# A busy refusal must come after the binary waited for the lock, not at once.
MIN_BUSY_WAIT = 1.0


def write_scope_csv(path, keys):
    # Jira Cloud's export columns, CRLF.
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Summary", "Issue key", "Issue Type", "Status", "Priority", "Reporter",
                    "Custom field (Story Points)", "Labels", "Status Category"])
        for n, key in enumerate(keys):
            w.writerow([f"Contention item {key}", key, ["Story", "Bug", "Task"][n % 3],
                        "To Do", ["High", "Medium", "Low"][n % 3], "Contention Tester",
                        n % 8, "reliability", "To Do"])


def write_ics(path, uids, year):
    # Far in the future and soft: no new conflicts, so `check` keeps its findings.
    write_calendar(path, uids, "Contention blackout", year, product="contention")

def imported(db):
    """External keys and UIDs this script imported, read-only."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        keys = [k for (k,) in conn.execute(
            "SELECT external_key FROM scope_items WHERE external_key LIKE 'CT-%'")]
        uids = [u for (u,) in conn.execute(
            "SELECT ical_uid FROM blackouts WHERE ical_uid LIKE 'ct-%'")]
        audit = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    return keys, uids, audit


def parse_check(result):
    """(integrity ok, foreign keys ok, chain ok, conflicts, conflict errors) from `check
    --json`, and its first findings; (None, []) when it printed no report."""
    try:
        o = json.loads(result.stdout)
        c = o.get("conflicts", {})
        return (o["integrity"]["ok"], o["foreign_keys"]["ok"], o["audit_chain"]["ok"],
                c.get("count"), c.get("errors")), o.get("findings", [])[:2]
    except (ValueError, KeyError):
        return None, []


def check_findings(binary, db, shared):
    r = run(binary, "check", "--db", db, "--json", *shared, timeout=300)
    return r.returncode, parse_check(r)[0], r


class Run:
    def __init__(self, who, what, rows, prefix, result, elapsed):
        self.who, self.what, self.rows, self.prefix = who, what, rows, prefix
        self.rc, self.stderr, self.elapsed = result.returncode, result.stderr.strip(), elapsed


def timed(binary, argv):
    """Runs one command; a binary that cannot be started counts as a failed run, not as a
    dead thread."""
    start = time.monotonic()
    try:
        r = run(binary, *argv, timeout=600)
    except (OSError, subprocess.SubprocessError) as e:
        r = subprocess.CompletedProcess([binary, *argv], -1, "", f"could not run: {e}")
    return r, time.monotonic() - start


def phase(name, binary, demo, work, version, tally, shared, big, deltas):
    folder = os.path.join(work, name)
    os.makedirs(folder)
    db = os.path.join(folder, "plan.slipway")
    shutil.copyfile(demo, db)
    flags = ["--shared"] if shared else []
    # `demo` writes a rollback-journal file; the first local writer turns it to WAL, and a
    # local file stays so. A shared one keeps the rollback journal (and is remembered).
    empty = os.path.join(folder, "empty.ics")
    write_ics(empty, [], 2090)
    r = run(binary, "import", "ics", "--db", db, "--as", "blackouts", empty, *flags)
    tally.check(r.returncode == 0, f"{name}: preparing the file: {r.stderr.strip()}")
    base_rc, base_findings, _ = check_findings(binary, db, flags)
    _, _, base_audit = imported(db)
    tag = name.upper()[:2]

    runs, reader_runs = [], []
    lock = threading.Lock()
    stop = threading.Event()
    big_done = threading.Event()
    deadline = time.monotonic() + PHASE_SECONDS

    def writer(w):
        r_no = 0
        # With a big import running, the others keep writing until it is over.
        while (r_no < RUNS or (big and not big_done.is_set())) and time.monotonic() < deadline:
            if r_no % 2 == w % 2:
                prefix = f"ct-{tag}-w{w}-r{r_no}-"
                path = os.path.join(folder, f"w{w}-r{r_no}.ics")
                write_ics(path, [f"{prefix}{e}@reliability.test" for e in range(EVENTS)],
                          2090 + w)
                argv = ["import", "ics", "--db", db, "--as", "blackouts", "--soft", path]
                what, rows = "ics", EVENTS
            else:
                prefix = f"CT-{tag}-W{w}-R{r_no}-"
                path = os.path.join(folder, f"w{w}-r{r_no}.csv")
                write_scope_csv(path, [f"{prefix}{i}" for i in range(SCOPE_ROWS)])
                argv = ["import", "csv", "--db", db, "--kind", "scope", "--release", version,
                        path]
                what, rows = "scope", SCOPE_ROWS
            result, elapsed = timed(binary, argv + flags)
            with lock:
                runs.append(Run(f"writer {w}", what, rows, prefix, result, elapsed))
            r_no += 1

    def big_writer():
        prefix = f"CT-{tag}-BIG-"
        path = os.path.join(folder, "big.csv")
        write_scope_csv(path, [f"{prefix}{i}" for i in range(BIG_ROWS)])
        result, elapsed = timed(binary, ["import", "csv", "--db", db, "--kind", "scope",
                                         "--release", version, path] + flags)
        with lock:
            runs.append(Run("big writer", "big scope", BIG_ROWS, prefix, result, elapsed))
        big_done.set()

    def reader(n):
        out = os.path.join(folder, f"reader{n}.csv")
        commands = [("audit verify", ["audit", "verify", "--db", db]),
                    ("check", ["check", "--db", db, "--json"]),
                    ("export csv", ["export", "csv", "--db", db, "--table", "scope", "--out", out])]
        i = n
        while not stop.is_set():
            what, argv = commands[i % len(commands)]
            result, elapsed = timed(binary, argv + flags)
            ok = result.returncode == 0
            if what == "check":
                # A reader sees the file at some moment: the same findings as before the
                # writers started (their blackouts are soft and far away).
                found, problems = parse_check(result)
                ok = result.returncode == base_rc and found == base_findings
                if not ok and not result.stderr.strip():
                    result.stderr = (f"(integrity, foreign keys, chain, conflicts, errors) = "
                                     f"{found}, before the writers {base_findings}: "
                                     f"{json.dumps(problems)}")
            with lock:
                reader_runs.append((what, ok, result.returncode, result.stderr.strip(), elapsed))
            i += 1

    threads = [threading.Thread(target=writer, args=(w,)) for w in range(1 if big else 0,
                                                                             WRITERS)]
    if big:
        threads.insert(0, threading.Thread(target=big_writer))
    readers = [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    start = time.monotonic()
    for t in readers + threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    wall = time.monotonic() - start

    # Writers: success, or a busy refusal after a real wait; nothing else.
    keys, uids, audit = imported(db)
    present = {}
    for item in keys + uids:
        prefix = item[:item.rindex("-") + 1]
        present[prefix] = present.get(prefix, 0) + 1
    ok_runs = [r for r in runs if r.rc == 0]
    busy = [r for r in runs if r.rc != 0 and BUSY.search(r.stderr)]
    other = [r for r in runs if r.rc != 0 and not BUSY.search(r.stderr)]
    for r in other:
        tally.check(False, f"{name}: {r.who} {r.what} refused with rc {r.rc} after "
                           f"{r.elapsed:.2f} s, not for a busy file: {r.stderr}")
    for r in busy:
        tally.check(r.elapsed >= MIN_BUSY_WAIT,
                    f"{name}: {r.who} {r.what} refused as busy after only {r.elapsed:.2f} s, "
                    f"without waiting for the lock: {r.stderr}")
    for r in runs:
        expected = r.rows if r.rc == 0 else 0
        tally.check(present.get(r.prefix, 0) == expected,
                    f"{name}: {r.who} {r.what} rc {r.rc} left {present.get(r.prefix, 0)} of "
                    f"{r.rows} rows (expected {expected})")
    expected_rows = sum(r.rows for r in ok_runs)
    tally.check(len(keys) + len(uids) == expected_rows,
                f"{name}: {len(keys) + len(uids)} imported rows in the file, the successful "
                f"imports made {expected_rows}")
    expected_audit = base_audit + sum(deltas[r.what] for r in ok_runs)
    tally.check(audit == expected_audit,
                f"{name}: {audit} audit entries, expected {expected_audit}")

    # Readers: never refused, whatever the writers do.
    failed_readers = [r for r in reader_runs if not r[1]]
    for what, _, rc, err, elapsed in failed_readers[:8]:
        tally.check(False, f"{name}: reader {what} rc {rc} after {elapsed:.2f} s: {err}")
    if len(failed_readers) > 8:
        tally.check(False, f"{name}: … and {len(failed_readers) - 8} more failed reader runs")

    # The chain at the end.
    r = run(binary, "audit", "verify", "--db", db, "--json", *flags, timeout=300)
    try:
        entries = json.loads(r.stdout).get("entries")
    except ValueError:
        entries = None
    tally.check(r.returncode == 0 and entries == expected_audit,
                f"{name}: final audit verify rc {r.returncode}, {entries} entries: "
                f"{r.stderr.strip()}")
    rc, found, r = check_findings(binary, db, flags)
    tally.check(rc == base_rc and found == base_findings,
                f"{name}: final check rc {rc} {found}, before the writers {base_rc} "
                f"{base_findings}: {r.stderr.strip()}")

    waits = sorted(r.elapsed for r in busy)
    longest = max((r.elapsed for r in runs if r.what != "big scope"), default=0)
    wait_text = (f"a busy refusal came after {waits[0]:.2f}–{waits[-1]:.2f} s "
                 f"(median {statistics.median(waits):.2f} s)" if waits else
                 "no busy refusal") + f", the longest small import took {longest:.2f} s"
    big_text = ""
    for r in runs:
        if r.what == "big scope":
            big_text = f"; the {BIG_ROWS}-row import took {r.elapsed:.1f} s (rc {r.rc})"
    print(f"{name}: {len(threads)} writer and {len(readers)} reader processes, {wall:.1f} s; "
          f"writer runs {len(runs)}: ok {len(ok_runs)}, refused busy {len(busy)}, refused "
          f"otherwise {len(other)}; {wait_text}; reader runs {len(reader_runs)}, failed "
          f"{len(failed_readers)}; rows {len(keys) + len(uids)} (expected {expected_rows}), "
          f"audit entries {audit} (expected {expected_audit}){big_text}", flush=True)


def main():
    args = arguments(__doc__.splitlines()[0])
    tally = Tally("contention")
    binary, work = args.binary, args.work
    print(f"{WRITERS} writers, {READERS} readers, {RUNS} imports per writer, big import "
          f"{BIG_ROWS} rows", flush=True)

    demo = make_demo(binary, work, tally)
    releases = os.path.join(work, "releases.csv")
    run(binary, "export", "csv", "--db", demo, "--table", "releases", "--out", releases)
    with open(releases, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    planned = [row for row in rows if row.get("status", "").lower() == "planned"] or rows
    version = planned[0]["version"]

    # How many audit entries one import of each kind writes, so the end count is exact.
    calibration = os.path.join(work, "calibration.slipway")
    shutil.copyfile(demo, calibration)
    deltas = {}
    ics = os.path.join(work, "calibration.ics")
    write_ics(ics, [f"cal-{e}@reliability.test" for e in range(EVENTS)], 2089)
    scope = os.path.join(work, "calibration.csv")
    write_scope_csv(scope, [f"CAL-{i}" for i in range(SCOPE_ROWS)])
    for what, argv in (("ics", ["import", "ics", "--as", "blackouts", "--soft", ics]),
                       ("scope", ["import", "csv", "--kind", "scope", "--release", version,
                                  scope])):
        _, _, before = imported(calibration)
        r = run(binary, *argv[:2], "--db", calibration, *argv[2:])
        tally.check(r.returncode == 0, f"calibration {what}: rc {r.returncode} "
                                       f"{r.stderr.strip()}")
        deltas[what] = imported(calibration)[2] - before
    deltas["big scope"] = deltas["scope"]  # one `scope.import` entry per import, any size
    print(f"audit entries per import: ics {deltas['ics']}, scope {deltas['scope']}; release "
          f"{version}", flush=True)

    phase("local", binary, demo, work, version, tally, shared=False, big=False, deltas=deltas)
    phase("shared", binary, demo, work, version, tally, shared=True, big=False, deltas=deltas)
    phase("big-local", binary, demo, work, version, tally, shared=False, big=True,
          deltas=deltas)
    tally.finish()


if __name__ == "__main__":
    main()
