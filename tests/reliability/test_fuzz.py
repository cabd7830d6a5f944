# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the libFuzzer targets of tests/fuzz with Clang and runs each one for a short, bounded
time, seeded from the test data, the hostile corpus and the real files beside the tree. Prints
the executions per fuzzer and fails on any crash, hang, leak or out-of-memory input.

SLIPWAY_FUZZ_SECONDS sets the time per fuzzer (default 15). Without clang++ or its libFuzzer
runtime this fails, naming what to install: dev.sh installs both."""
import glob
import os
import re
import shutil
import subprocess
import sys
import time

from reliability import Tally, arguments

# Which seeds suit which target: the formats under tests/data (and ../shared/testdata/real)
# and the hostile files by name.
SEEDS = {
    "fuzz_parsers": (["junit", "sarif", "bench"], ["junit_*", "sarif_*", "bench_*"]),
    "fuzz_csv": (["csv", "bench/*.csv"], ["scope_*.csv", "acks_*.csv", "bench_*.csv"]),
    "fuzz_scope_csv": (["csv"], ["scope_*.csv"]),
    "fuzz_ics": (["ics"], ["ics_*"]),
    "fuzz_sbom": (["sbom", "checksums"], ["sarif_*", "junit_*"]),
    "fuzz_runbook": (["runbooks"], ["scope_*.csv", "acks_*.csv"]),
    "fuzz_prometheus": (["prometheus", "health"], ["sbom_*.json", "bench_*.json"]),
    "fuzz_metric_csv": (["metrics", "prometheus"], ["acks_*.csv", "bench_*.csv", "bench_*.json"]),
    "fuzz_incidents": (["incidents"], ["scope_*.csv", "acks_*.csv"]),
    "fuzz_check_definition": (["validation", "health"], ["sbom_*.json", "bench_*.json"]),
    "fuzz_connection_spec": (["connections"], []),
}
DICTS = {"fuzz_parsers": "parsers.dict", "fuzz_ics": "ics.dict", "fuzz_sbom": "sbom.dict",
         "fuzz_prometheus": "prometheus.dict", "fuzz_metric_csv": "prometheus.dict",
         "fuzz_connection_spec": "connections.dict"}
ARTIFACTS = ("crash-", "leak-", "timeout-", "oom-")


def clang_missing(work):
    """Why libFuzzer cannot be used here, or None. A one-line program tells a missing compiler
    apart from a missing runtime (Debian ships libclang_rt.fuzzer in libclang-rt-14-dev)."""
    if not shutil.which("clang++"):
        return "clang++ is not installed (apt-get install clang libclang-rt-14-dev; dev.sh does)"
    probe = os.path.join(work, "probe.cpp")
    with open(probe, "w") as f:
        f.write('#include <cstddef>\n#include <cstdint>\nextern "C" int '
                'LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }\n')
    r = subprocess.run(["clang++", "-fsanitize=fuzzer,address", probe, "-o", probe + ".bin"],
                       capture_output=True, text=True, errors="replace")
    if r.returncode != 0:
        last = (r.stderr.strip().splitlines() or ["?"])[-1]
        return f"clang++ cannot link a libFuzzer program ({last}); install libclang-rt-14-dev"
    return None


def build(source, out):
    """Configures and builds tests/fuzz on its own; returns the error text or None."""
    command = ["cmake", "-S", os.path.join(source, "tests", "fuzz"), "-B", out,
               "-DCMAKE_CXX_COMPILER=clang++", "-DSLIPWAY_FUZZ=ON"]
    if shutil.which("ninja"):
        command += ["-G", "Ninja"]
    if shutil.which("ccache"):
        command.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
    for step in (command, ["cmake", "--build", out]):
        r = subprocess.run(step, capture_output=True, text=True, errors="replace", timeout=600)
        if r.returncode != 0:
            return " ".join(step) + "\n" + (r.stdout + r.stderr)[-4000:]
    return None


def seed(corpus, source, fuzzer):
    """Copies the seeds of one fuzzer into its scratch corpus, so libFuzzer's additions never
    land in the source tree. Returns how many files were copied."""
    os.makedirs(corpus)
    formats, hostile = SEEDS[fuzzer]
    patterns = []
    for root in (os.path.join(source, "tests", "data"),
                 os.path.join(source, "..", "shared", "testdata", "real")):
        for fmt in formats:
            path = os.path.join(root, fmt)
            patterns.append(os.path.join(path, "**", "*") if os.path.isdir(path) else path)
    patterns += [os.path.join(source, "tests", "data", "hostile", p) for p in hostile]
    count = 0
    for pattern in patterns:
        for path in sorted(glob.glob(pattern, recursive=True)):
            if not os.path.isfile(path):
                continue
            count += 1
            shutil.copyfile(path, os.path.join(corpus, f"seed{count:04d}-{os.path.basename(path)}"))
    return count


def executions(output):
    """Executions from libFuzzer's output: the final stats, else "Done N runs", else the
    last status line ("#N ..."), which is all there is when it stopped on a crash."""
    for pattern in (r"stat::number_of_executed_units:\s*(\d+)", r"Done (\d+) runs",
                    r"^#(\d+)\s"):
        found = re.findall(pattern, output, re.MULTILINE)
        if found:
            return int(found[-1])
    return 0


def report(output):
    """The part of a crash report worth printing: our own message, the sanitizer's summary and
    the frames in Slipway's code."""
    keep = []
    for line in output.splitlines():
        if ("not one line" in line or "ERROR:" in line or "SUMMARY:" in line
                or "runtime error" in line or ("#" in line and "/models/" in line)
                or "fuzz_" in line and ".cpp:" in line):
            keep.append("    " + line.strip()[:300])
    return "\n".join(keep[:30])


