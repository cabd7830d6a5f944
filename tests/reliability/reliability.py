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
    return args


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
