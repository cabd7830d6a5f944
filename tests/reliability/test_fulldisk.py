#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Full disk: full database (SQLite's max_page_count) and full output (ulimit -f /
RLIMIT_FSIZE, no root needed). A clear error, nothing lost, the file opens afterwards.

Full output: every command that writes a file runs under RLIMIT_FSIZE below the size of its
output, with SIGXFSZ ignored so that the write fails with EFBIG; it must exit 2 with one
line on stderr, leave no output file (or the one that was there untouched) and no stray
file, change nothing in the database (`render --issue` archives nothing) and `check` must
pass afterwards. Once more without ignoring SIGXFSZ: the process dies, and still nothing
partial may be left. As root, also on a tiny tmpfs (a real ENOSPC).

Full database: SLIPWAY_TEST_MAX_PAGE_COUNT=N makes the binary set PRAGMA max_page_count=N
on its connections; a little above the file's page count, big imports must fail with one
line saying the disk is full, with the rows unchanged and the file opening afterwards.

Environment: SLIPWAY_FULLDISK_ROWS (rows of the big scope import, default 20000),
SLIPWAY_FULLDISK_EVENTS (VEVENTs of the big calendar import, default 300).
"""
import csv
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reliability import Tally, arguments, digest, make_demo, run, write_calendar  # noqa: E402

ROWS = int(os.environ.get("SLIPWAY_FULLDISK_ROWS", "20000"))
EVENTS = int(os.environ.get("SLIPWAY_FULLDISK_EVENTS", "300"))
PREVIOUS = b"the previous export, which a failed one must leave alone\n" * 40
ARCHIVE = {"communications": "SELECT count(*) FROM communications",
           "recipients": "SELECT count(*) FROM communication_recipients",
           "audit_log": "SELECT count(*) FROM audit_log"}
COUNTS = dict(ARCHIVE, scope_items="SELECT count(*) FROM scope_items",
              blackouts="SELECT count(*) FROM blackouts")


def counts(conn_or_path, queries=COUNTS):
    conn = conn_or_path
    if isinstance(conn_or_path, str):
        conn = sqlite3.connect(f"file:{conn_or_path}?mode=ro", uri=True)
    try:
        return {k: conn.execute(q).fetchone()[0] for k, q in queries.items()}
    finally:
        if conn is not conn_or_path:
            conn.close()


def limited(limit, ignore_sigxfsz):
    """preexec_fn: the output may grow to `limit` bytes; past it a write fails with EFBIG
    (SIGXFSZ ignored) or the process is killed by SIGXFSZ (its default)."""
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        if ignore_sigxfsz:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return apply


def attempt(binary, argv, limit=None, ignore_sigxfsz=True, env=None):
    return subprocess.run([binary, *argv], capture_output=True, text=True, errors="replace",
                          timeout=300, env=env,
                          preexec_fn=limited(limit, ignore_sigxfsz) if limit else None)


def one_line(stderr):
    text = stderr.strip()
    return bool(text) and "\n" not in text


def says_disk_full(stderr, db):
    """The line says the disk is full: judged without the file's own name in it."""
    text = stderr.replace(db, "FILE").lower()
    return re.search(r"\bdisk\b.*\bfull\b|\bfull\b.*\bdisk\b|no space", text) is not None


def says_why(stderr, path):
    """A failed output names its cause (EFBIG: too large, ENOSPC: no space), not just that
    it failed: DESIGN.md asks for a clear message on a full disk."""
    text = stderr.replace(path, "FILE").lower()
    return re.search(r"full|space|too large|limit", text) is not None


SAMPLES = {}  # one refusal line per kind, printed at the end
UNCLEAR = {}  # kind -> [refusals, of which without a cause]


def sample(kind, stderr):
    if stderr.strip():
        SAMPLES.setdefault(kind, stderr.strip())


def judge_message(kind, stderr, out):
    sample(kind, stderr)
    counts_ = UNCLEAR.setdefault(kind, [0, 0])
    counts_[0] += 1
    counts_[1] += not says_why(stderr, out)


