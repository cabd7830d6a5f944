# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the reliability scripts: arguments, running the binary, and the one
closing line every script prints ("N passed, N failed")."""
import argparse
import hashlib
import os
import shutil
import subprocess
import sys


def arguments(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--binary", required=True, help="the slipway executable")
    parser.add_argument("--source", required=True, help="the source tree")
    parser.add_argument("--build", required=True, help="the build tree")
    parser.add_argument("--work", required=True, help="a scratch folder, emptied first")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    environment(args.work)
    return args


def environment(work):
    """CTest sets these; a run by hand keeps its settings and caches inside the work folder."""
    for key, value in (("QT_QPA_PLATFORM", "offscreen"), ("SLIPWAY_TEST_USER", "tester"),
                       ("LC_ALL", "C.UTF-8"),
                       ("XDG_CONFIG_HOME", os.path.join(work, "config")),
                       ("XDG_DATA_HOME", os.path.join(work, "data")),
                       ("XDG_CACHE_HOME", os.path.join(work, "cache"))):
        os.environ.setdefault(key, value)


def make_demo(binary, work, tally):
    """A fresh `slipway demo` file in the work folder; a failure ends the script."""
    demo = os.path.join(work, "demo.slipway")
    r = run(binary, "demo", "--db", demo, "--anchor", "2026-11-01")
    if not tally.check(r.returncode == 0, f"demo: rc {r.returncode} {r.stderr.strip()}"):
        tally.finish()
    return demo


def write_calendar(path, uids, summary, year, hours=(1, 3), product="reliability"):
    """An iCalendar file with one event per UID, a day apart from `year` on (far in the future,
    so they add no conflicts with the demo's windows), CRLF as RFC 5545 wants."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Slipway reliability//{product}//EN"]
    for n, uid in enumerate(uids):
        day = f"{year + n // 336:04d}{1 + n // 28 % 12:02d}{1 + n % 28:02d}"
        lines += ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z",
                  f"DTSTART:{day}T{hours[0]:02d}0000Z", f"DTEND:{day}T{hours[1]:02d}0000Z",
                  f"SUMMARY:{summary} {n}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write("\r\n".join(lines) + "\r\n")


def run(binary, *argv, timeout=120, **kwargs):
    """Runs slipway with argv; returns CompletedProcess with text stdout and stderr."""
    return subprocess.run([binary, *argv], capture_output=True, text=True, timeout=timeout,
                          errors="replace", **kwargs)


def digest(path):
    """SHA-256 of a file, or None when it does not exist."""
    if not os.path.exists(path):
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class Tally:
    """Counts checks; failures are printed as they happen and decide the exit code."""

    def __init__(self, name):
        self.name = name
        self.passed = 0
        self.failed = 0

    def check(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {self.name}: {what}", flush=True)
        return condition

    def finish(self):
        print(f"{self.name}: {self.passed} passed, {self.failed} failed", flush=True)
        sys.exit(1 if self.failed else 0)
