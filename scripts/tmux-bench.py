#!/usr/bin/env python3
"""The real program in a real terminal, timed from outside: launch to the first queue rows,
then each pane key and search to its finished screen, in tmux at 120x40 (a capture of the
pane every millisecond or two, so each figure includes the terminal and a capture's cost);
and the most memory the program held (VmHWM) by the end of the session.

Usage: tmux-bench.py BIN DATABASE [RUNS]  (3 runs by default; prints medians and maxima)
"""
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

binary, database = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
now = "2026-11-28T09:00:00+08:00"
session = "circledesk-bench"
# A tmux server of its own for each run: a server whose last session just ended may still be
# exiting when the next run starts one, and refuse it ("server exited unexpectedly"). Their
# sockets go in a folder of this script's, removed at the end (tmux leaves a killed server's).
sockets = tempfile.TemporaryDirectory(prefix="circledesk-bench-")
server = ["tmux", "-S", ""]


def tmux(*arguments, **options):
    return subprocess.run(server + list(arguments), **options)


def screen():
    return tmux("capture-pane", "-p", "-t", session, capture_output=True, text=True).stdout


def has(pattern):
    return lambda text: re.search(pattern, text, re.M) is not None


def lacks(pattern):
    return lambda text: re.search(pattern, text, re.M) is None


def rows(text):
    return [line for line in text.splitlines() if line.startswith("QZ-")]


def shows(pattern):
    """The screen shows `pattern`, whatever was shown before the key."""
    return lambda text, _before: has(pattern)(text)


def new_rows(status):
    """The status line says `status` and the rows are no longer those shown before the key: the
    desk names a new filter at once and shows its rows when read, so the label alone is not
    the finished screen."""
    return lambda text, before: status(text) and rows(text) != rows(before)


def wait(done, limit=60.0):
    """Seconds until the screen satisfies `done`."""
    start = time.monotonic()
    while not done(screen()):
        if time.monotonic() - start > limit:
            raise SystemExit(f"gave up after {limit} s; the screen:\n{screen()}")
    return time.monotonic() - start


def keys(*names, literal=False):
    tmux("send-keys", "-t", session, *(["-l"] if literal else []), *names, check=True)


# (what, keys typed first untimed, the timed key, the finished screen given the one before)
steps = [
    ("2 township table", [], "2", shows(r"^罗阳镇 +\d")),
    ("4 satisfaction", [], "4", shows("团干部测评：满意")),
    ("5 weekly summary", [], "5", shows("一、本周概况")),
    ("< week before", [], "<", shows("周报 2026-W47")),
    ("1 queue", [], "1", shows(r"^QZ-")),
    ("/生姜 Enter", ["/", "生姜"], "Enter", new_rows(has("搜索“生姜”.*共"))),
    ("x clear", [], "x", new_rows(lacks("搜索“"))),
    ("/台风过后 Enter", ["/", "台风过后"], "Enter", new_rows(has("搜索“台风过后”.*共"))),
    ("x clear again", [], "x", new_rows(lacks("搜索“"))),
]

times = {"launch to first rows": []}
memory = []
for name, *_ in steps:
    times[name] = []
for run in range(runs):
    server[2] = os.path.join(sockets.name, str(run))
    start = time.monotonic()
    tmux("new-session", "-d", "-s", session, "-x", "120", "-y", "40",
         f"exec env TERM=xterm-256color {shlex.quote(binary)} --db {shlex.quote(database)} --now {now}", check=True)
    # The run's server goes with it, however the run ends (a wait that times out, Ctrl-C).
    try:
        wait(has(r"^QZ-"))
        times["launch to first rows"].append(time.monotonic() - start)
        for name, typed, key, done in steps:
            for text in typed:
                keys(text, literal=len(text) > 1 or not text.isascii())
            time.sleep(0.2)
            before = screen()
            start = time.monotonic()
            keys(key)
            wait(lambda text: done(text, before))
            times[name].append(time.monotonic() - start)
            time.sleep(0.2)
        pid = tmux("display-message", "-p", "-t", session, "#{pane_pid}", capture_output=True, text=True).stdout.strip()
        with open(f"/proc/{pid}/status") as status:
            memory += [int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM")]
        keys("q")
    finally:
        tmux("kill-server", capture_output=True)
for name, values in times.items():
    print(f"{name:22} median {statistics.median(values) * 1000:8.1f} ms   max {max(values) * 1000:8.1f} ms")
print(f"{'resident memory':22} most {max(memory):8.1f} MB")