def report_messages(tally):
    for kind, line in SAMPLES.items():
        print(f"message, {kind}: {line}", flush=True)
    for kind, (total, unclear) in UNCLEAR.items():
        tally.check(unclear == 0, f"{unclear} of {total} refusals ({kind}) do not say why "
                                  f"(too large, disk full), e.g. {SAMPLES.get(kind)!r}")


def check_findings(binary, db, extra=()):
    r = run(binary, "check", "--db", db, "--json", *extra, timeout=300)
    try:
        o = json.loads(r.stdout)
        c = o.get("conflicts", {})
        return r.returncode, (o["integrity"]["ok"], o["foreign_keys"]["ok"],
                              o["audit_chain"]["ok"], c.get("count"), c.get("errors"))
    except (ValueError, KeyError):
        return r.returncode, (r.stderr.strip(),)


def write_scope_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["Summary", "Issue key", "Issue Type", "Status", "Priority", "Reporter",
                    "Custom field (Story Points)", "Description"])
        for i in range(rows):
            w.writerow([f"Full disk item {i}", f"FULL-{i}", "Story", "To Do", "Medium",
                        "Disk Tester", i % 8, "A description long enough to need pages " * 3])


def write_ics(path, events):
    write_calendar(path, [f"full-{i}@reliability.test" for i in range(events)],
                   "Full disk blackout", 2093, product="fulldisk")

def wal_holder(demo, db):
    """A copy of the demo in WAL mode, as a local Slipway writer leaves it, with a connection
    kept open on it: while it is open, Slipway's close leaves the -wal alone instead of
    checkpointing it into the main file, so the issue's only writes are its WAL frames, at
    offsets from 0. 512-byte pages keep those frames fewer bytes than the output."""
    shutil.copyfile(demo, db)
    holder = sqlite3.connect(db)
    holder.execute("PRAGMA journal_mode = DELETE").fetchone()
    holder.execute("PRAGMA page_size = 512")
    holder.execute("VACUUM")
    holder.execute("PRAGMA journal_mode = WAL").fetchone()
    holder.execute("SELECT count(*) FROM releases").fetchone()
    return holder


class Output:
    """One command that writes a file: its subcommand words, its options (--db and --out
    are added), the output's name."""

    def __init__(self, label, words, options, name, issue=False):
        self.label, self.words, self.options = label, words, options
        self.name, self.issue = name, issue
        self.size = 0

    def argv(self, db, out):
        return [*self.words, "--db", db, *self.options, "--out", out]


def unmount_stale_tmpfs():
    """A run killed mid-way (a CTest timeout) may have left its tmpfs mounted, and then the
    work folder could not be emptied."""
    if "--work" in sys.argv[:-1]:
        mount = os.path.join(sys.argv[sys.argv.index("--work") + 1], "tmpfs")
        if os.path.ismount(mount):
            subprocess.run(["umount", mount], capture_output=True)


