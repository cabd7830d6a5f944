# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile files for every importer and for --db: empty, binary, truncated, deeply nested,
entity bombs, external entities, invalid UTF-8, UTF-16, huge lines. Each must give exit 2 and
one short line on stderr naming the file, leave the database (and anything beside it) byte for
byte as it was, and never crash or hang. The small files live in tests/data/hostile (see its
README.md); the big and deeply nested ones are made here.

tests/cli/tst_BadInput.cpp covers a few bad --db files for the read-only commands; this is the
broader sweep over every importer and the writing commands."""
import csv
import json
import os
import shutil
import subprocess
import time

from reliability import Tally, arguments, digest, run

MAX_LINE = 300       # characters of the stderr line, with the input's path shortened to its name
RUN_LIMIT = 60       # seconds one command may take before it counts as a hang
DEPTH = 100_000      # nesting of the deep XML, JSON and iCalendar files
PASSWD = "root:x:0:0"  # what /etc/passwd would leak through an external entity

# Expectations: refused with exit 2, or either refused that way or imported (exit 0 or 1)
# for input a strict reader may legitimately take (well-formed UTF-16 XML, for one).
REFUSE, EITHER = "refuse", "either"


class Sweep:
    def __init__(self, args):
        self.args = args
        self.tally = Tally("hostile")
        self.cases = 0
        self.slow = []  # (seconds, label) of the big inputs, printed at the end
        self.hostile = os.path.join(args.source, "tests", "data", "hostile")
        self.demo = os.path.join(args.work, "demo.slipway")
        self.gen = os.path.join(args.work, "generated")
        os.makedirs(self.gen)

    def slipway(self, *argv, timeout=RUN_LIMIT):
        """Runs the binary; a hang comes back as returncode None."""
        try:
            return run(self.args.binary, *argv, timeout=timeout)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(argv, None, "", "")

    def fresh_db(self):
        """A copy of the demo in a folder of its own, so anything appearing beside it shows."""
        self.cases += 1
        folder = os.path.join(self.args.work, "cases", f"{self.cases:04d}")
        os.makedirs(folder)
        path = os.path.join(folder, "x.slipway")
        shutil.copyfile(self.demo, path)
        return path

    # -- what every refusal must look like ------------------------------------------------

    @staticmethod
    def snapshot(folder):
        """Every file in the folder with its SHA-256: -wal, -shm and journals show up too."""
        out = {}
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            out[name] = "folder" if os.path.isdir(path) else digest(path)
        return out

    def changes(self, folder, before, db):
        """What changed beside and in a copy of the demo: files that came or went, and the
        first differing offsets of the database (under 100: SQLite's file header)."""
        after = self.snapshot(folder)
        if set(after) != set(before):
            return ["files appeared or went beside the database: "
                    + ", ".join(sorted(set(after) ^ set(before)))]
        if after == before:
            return []
        offsets = []
        with open(self.demo, "rb") as a, open(db, "rb") as b:
            old, new = a.read(), b.read()
        for i in range(min(len(old), len(new))):
            if old[i] != new[i]:
                offsets.append(i)
                if len(offsets) == 8:
                    break
        size = "" if len(old) == len(new) else f", size {len(old)} -> {len(new)}"
        # Bytes 18-19 of the header are the journal mode (1 rollback, 2 WAL): an importer that
        # opens the file for writing before it has read its input switches it over.
        wal = (f"; journal mode bytes 18-19 went {old[18]},{old[19]} -> {new[18]},{new[19]}"
               if old[18:20] != new[18:20] else "")
        return [f"the database changed (first differing bytes at {offsets}{size}{wal})"]

    @staticmethod
    def refusal_problems(r, named, shown_path):
        problems = []
        if r.returncode is None:
            return [f"no answer within {RUN_LIMIT} s"]
        if r.returncode < 0 or r.returncode > 2:
            problems.append(f"crashed (rc {r.returncode})")
        elif r.returncode != 2:
            problems.append(f"rc {r.returncode}, not 2")
        lines = r.stderr.splitlines()
        if len(lines) != 1 or not lines[0].strip() or r.stderr.count("\n") > 1:
            problems.append(f"stderr is {len(lines)} lines, not one")
        if named not in r.stderr:
            problems.append(f"stderr does not name {named}")
        shown = r.stderr.strip().replace(shown_path, named)
        if len(shown) > MAX_LINE:
            problems.append(f"stderr is {len(shown)} characters (limit {MAX_LINE})")
        if r.stdout:
            problems.append(f"printed {len(r.stdout)} characters on stdout")
        if PASSWD in r.stdout + r.stderr:
            problems.append("leaked /etc/passwd")
        return problems

    def report(self, label, problems, r):
        detail = ""
        if problems and r is not None and r.returncode is not None:
            text = r.stderr.strip()
            detail = f"\n      rc {r.returncode}, stderr: {text[:400]!r}" + (
                f" … ({len(text)} characters)" if len(text) > 400 else "")
        self.tally.check(not problems, f"{label}: {'; '.join(problems)}{detail}")

    # -- importers ------------------------------------------------------------------------

    def importer(self, label, argv, path, expect=REFUSE, timed=False):
        """Runs one import of `path` into a fresh copy of the demo. `argv` holds "DB" where the
        database goes."""
        db = self.fresh_db()
        folder = os.path.dirname(db)
        before, input_before = self.snapshot(folder), digest(path)
        started = time.monotonic()
        r = self.slipway(*[db if a == "DB" else a for a in argv], path)
        took = time.monotonic() - started
        if timed:
            self.slow.append((took, label))
        if expect == EITHER and r.returncode in (0, 1):
            problems = [] if PASSWD not in r.stdout + r.stderr else ["leaked /etc/passwd"]
            print(f"  accepted {label} (rc {r.returncode})", flush=True)
        else:
            problems = self.refusal_problems(r, os.path.basename(path), path)
            problems += self.changes(folder, before, db)
        if digest(path) != input_before:
            problems.append("the input file changed")
        self.report(label, problems, r)
        if not problems:
            shutil.rmtree(folder)  # 1.6 MB a copy; the failed ones stay for a look
        return r

    def control(self, label, argv, path):
        """A clean file through the same command must import (exit 0, or 1 for a failing
        criterion): otherwise the refusals below might be about the setup, not the bytes."""
        db = self.fresh_db()
        r = self.slipway(*[db if a == "DB" else a for a in argv], path)
        ok = r.returncode in (0, 1)
        self.tally.check(ok, f"control {label}: rc {r.returncode}, stderr "
                             f"{r.stderr.strip()[:300]!r} (the demo changed? see "
                             "tests/data/hostile/README.md)")
        shutil.rmtree(os.path.dirname(db))
        return ok

    # -- the demo's ids -------------------------------------------------------------------

    def setup(self):
        r = self.slipway("demo", "--db", self.demo, "--anchor", "2026-11-01", timeout=300)
        if not self.tally.check(r.returncode == 0, f"demo: rc {r.returncode} {r.stderr.strip()}"):
            self.tally.finish()
        side = [n for n in os.listdir(self.args.work) if n.startswith("demo.slipway-")]
        print(f"demo file: {os.path.getsize(self.demo)} bytes, SHA-256 {digest(self.demo)}; "
              f"beside it: {', '.join(side) or 'no -wal or -shm file'}", flush=True)
        self.tally.check(not side, f"demo left {side} beside the file")

        # A release with criteria of the three evidence kinds, for junit, sarif and bench.
        out = os.path.join(self.args.work, "releases.csv")
        r = self.slipway("export", "csv", "--db", self.demo, "--table", "releases", "--out", out)
        if not self.tally.check(r.returncode == 0, f"export releases: {r.stderr.strip()}"):
            self.tally.finish()
        with open(out, newline="", encoding="utf-8") as f:
            releases = list(csv.DictReader(f))
        self.release = None
        for row in releases:
            r = self.slipway("gate", "status", "--db", self.demo, "--release", row["id"], "--json")
            try:
                gates = json.loads(r.stdout).get("gates", [])
            except ValueError:
                continue
            kinds = {}
            for gate in gates:
                for c in gate.get("criteria", []):
                    kinds.setdefault(c.get("kind"), c.get("name"))
            if all(k in kinds for k in ("test_pass_rate", "security", "benchmark")):
                self.release = row["id"]
                self.criteria = {"junit": kinds["test_pass_rate"], "sarif": kinds["security"],
                                 "bench": kinds["benchmark"]}
                break
        if not self.tally.check(self.release is not None,
                                "no demo release has test, security and benchmark criteria"):
            self.tally.finish()
        # `import csv --kind scope --release` takes a version, and the demo repeats some.
        versions = [row["version"] for row in releases]
        open_ones = [row for row in releases if versions.count(row["version"]) == 1
                     and row["status"] == "planned"]
        if not self.tally.check(bool(open_ones), "no planned demo release with its own version"):
            self.tally.finish()
        self.version = open_ones[0]["version"]
        print(f"evidence into release {self.release}, criteria {self.criteria}; "
              f"scope into release {self.version}", flush=True)

    def commands(self):
        """Importer name -> argv before the input file."""
        evidence = {fmt: ["import", fmt, "--db", "DB", "--release", self.release,
                          "--criterion", name] for fmt, name in self.criteria.items()}
        return {
            "scope": ["import", "csv", "--db", "DB", "--kind", "scope", "--release", self.version],
            "acks": ["import", "csv", "--db", "DB", "--kind", "acknowledgements"],
            "blackouts": ["import", "ics", "--db", "DB", "--as", "blackouts"],
            "freezes": ["import", "ics", "--db", "DB", "--as", "freezes"],
            **evidence,
        }

    # -- files made here ------------------------------------------------------------------

    def write(self, name, *parts):
        path = os.path.join(self.gen, name)
        with open(path, "wb") as f:
            for part in parts:
                f.write(part)
        return path

    def generated(self):
        """Yields (importers, file) for the inputs too big or too deep to keep, one at a time:
        each is written when its turn comes and removed after."""
        ics_head = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slipway tests//hostile//EN\r\n"
                    b"BEGIN:VEVENT\r\nUID:big@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
                    b"DTSTART:20270301T080000Z\r\nDTEND:20270301T180000Z\r\n")
        ics_tail = b"END:VEVENT\r\nEND:VCALENDAR\r\n"
        mb = 1024 * 1024

        # Deep nesting: a recursive parser, or a recursive free, overflows the stack.
        yield ("junit",), self.write("junit_deep.xml", b'<?xml version="1.0"?>\n<testsuites>',
                                     b"<testsuite>" * DEPTH, b"</testsuite>" * DEPTH,
                                     b"</testsuites>\n")
        yield ("sarif",), self.write("sarif_deep.sarif", b'{"version":"2.1.0","runs":',
                                     b"[" * DEPTH, b"]" * DEPTH, b"}\n")
        yield ("bench",), self.write("bench_deep.json", b'{"benchmarks":', b"[" * DEPTH,
                                     b"]" * DEPTH, b"}\n")
        yield ("blackouts",), self.write("ics_deep.ics", ics_head, b"BEGIN:X-NEST\r\n" * DEPTH,
                                         b"END:X-NEST\r\n" * DEPTH, ics_tail)
        # An entity of 30,000 characters used 3,000 times: 90 MB if expanded naively.
        yield ("junit",), self.write(
            "junit_quadratic_entity.xml",
            b'<?xml version="1.0"?>\n<!DOCTYPE testsuites [<!ENTITY a "', b"x" * 30000,
            b'">]>\n<testsuites><testsuite name="q"><testcase name="', b"&a;" * 3000,
            b'"/></testsuite></testsuites>\n')
        # Huge lines: read within a bounded time, and the message must not echo them.
        yield ("blackouts", "freezes"), self.write(
            "ics_20mb_summary.ics", ics_head, b"SUMMARY:", b"A" * (20 * mb), b"\r\n", ics_tail)
        yield ("scope",), self.write(
            "scope_20mb_field.csv", b"Issue key,Summary,Issue Type,Priority,Status,Description"
            b"\r\nHOS-9,Huge,Story,High,To Do,\"", b"D" * (20 * mb), b"\"\r\n")
        # The control's first acknowledgement, with a 20 MB note instead of its own.
        with open(os.path.join(self.hostile, "acks_control.csv"), "rb") as f:
            header, row = f.read().split(b"\r\n")[:2]
        yield ("acks",), self.write("acks_20mb_field.csv", header, b"\r\n",
                                    row.rsplit(b",", 1)[0], b',"', b"N" * (20 * mb), b'"\r\n')
        yield ("junit",), self.write(
            "junit_50mb_attribute.xml",
            b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites><testsuite name="big" '
            b'tests="1"><testcase classname="a" name="', b"N" * (50 * mb),
            b'" time="1"/></testsuite></testsuites>\n')

    # -- --db ----------------------------------------------------------------------------

    def hostile_db(self, path):
        """Every command that opens --db, against one hostile file or folder."""
        name = os.path.basename(path)
        control_csv = os.path.join(self.hostile, "scope_control.csv")
        out_dir = os.path.join(self.args.work, "out")
        os.makedirs(out_dir, exist_ok=True)
        out = os.path.join(out_dir, "releases.csv")
        commands = [
            ["check", "--db", path],
            ["audit", "verify", "--db", path],
            ["export", "csv", "--db", path, "--table", "releases", "--out", out],
            ["import", "csv", "--db", path, "--kind", "scope", "--release", self.version,
             control_csv],
            ["gate", "status", "--db", path, "--release", self.release],
        ]
        folder = os.path.dirname(path)
        for argv in commands:
            self.cases += 1
            before = self.snapshot(folder)
            inside = self.snapshot(path) if os.path.isdir(path) else None
            r = self.slipway(*argv)
            problems = self.refusal_problems(r, name, path)
            after = self.snapshot(folder)
            if set(after) != set(before):
                problems.append("files appeared or went: "
                                + ", ".join(sorted(set(after) ^ set(before))))
            elif after != before:
                problems.append("the file changed")
            if inside is not None and self.snapshot(path) != inside:
                problems.append("something was written inside the folder")
            if os.path.exists(out):
                problems.append("wrote the --out file")
                os.remove(out)
            self.report(f"--db {name}: {' '.join(argv[:2])}", problems, r)

    def db_files(self):
        """The hostile --db files, each alone in a folder: the corpus's, a demo file cut after
        1000 bytes, and a folder."""
        paths = []
        for name in sorted(os.listdir(self.hostile)):
            if name.startswith("db_"):
                folder = os.path.join(self.args.work, "db", name)
                os.makedirs(folder)
                paths.append(os.path.join(folder, name))
                shutil.copyfile(os.path.join(self.hostile, name), paths[-1])
        folder = os.path.join(self.args.work, "db", "truncated")
        os.makedirs(folder)
        paths.append(os.path.join(folder, "truncated.slipway"))
        with open(self.demo, "rb") as src, open(paths[-1], "wb") as dst:
            dst.write(src.read(1000))
        folder = os.path.join(self.args.work, "db", "folder")
        os.makedirs(os.path.join(folder, "folder.slipway"))
        paths.append(os.path.join(folder, "folder.slipway"))
        return paths

    # -- the sweep -----------------------------------------------------------------------

    def main(self):
        started = time.monotonic()
        self.setup()
        commands = self.commands()
        # Which importers read which corpus files, by prefix.
        readers = {"scope": ("scope",), "acks": ("acks",), "ics": ("blackouts", "freezes"),
                   "junit": ("junit",), "sarif": ("sarif",), "bench": ("bench",)}
        # Files a strict reader may also take (see tests/data/hostile/README.md).
        either = {"junit_utf16le_bom.xml", "scope_quote_in_field.csv", "acks_quote_in_field.csv"}

        files = sorted(n for n in os.listdir(self.hostile) if not n.endswith((".md", ".py")))
        controls = [n for n in files if "_control." in n]
        for name in controls:
            for importer in readers[name.split("_")[0]]:
                self.control(f"{importer} {name}", commands[importer],
                             os.path.join(self.hostile, name))
        for name in files:
            prefix = name.split("_")[0]
            if name in controls or prefix not in readers:
                continue
            for importer in readers[prefix]:
                self.importer(f"{importer} {name}", commands[importer],
                              os.path.join(self.hostile, name),
                              EITHER if name in either else REFUSE)

        for importers, path in self.generated():
            name = os.path.basename(path)
            for importer in importers:
                self.importer(f"{importer} {name}", commands[importer], path,
                              EITHER if name in either else REFUSE, timed=True)
            os.remove(path)  # up to 50 MB each: do not keep them in the build tree

        for path in self.db_files():
            self.hostile_db(path)

        for took, label in self.slow:
            print(f"  {took:5.1f} s  {label}", flush=True)
        print(f"{self.cases} cases in {time.monotonic() - started:.0f} s", flush=True)
        self.tally.finish()


if __name__ == "__main__":
    Sweep(arguments("Hostile files for every importer and for --db.")).main()
