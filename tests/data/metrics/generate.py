#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the synthetic metric files of this folder (see tests/data/README.md): three days of
one-minute samples around a production deployment at 2026-11-02T00:00:00Z. The generator is
seeded, so the files are the same on every run: python3 generate.py"""
import datetime
import random

START = datetime.datetime(2026, 11, 1, 0, 1, tzinfo=datetime.timezone.utc)
DEPLOYED = datetime.datetime(2026, 11, 2, 0, 0, tzinfo=datetime.timezone.utc)
COUNT = 3 * 24 * 60


def write(name, header, value, unix=False):
    rng = random.Random(name)
    with open(name, "w", newline="\n") as f:
        if header:
            f.write(header + "\n")
        for i in range(COUNT):
            at = START + datetime.timedelta(minutes=i)
            v = value(rng, at >= DEPLOYED)
            stamp = str(int(at.timestamp())) if unix else at.strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write(f"{stamp},{v}\n")


# Error rate in percent: 0.50 before, 0.80 after the deployment, noise of 0.05.
write("error_rate_shifted.csv", "timestamp,error_rate",
      lambda rng, after: f"{max(0.0, rng.gauss(0.80 if after else 0.50, 0.05)):.4f}")
# p95 latency in ms: the same before and after, noise of 12 ms; Unix seconds, no header.
write("latency_p95_unchanged.csv", None,
      lambda rng, after: f"{rng.gauss(212.0, 12.0):.1f}", unix=True)