def main():
    unmount_stale_tmpfs()
    args = arguments(__doc__.splitlines()[0])
    tally = Tally("fulldisk")
    binary, work = args.binary, args.work

    demo = make_demo(binary, work, tally)
    conn = sqlite3.connect(f"file:{demo}?mode=ro", uri=True)
    release = conn.execute("SELECT release_id FROM known_issues LIMIT 1").fetchone()[0]
    meeting_at = conn.execute("SELECT min(start_utc) FROM cab_meetings").fetchone()[0]
    conn.close()
    meeting = time.strftime("%Y-%m-%d", time.gmtime(meeting_at))
    releases_csv = os.path.join(work, "releases.csv")
    run(binary, "export", "csv", "--db", demo, "--table", "releases", "--out", releases_csv)
    with open(releases_csv, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    version = ([row for row in rows if row.get("status", "").lower() == "planned"]
               or rows)[0]["version"]

    # Commands that only read get a rollback-journal file (as `demo` writes it, remembered
    # as shared so that nothing turns it to WAL): opening it writes nothing, not even a
    # -shm, so the limit can be as small as the output needs.
    reading = os.path.join(work, "reading", "plan.slipway")
    os.makedirs(os.path.dirname(reading))
    shutil.copyfile(demo, reading)
    run(binary, "check", "--db", reading, "--integrity-only", "--shared")
    reading_digest = digest(reading)
    base_rc, base_findings = check_findings(binary, reading)

    render = ["--release", str(release), "--template", "release-notice", "--list", "Operations"]
    outputs = [Output(f"export csv --table {t}", ["export", "csv"], ["--table", t], f"{t}.csv")
               for t in ("scope", "releases", "communications")]
    outputs += [Output("export ics", ["export", "ics"], [], "plan.ics")]
    outputs += [Output(f"render {f}", ["render"], render + ["--format", f], f"notice.{f}")
                for f in ("md", "eml", "pdf")]
    outputs += [Output("report cab", ["report", "cab"], ["--meeting", meeting], "cab.pdf")]
    issuing = [Output(f"render --issue {f}", ["render"], render + ["--format", f, "--issue"],
                      f"issued.{f}", issue=True) for f in ("md", "eml", "pdf")]

    out_dir = os.path.join(work, "out")
    os.makedirs(out_dir)

    def expect_refused(what, result, out, previous, listing_before, died=False):
        """rc 2 and one line (or killed by SIGXFSZ when it is not ignored), no output or
        the previous one untouched, no stray file."""
        if died:
            tally.check(result.returncode in (-signal.SIGXFSZ, 2),
                        f"{what}: rc {result.returncode}, expected death by SIGXFSZ or rc 2")
        else:
            tally.check(result.returncode == 2 and one_line(result.stderr) and
                        os.path.basename(out) in result.stderr,
                        f"{what}: rc {result.returncode}, stderr {result.stderr.strip()!r}; "
                        f"expected rc 2 and one line naming {os.path.basename(out)}")
            judge_message("output over ulimit -f", result.stderr, out)
        if previous is None:
            tally.check(not os.path.exists(out),
                        f"{what}: left {os.path.basename(out)} of "
                        f"{os.path.getsize(out) if os.path.exists(out) else 0} bytes")
        else:
            tally.check(digest(out) == previous,
                        f"{what}: the previous {os.path.basename(out)} was changed")
        stray = sorted(set(os.listdir(out_dir)) - listing_before - {os.path.basename(out)})
        tally.check(not stray, f"{what}: left {stray}")

    def clear(out):
        if os.path.exists(out):
            os.remove(out)

    # ---- full output, commands that only read
    refused = 0
    for o in outputs:
        out = os.path.join(out_dir, o.name)
        r = attempt(binary, o.argv(reading, out))
        if not tally.check(r.returncode == 0 and os.path.exists(out),
                           f"{o.label}: unlimited run rc {r.returncode} {r.stderr.strip()}"):
            continue
        o.size = os.path.getsize(out)
        limit = max(1, o.size // 2)
        for previous in (None, PREVIOUS):
            clear(out)
            if previous:
                with open(out, "wb") as f:
                    f.write(previous)
            kept = digest(out)  # None: no file there before
            before = set(os.listdir(out_dir))
            r = attempt(binary, o.argv(reading, out), limit=limit)
            what = (f"{o.label} under ulimit -f {limit} B "
                    f"({'over a previous file' if previous else 'new file'})")
            expect_refused(what, r, out, kept, before)
            refused += r.returncode == 2
        clear(out)
        before = set(os.listdir(out_dir))
        r = attempt(binary, o.argv(reading, out), limit=limit, ignore_sigxfsz=False)
        expect_refused(f"{o.label} killed by SIGXFSZ at {limit} B", r, out, None, before,
                       died=True)
        clear(out)
        print(f"{o.label}: output {o.size} B, limit {limit} B", flush=True)
    tally.check(digest(reading) == reading_digest, "a reading command changed the database")
    rc, found = check_findings(binary, reading)
    tally.check((rc, found) == (base_rc, base_findings),
                f"check after the reading commands: rc {rc} {found}, before {base_rc} "
                f"{base_findings}")

    # ---- full output, render --issue: the database is written too. A second connection
    # stays open so that Slipway's close does not checkpoint into the main file; its only
    # writes are then the few WAL frames of the issue, and the limit lies between those
    # and the output.
    issue_dir = os.path.join(work, "issue")
    os.makedirs(issue_dir)
    for o in issuing:
        db = os.path.join(issue_dir, o.name + ".slipway")
        out = os.path.join(out_dir, o.name)
        holder = wal_holder(demo, db)
        before_counts = counts(holder, ARCHIVE)
        r = attempt(binary, o.argv(db, out))
        wal = os.path.getsize(db + "-wal") if os.path.exists(db + "-wal") else 0
        size = os.path.getsize(out) if os.path.exists(out) else 0
        issued = counts(holder, ARCHIVE)
        holder.close()
        if not tally.check(r.returncode == 0 and issued["communications"] ==
                           before_counts["communications"] + 1,
                           f"{o.label}: unlimited run rc {r.returncode} {r.stderr.strip()}"):
            continue
        o.size = size
        if size <= wal + 1024:
            print(f"{o.label}: skipped under ulimit: the output ({size} B) is not larger than "
                  f"the WAL the issue writes ({wal} B)", flush=True)
            continue
        limit = (wal + 1024 + size) // 2
        for died in (False, True):
            for p in (db, db + "-wal", db + "-shm", out):
                if os.path.exists(p):
                    os.remove(p)
            holder = wal_holder(demo, db)
            listing = set(os.listdir(out_dir))
            r = attempt(binary, o.argv(db, out), limit=limit, ignore_sigxfsz=not died)
            what = (f"{o.label} {'killed by SIGXFSZ' if died else 'under ulimit -f'} at "
                    f"{limit} B (output {size} B, WAL {wal} B)")
            expect_refused(what, r, out, None, listing, died=died)
            after = counts(holder, ARCHIVE)
            holder.close()
            if not died:  # a process killed mid-way may have issued before it died
                tally.check(after == before_counts,
                            f"{what}: archived anyway: {before_counts} -> {after}")
            rc, found = check_findings(binary, db)
            tally.check(found[:3] == (True, True, True),
                        f"{what}: check afterwards rc {rc} {found}")
        print(f"{o.label}: output {size} B, WAL {wal} B, limit {limit} B", flush=True)

    # ---- full output on a real full file system (root only)
    tmpfs_variant(binary, work, demo, reading, outputs, issuing, tally)

    # ---- full database
    inputs = os.path.join(work, "inputs")
    os.makedirs(inputs)
    scope_csv = os.path.join(inputs, "scope.csv")
    write_scope_csv(scope_csv, ROWS)
    ics = os.path.join(inputs, "blackouts.ics")
    write_ics(ics, EVENTS)
    # The demo's file is in rollback-journal mode until a local writer switches it to WAL:
    # both states, and a shared file.
    empty_ics = os.path.join(inputs, "empty.ics")
    write_ics(empty_ics, 0)
    for mode in ("local as written by demo", "local in WAL", "shared"):
        flags = ["--shared"] if mode == "shared" else []
        for label, argv in (("import csv --kind scope",
                             ["import", "csv", "--kind", "scope", "--release", version,
                              scope_csv]),
                            ("import ics", ["import", "ics", "--as", "blackouts", ics])):
            db = os.path.join(work, "capped", f"{mode.replace(' ', '-')}-{argv[1]}.slipway")
            os.makedirs(os.path.dirname(db), exist_ok=True)
            shutil.copyfile(demo, db)
            if mode == "local in WAL":  # an import of nothing: opened by a writer, no cap
                run(binary, "import", "ics", "--db", db, "--as", "blackouts", empty_ics)
            if flags:
                run(binary, "check", "--db", db, "--integrity-only", *flags)
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.close()
            base = counts(db)
            bytes_before = digest(db)
            base_check = check_findings(binary, db, flags)
            cap = pages + 4
            env = dict(os.environ, SLIPWAY_TEST_MAX_PAGE_COUNT=str(cap))
            what = f"{mode} {label} with SLIPWAY_TEST_MAX_PAGE_COUNT={cap} ({pages} pages)"
            r = attempt(binary, [*argv[:2], "--db", db, *argv[2:], *flags], env=env)
            if r.returncode == 0:
                tally.check(False, f"{what}: imported anyway: SLIPWAY_TEST_MAX_PAGE_COUNT had "
                                   f"no effect (is it in this binary?)")
            else:
                tally.check(r.returncode == 2 and one_line(r.stderr) and
                            says_disk_full(r.stderr, db),
                            f"{what}: rc {r.returncode}, stderr {r.stderr.strip()!r}; expected "
                            f"rc 2 and one line saying the disk is full")
                sample("database over max_page_count", r.stderr)
            # Opened again without the cap: same rows, same findings, intact chain.
            rc, found = check_findings(binary, db, flags)
            tally.check((rc, found) == base_check,
                        f"{what}: check afterwards rc {rc} {found}, before {base_check}")
            v = run(binary, "audit", "verify", "--db", db, *flags)
            tally.check(v.returncode == 0, f"{what}: audit verify rc {v.returncode} "
                                           f"{v.stderr.strip()}")
            after = counts(db)
            tally.check(after == base, f"{what}: rows changed: {base} -> {after}")
            print(f"{what}: rc {r.returncode}; file byte-for-byte "
                  f"{'unchanged' if digest(db) == bytes_before else 'changed (same rows)'}",
                  flush=True)
    print(f"full output refused cleanly (rc 2) in {refused} of {2 * len(outputs)} "
          f"reading runs", flush=True)
    report_messages(tally)
    tally.finish()


def tmpfs_variant(binary, work, demo, reading, outputs, issuing, tally):
    """The same refusals on a real ENOSPC: the output goes to a tmpfs filled but for two
    pages, while the database stays on the ordinary disk (so --issue can be checked with
    nothing else limited)."""
    if os.geteuid() != 0:
        print("tmpfs (ENOSPC): skipped: not root", flush=True)
        return
    mount = os.path.join(work, "tmpfs")
    os.makedirs(mount)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(f"tmpfs (ENOSPC): skipped: mount failed: {r.stderr.strip()}", flush=True)
        return
    try:
        ran = 0
        filler = os.path.join(mount, "filler")
        for o in outputs + issuing:
            if not o.size:
                continue  # its unlimited run failed, already reported
            db = reading
            if o.issue:
                db = os.path.join(work, "tmpfs-issue.slipway")
                for p in (db, db + "-wal", db + "-shm"):
                    if os.path.exists(p):
                        os.remove(p)
                shutil.copyfile(demo, db)
            before_counts = counts(db, ARCHIVE)
            out = os.path.join(mount, o.name)
            # Fill the file system, then free less than half of what the output needs.
            with open(filler, "wb") as f:
                try:
                    while True:
                        f.write(b"\0" * 65536)
                        f.flush()
                except OSError:
                    pass
            os.truncate(filler, os.path.getsize(filler) - (o.size // 2) // 4096 * 4096)
            free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
            listing = set(os.listdir(mount))
            r = attempt(binary, o.argv(db, out))
            what = f"{o.label} to a full tmpfs ({free} B free, output {o.size} B)"
            expect_refused_tmp(what, r, out, listing, mount, tally)
            tally.check(counts(db, ARCHIVE) == before_counts,
                        f"{what}: archived anyway: {before_counts} -> {counts(db, ARCHIVE)}")
            if o.issue:
                rc, found = check_findings(binary, db)
                tally.check(found[:3] == (True, True, True),
                            f"{what}: check afterwards rc {rc} {found}")
            ran += 1
            for p in (out, filler):
                if os.path.exists(p):
                    os.remove(p)
        print(f"tmpfs (ENOSPC): {ran} commands run onto a full file system", flush=True)
    finally:
        subprocess.run(["umount", mount], capture_output=True)


def expect_refused_tmp(what, result, out, listing_before, folder, tally):
    tally.check(result.returncode == 2 and one_line(result.stderr) and
                os.path.basename(out) in result.stderr,
                f"{what}: rc {result.returncode}, stderr {result.stderr.strip()!r}; expected "
                f"rc 2 and one line naming {os.path.basename(out)}")
    judge_message("output onto a full tmpfs", result.stderr, out)
    tally.check(not os.path.exists(out),
                f"{what}: left {os.path.basename(out)} of "
                f"{os.path.getsize(out) if os.path.exists(out) else 0} bytes")
    stray = sorted(set(os.listdir(folder)) - listing_before - {os.path.basename(out)})
    tally.check(not stray, f"{what}: left {stray}")


if __name__ == "__main__":
    main()
