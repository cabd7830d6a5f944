#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One PostgreSQL 15 server for a whole ctest run of the pg tests (the pg_server fixture).

  pg_test_server.py start STEM   initdb in STEM-<ctest's pid>, start the server on a free port
                                 of 127.0.0.1, write its URL to the folder's file `url`
  pg_test_server.py stop STEM    fast shutdown, then the folder is removed

The folder is the ctest run's own (ctest is the parent of this script and of every test), so
two runs in one build folder never stop each other's server. Each test executable reads
STEM-<its parent's pid>/url (SLIPWAY_TEST_PG_URL_FILE) and makes its databases there, which
spares every executable a server and a template of its own. Servers whose run is gone (an
interrupted ctest) are stopped by the next start. As root the server runs as the system user
slipway-pg, as tests/support/PgServer.cpp does, since PostgreSQL refuses to run as root.
"""
import os
import pwd
import shutil
import socket
import subprocess
import sys

SYSTEM_USER = "slipway-pg"


def bin_dir():
    return os.environ.get("SLIPWAY_PG_BINDIR", "/usr/lib/postgresql/15/bin")


def environment():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PG") and not k.startswith("LC_")}
    env.update(LC_ALL="C", LANG="C", TZ="UTC")
    return env


def account():
    """The uid and gid to run the server as, or None to run as ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", SYSTEM_USER], check=False)
        entry = pwd.getpwnam(SYSTEM_USER)
    return entry.pw_uid, entry.pw_gid


def run(args, ids, folder):
    def drop():
        if ids:
            os.setgroups([])
            os.setgid(ids[1])
            os.setuid(ids[0])
    return subprocess.run(args, cwd=folder, env=environment(), preexec_fn=drop,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(folder, mode="fast"):
    data = os.path.join(folder, "data")
    if os.path.exists(os.path.join(data, "postmaster.pid")):
        run([os.path.join(bin_dir(), "pg_ctl"), "-D", data, "-m", mode, "-w", "stop"],
            account(), folder)
    shutil.rmtree(folder, ignore_errors=True)


def run_folder(stem, pid):
    return f"{stem}-{pid}"


def stop_orphans(stem):
    """Stops the servers of ctest runs that are gone."""
    parent, prefix = os.path.split(stem)
    for name in os.listdir(parent or "."):
        pid = name[len(prefix) + 1:] if name.startswith(prefix + "-") else ""
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            stop(os.path.join(parent, name), "immediate")


def start(folder):
    stop(folder, "immediate")  # a run whose pid came round again
    if not os.path.exists(os.path.join(bin_dir(), "initdb")):
        sys.exit(f"PostgreSQL 15 is not installed (no {bin_dir()}/initdb): run ./dev.sh")
    os.makedirs(folder, mode=0o700)
    ids = account()
    if ids:
        os.chown(folder, ids[0], ids[1])
    data = os.path.join(folder, "data")
    made = run([os.path.join(bin_dir(), "initdb"), "--pgdata=" + data, "--username=postgres",
                "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
                "--no-instructions"], ids, folder)
    if made.returncode != 0:
        sys.exit("initdb failed: " + made.stdout.strip().replace("\n", " | "))
    for _ in range(5):  # a port someone took between the probe and the bind: another one
        port = free_port()
        options = " ".join([
            "-c listen_addresses=127.0.0.1", f"-c port={port}",
            f"-c unix_socket_directories={folder}", "-c fsync=off", "-c synchronous_commit=off",
            "-c full_page_writes=off", "-c lc_messages=C", "-c max_connections=100",
            "-c shared_buffers=64MB"])
        started = run([os.path.join(bin_dir(), "pg_ctl"), "-D", data, "-l",
                       os.path.join(folder, "server.log"), "-w", "-t", "60", "-o", options,
                       "start"], ids, folder)
        if started.returncode == 0:
            url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
            with open(os.path.join(folder, "url"), "w") as f:
                f.write(url + "\n")
            print(url)
            return
    with open(os.path.join(folder, "server.log")) as log:
        sys.exit("PostgreSQL did not start: " + log.read()[-600:].replace("\n", " | "))


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit("usage: pg_test_server.py start|stop FOLDER")
    stem = os.path.abspath(sys.argv[2])
    folder = run_folder(stem, os.getppid())
    if sys.argv[1] == "start":
        stop_orphans(stem)
        start(folder)
    else:
        stop(folder)


if __name__ == "__main__":
    main()