def main():
    args = arguments("Build the libFuzzer targets and run each one for a short time.")
    tally = Tally("fuzz")
    seconds = int(os.environ.get("SLIPWAY_FUZZ_SECONDS", "15"))

    missing = clang_missing(args.work)
    if missing:
        tally.check(False, missing)
        tally.finish()

    out = os.path.join(args.build, "fuzz")
    started = time.monotonic()
    failure = build(args.source, out)
    if failure:
        tally.check(False, "building tests/fuzz failed:\n" + failure)
        tally.finish()
    print(f"built {out} in {time.monotonic() - started:.0f} s", flush=True)

    names = sorted(os.path.basename(p)[:-4]
                   for p in glob.glob(os.path.join(args.source, "tests", "fuzz", "fuzz_*.cpp")))
    for fuzzer in names:
        binary = os.path.join(out, fuzzer)
        if not tally.check(os.access(binary, os.X_OK), f"{fuzzer} was not built"):
            continue
        if not tally.check(fuzzer in SEEDS, f"{fuzzer}: no seeds listed in test_fuzz.py"):
            continue
        corpus = os.path.join(args.work, "corpus", fuzzer)
        seeds = seed(corpus, args.source, fuzzer)
        artifacts = os.path.join(args.work, "artifacts", fuzzer)
        os.makedirs(artifacts)
        # -timeout: one input running 10 s is a hang; -rss_limit_mb: an input that makes the
        # parser balloon is a finding too; -max_len: the real files go up to 240 KB, and
        # mutating inputs that long would cut the executions tenfold. Leak detection is on
        # with AddressSanitizer.
        command = [binary, f"-max_total_time={seconds}", "-timeout=10", "-rss_limit_mb=2048",
                   "-max_len=65536", "-print_final_stats=1", f"-artifact_prefix={artifacts}/",
                   corpus]
        if fuzzer in DICTS:
            command.insert(1, "-dict=" + os.path.join(args.source, "tests", "fuzz",
                                                      DICTS[fuzzer]))
        env = dict(os.environ)
        env.setdefault("ASAN_OPTIONS", "detect_leaks=1")
        started = time.monotonic()
        try:
            r = subprocess.run(command, capture_output=True, text=True, errors="replace",
                               timeout=seconds + 300, env=env)
            output, rc = r.stdout + r.stderr, r.returncode
        except subprocess.TimeoutExpired as e:
            # libFuzzer stops itself at -max_total_time; this is the backstop for a wedge.
            output = b"".join(x or b"" for x in (e.stdout, e.stderr)).decode(errors="replace")
            rc = f"killed after {seconds + 300} s"
        took = time.monotonic() - started
        found = sorted(f for f in os.listdir(artifacts) if f.startswith(ARTIFACTS))
        runs = executions(output)
        print(f"{fuzzer}: {runs} executions in {took:.0f} s from {seeds} seeds, "
              f"{len(found)} crashes, corpus now {len(os.listdir(corpus))} files", flush=True)
        tally.check(runs > 0, f"{fuzzer}: no executions counted (rc {rc})")
        for name in found:
            tally.check(False, f"{fuzzer}: reproducer {os.path.join(artifacts, name)} "
                               f"(run: {binary} {os.path.join(artifacts, name)})")
        if not tally.check(rc == 0, f"{fuzzer}: exit status {rc}") or found:
            print(report(output), flush=True)
    print(f"{len(names)} fuzzers, {seconds} s each", flush=True)
    tally.finish()


if __name__ == "__main__":
    main()
