#!/usr/bin/env python3
"""Whole-process benchmark: Waymark's release binary in a pseudo-terminal.

Measures, at each terminal size, over --runs runs after one warm-up run:

  * first frame: from spawning the process to the last byte of its first
    complete screen (the screen's last-drawn text has arrived and the output
    has then stayed quiet for --quiet-ms; the time is that of the last byte,
    not of the end of the quiet gap);
  * keystroke -> finished redraw: from writing a key to the pty to the last
    byte of the redraw it causes, median and p95, and the bytes written;
  * peak RSS of the child (VmHWM from /proc just before it quits; see
    PtyProcess.sample_memory for why not ru_maxrss).

A trivial C ncurses program (floor.c: one line, a marker that j/k move, q
quits) runs interleaved with Waymark, in the same pty sizes, alternating which
goes first, and Waymark's figures are reported as ratios to it: the machine is
shared, so absolute times drift, but a pair run back to back drifts together.

Every run gets a fresh empty data directory (so Waymark opens the onboarding)
and a throwaway HOME, and starts Waymark bare, as a learner does. All runs share
one cache directory: with --curriculum DIR the warm-up parses DIR and keeps its
snapshot, as a learner's first start does, and the measured runs are the starts
after it. Waymark's key script per run:

  s                skip the onboarding to the path picker (not measured)
  j/k x K          cursor move on the path picker
  s                start the first path (saves progress, opens its plan; Enter
                   on the picker only shows a plan)
  Enter, h  x K    open the current phase / back to the plan
  Enter            (open the phase, not measured)
  Enter, Enter, h  x K
                   open the first activity's lesson chooser (not measured), then
                   its first lesson / back; the first open of a run loads the
                   lesson and is reported on its own line (opening no longer
                   marks a lesson read, so nothing is saved)
  G                (to the last deliverable, not measured)
  Space x K        toggle the deliverable done / not done (each one saves)
  q                quit; the process must exit, or it is killed and reported

Columns: wall-clock median / p95 / max; "x floor" is the median over runs of
(Waymark's median / the floor's marker-move median in the same run), "p95 x"
the same for p95 over all samples; "cpu" is the child's own on-CPU time for
the step and "runq" the time it sat runnable waiting for a CPU (both from
/proc/PID/schedstat). On a shared machine a wall-clock p95 far above the CPU
p95, with a large runq, is the machine, not Waymark (the floor shows how much);
a wall time far above CPU + runq is the program blocking, e.g. in fsync for a
save (each wake-up from a blocking call can add run-queue time too).

Afterwards progress.json must show the started path and the toggled
deliverable, and the reader's footer must have been on screen, so a key script that went astray is an error, not a fast
number.

The returning learner (issue 12; --scenarios returning) is the learner who
matters most: back with a path started five weeks ago, its first phases'
deliverables checked, 14 lessons read, about 200 review answers and a study log
(prepared once through Waymark's own command line, see
prepare_returning_learner). Waymark opens on the Today screen for them; only
the first frame is measured, in runs interleaved with the floor's as above, and
the screen must show Today with its reviews counted.

Standard library only. Usage:

  python3 Benchmarks/terminal/bench_terminal.py \
      --waymark .build-release/release/waymark --floor .build-release/floor \
      [--runs 10] [--keys 20] [--sizes 80x24,200x60] [--curriculum DIR] \
      [--scenarios fresh,returning] [--returning-path ID] \
      [--waymark-args '...'] [--json out.json] [--strict]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import errno
import fcntl
import glob
import json
import os
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

# Goals from issue 6.
GOAL_FIRST_FRAME_RATIO = 3.0
GOAL_KEY_P95_MS = 1.0
GOAL_CURSOR_BYTES = 300
GOAL_RSS_MIB = 20.0

# The scenarios the keystroke goal applies to.
GOAL_SCENARIOS = ("cursor move", "open phase", "open lesson", "toggle deliverable")

ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[()*+][0-~]"  # charset designation
    rb"|\x1b[ -/]*[0-~]"  # any other two-byte escape (ESC =, ESC >, ESC 7 ...)
)


def visible_text(data: bytes) -> str:
    """What a terminal would print, minus escape sequences and positioning."""
    return ESCAPES.sub(b"", data).decode("utf-8", "replace")


class BenchError(Exception):
    pass


@dataclasses.dataclass
class Sample:
    """One measured step: wall time to the last byte of the output it caused,
    the bytes, and the child's own on-CPU time and run-queue wait meanwhile
    (from /proc/PID/schedstat), which tell a slow program from a busy machine."""

    seconds: float
    bytes: int
    cpu_seconds: float
    runqueue_seconds: float


class PtyProcess:
    """One program in a fresh pseudo-terminal of a given size."""

    def __init__(self, argv: list[str], env: dict[str, str], cols: int, rows: int):
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        slave_name = os.ttyname(slave)
        # The child becomes a session leader and opens the slave as fd 0, which
        # makes it its controlling terminal, as a terminal emulator would.
        actions = [
            (os.POSIX_SPAWN_CLOSE, self.master),
            (os.POSIX_SPAWN_OPEN, 0, slave_name, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ]
        self.eof = False
        self.memory_kib: dict[str, int] = {}
        self.status = None
        self.transcript = bytearray()
        self.spawned_at = time.perf_counter()
        self.pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
        os.close(slave)
        os.set_blocking(self.master, False)

    def _read_available(self, timeout: float) -> tuple[float, bytes] | None:
        """Waits up to `timeout` seconds for output; returns (time, bytes) or None."""
        if self.eof:
            return None
        ready, _, _ = select.select([self.master], [], [], max(0.0, timeout))
        if not ready:
            return None
        now = time.perf_counter()
        try:
            data = os.read(self.master, 1 << 16)
        except BlockingIOError:
            return None
        except OSError as error:
            if error.errno == errno.EIO:  # the child closed the slave side
                self.eof = True
                return None
            raise
        if not data:
            self.eof = True
            return None
        self.transcript += data
        return now, data

    def drain(self) -> None:
        while self._read_available(0) is not None:
            pass

    def schedstat(self) -> tuple[float, float]:
        """Seconds the child has run on a CPU, and waited for one, since exec."""
        try:
            with open(f"/proc/{self.pid}/schedstat", encoding="ascii") as file:
                on_cpu, waiting, _ = file.read().split()
            return int(on_cpu) / 1e9, int(waiting) / 1e9
        except (OSError, ValueError):
            return float("nan"), float("nan")

    def read_burst(self, since: float, quiet: float, timeout: float, marker: str | None = None) -> Sample:
        """Reads output until `marker` (if any) has appeared in the visible text
        and then nothing arrives for `quiet` seconds. The sample's time is that
        of the last byte, relative to `since`; CPU figures are since exec."""
        data = bytearray()
        last = None
        deadline = time.perf_counter() + timeout
        seen = marker is None
        while True:
            now = time.perf_counter()
            if now > deadline:
                got = visible_text(bytes(data))[-200:]
                raise BenchError(f"no complete output within {timeout:.1f} s (marker {marker!r}; got {got!r})")
            if last is not None and seen:
                wait = last + quiet - now
                if wait <= 0:
                    break
            else:
                wait = deadline - now
            chunk = self._read_available(min(wait, deadline - now))
            if chunk is None:
                if self.eof:
                    raise BenchError("the program exited before finishing its output")
                continue
            last, received = chunk
            data += received
            if not seen and marker in visible_text(bytes(data)):
                seen = True
        cpu, runqueue = self.schedstat()
        return Sample(last - since, len(data), cpu, runqueue)

    def key(self, keys: bytes, quiet: float, timeout: float) -> Sample:
        """Writes `keys` and measures until the redraw they cause is finished."""
        self.drain()
        cpu_before, runqueue_before = self.schedstat()
        sent = time.perf_counter()
        os.write(self.master, keys)
        sample = self.read_burst(sent, quiet, timeout)
        sample.cpu_seconds -= cpu_before
        sample.runqueue_seconds -= runqueue_before
        return sample

    def sample_memory(self) -> None:
        """Reads the child's peak and current memory from /proc.

        Not ru_maxrss: posix_spawn (and fork) start the child in this Python
        process's address space, and Linux carries that address space's peak
        into the child's ru_maxrss across exec, so every child would "peak" at
        Python's size. VmHWM belongs to the exec'd program's own address space.
        Called just before quitting, it is the peak over the whole session
        except the quit itself."""
        try:
            with open(f"/proc/{self.pid}/status", encoding="ascii") as status:
                for line in status:
                    name, _, value = line.partition(":")
                    if name in ("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem"):
                        self.memory_kib[name] = int(value.split()[0])
        except OSError as error:
            raise BenchError(f"cannot read /proc/{self.pid}/status: {error}")

    def quit(self, keys: bytes, timeout: float) -> None:
        """Sends the quit key and waits for the exit; kills on timeout."""
        self.sample_memory()
        try:
            os.write(self.master, keys)
        except OSError:
            pass
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._read_available(0.01)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
                break
        self.close()
        if not (os.WIFEXITED(self.status) and os.WEXITSTATUS(self.status) == 0):
            raise BenchError(f"did not exit cleanly within {timeout:.1f} s of {keys!r} (wait status {self.status})")

    def close(self) -> None:
        """Never leaves the child behind."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, self.status = os.waitpid(self.pid, 0)
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    @property
    def peak_rss_kib(self) -> int:
        return self.memory_kib.get("VmHWM", 0)


def child_env(home: str, cache: str | None = None) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home,
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    if cache:
        env["XDG_CACHE_HOME"] = cache
    return env


def run_floor(args, cols: int, rows: int) -> dict:
    quiet, timeout = args.quiet_ms / 1000, args.timeout
    with tempfile.TemporaryDirectory(prefix="wm-bench-floor-") as home:
        process = PtyProcess([args.floor], child_env(home), cols, rows)
        try:
            first_frame = process.read_burst(process.spawned_at, quiet, timeout, marker="@")
            moves = [process.key(b"jk"[i % 2 : i % 2 + 1], quiet, timeout) for i in range(args.keys)]
            process.quit(b"q", timeout)
        finally:
            process.close()
    return {
        "first_frame": first_frame,
        "keys": {"cursor move": moves},
        "peak_rss_kib": process.peak_rss_kib,
        "memory_kib": process.memory_kib,
    }


def run_waymark(args, cols: int, rows: int) -> dict:
    quiet, timeout = args.quiet_ms / 1000, args.timeout

    def key(process: PtyProcess, keys: bytes) -> Sample:
        return process.key(keys, quiet, timeout)

    with tempfile.TemporaryDirectory(prefix="wm-bench-") as scratch:
        home = os.path.join(scratch, "home")
        # Started as a learner starts it: a bare `waymark`, keeping progress in
        # the default place under HOME.
        data_dir = os.path.join(home, ".local", "share", "waymark")
        os.mkdir(home)
        argv = [args.waymark] + args.extra_waymark_args
        process = PtyProcess(argv, child_env(home, args.cache_dir), cols, rows)
        samples: dict[str, list[Sample]] = {}
        try:
            first_frame = process.read_burst(
                process.spawned_at, quiet, timeout, marker=args.waymark_marker
            )
            # A first run opens the onboarding; skipping it (a save) leads to the picker.
            key(process, b"s")
            samples["cursor move"] = [key(process, b"jk"[i % 2 : i % 2 + 1]) for i in range(args.keys)]
            samples["start path (saves)"] = [key(process, b"s")]
            samples["open phase"], samples["back (h)"] = [], []
            for _ in range(args.keys):
                samples["open phase"].append(key(process, b"\r"))
                samples["back (h)"].append(key(process, b"h"))
            key(process, b"\r")
            samples["open lesson, first (loads)"], samples["open lesson"] = [], []
            for index in range(args.keys + 1):
                key(process, b"\r")  # the activity's lesson chooser, not measured
                opened = key(process, b"\r")
                samples["open lesson" if index else "open lesson, first (loads)"].append(opened)
                samples["back (h)"].append(key(process, b"h"))
            key(process, b"G")
            samples["toggle deliverable"] = [key(process, b" ") for _ in range(args.keys)]
            process.quit(b"q", timeout)
        finally:
            process.close()
        check_progress(course_progress_file(data_dir))
        if "lines 1-" not in visible_text(bytes(process.transcript)):
            raise BenchError("the key script did not open a lesson (no reader footer on screen)")
    return {
        "first_frame": first_frame,
        "keys": samples,
        "peak_rss_kib": process.peak_rss_kib,
        "memory_kib": process.memory_kib,
    }


def check_progress(path: str) -> None:
    """The key script reached every screen it meant to: the file says so."""
    try:
        with open(path, encoding="utf-8") as file:
            progress = json.load(file)
    except (OSError, ValueError) as error:
        raise BenchError(f"no readable progress file after the run: {error}")
    if not progress.get("activePath"):
        raise BenchError("the key script did not start a path (no activePath in progress.json)")
    if not progress.get("deliverables"):
        raise BenchError("the key script did not toggle a deliverable (no deliverables in progress.json)")


# ---------------------------------------------------------- the returning learner

# Issue 12: the learner who matters most comes back with a path under way. Their
# data directory is prepared once, then copied into each run's fresh HOME.
RETURNING_WEEKS_AGO = 5  # started five weeks and three days ago: week 6
RETURNING_LESSONS = 14
RETURNING_REVIEWS = 200
RETURNING_STUDY_DAYS = 18


def course_progress_file(data_dir: str) -> str:
    """The progress file Waymark wrote under the data directory: one per course, in
    a folder named by the course's id (the bundled one's or a --curriculum's)."""
    found = glob.glob(os.path.join(data_dir, "courses", "*", "progress.json"))
    if len(found) != 1:
        raise BenchError(f"expected one course's progress.json under {data_dir}, found {len(found)}")
    return found[0]


def prepare_returning_learner(args, data_dir: str) -> dict:
    """A learner who started a path weeks ago and kept at it: the deliverables of
    the phases behind them checked, lessons read, about 200 review answers spread
    over the weeks, and a study log. Everything Waymark's command line can record
    goes through it (start --on, check, log --on); the lessons read and the review
    answers, which only the interactive view records, are written into the file,
    and a last `log` makes Waymark save it once more, in its own format."""
    os.makedirs(data_dir, exist_ok=True)
    base = [args.waymark] + args.curriculum_args + ["--data-dir", data_dir]
    with tempfile.TemporaryDirectory(prefix="wm-bench-prep-") as home:
        env = child_env(home, args.cache_dir)

        def waymark(*words: str) -> str:
            done = subprocess.run(base + list(words), env=env, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                raise BenchError(f"preparing the returning learner: waymark {' '.join(words)}: {done.stderr.strip()}")
            return done.stdout

        lessons = json.loads(waymark("lessons", "--json"))
        # Foundation Builder when the curriculum has it, else the first path a lesson
        # names (the Bootcamp is listed among a lesson's paths but is not one to start).
        named = [p for lesson in lessons for p in lesson.get("paths", []) if p != "bootcamp"]
        path = args.returning_path or ("foundation-builder" if "foundation-builder" in named else next(iter(named), None))
        if not path:
            raise BenchError("preparing the returning learner: no lesson belongs to a path")
        today = datetime.date.today()
        start = today - datetime.timedelta(days=RETURNING_WEEKS_AGO * 7 + 3)
        waymark("start", path, "--on", start.isoformat())

        # The deliverables of the phases already behind, checked.
        plan = json.loads(waymark("show", path, "--json"))
        week = (today - start).days // 7 + 1
        checked = []
        for phase in plan["phases"]:
            if phase["weeks"][-1] < week:
                checked += [d["id"] for d in phase["deliverables"]]
        for deliverable in checked[:6]:
            waymark("check", deliverable)

        # The first lessons of the path, read one or two days apart.
        in_order = [l["id"] for l in json.loads(waymark("lessons", "--path", path, "--json"))]
        read_days = [start + datetime.timedelta(days=2 * i) for i in range(RETURNING_LESSONS)]
        progress_file = course_progress_file(data_dir)
        with open(progress_file, encoding="utf-8") as file:
            progress = json.load(file)
        progress["lessonsRead"] = {
            lesson: f"{day.isoformat()}T19:{index:02d}:00Z"
            for index, (lesson, day) in enumerate(zip(in_order, read_days))
            if day < today
        }
        with open(progress_file, "w", encoding="utf-8") as file:
            json.dump(progress, file)

        # Review answers: each card from the day after its lesson was read, at
        # growing intervals, until about 200 answers.
        cards = json.loads(waymark("review", "--all", "--json"))
        read_at = progress["lessonsRead"]
        now = datetime.datetime.now(datetime.timezone.utc)
        reviews = []
        for index, card in enumerate(cards):
            when = datetime.datetime.fromisoformat(read_at[card["lesson"]].replace("Z", "+00:00"))
            interval, stability, difficulty = 1.0, 2.3, 5.0
            answer = 0
            while True:
                when += datetime.timedelta(days=interval, minutes=7 * (index % 5))
                if when >= now:
                    break
                rating = "again" if (index + answer) % 9 == 4 else "hard" if (index + answer) % 7 == 3 else "good"
                interval = 1.0 if rating == "again" else interval * (1.6 if rating == "hard" else 2.5)
                stability, difficulty = interval, min(10.0, difficulty + (0.8 if rating == "again" else -0.1))
                due = when + datetime.timedelta(days=interval)
                reviews.append(
                    {
                        "at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "card": card["card"],
                        "difficulty": round(difficulty, 6),
                        "due": due.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "rating": rating,
                        "stability": round(stability, 6),
                    }
                )
                answer += 1
        reviews.sort(key=lambda record: record["at"])
        progress["reviews"] = reviews[:RETURNING_REVIEWS]
        with open(progress_file, "w", encoding="utf-8") as file:
            json.dump(progress, file)

        # A study log, most recent last; the last entry saves the file in Waymark's format.
        for index in range(RETURNING_STUDY_DAYS):
            day = start + datetime.timedelta(days=(index * (today - start).days) // RETURNING_STUDY_DAYS)
            waymark("log", f"{30 + 15 * (index % 4)}m", "--on", day.isoformat(), "--note", "reading")
        with open(progress_file, encoding="utf-8") as file:
            progress = json.load(file)
    summary = {
        "path": path,
        "startedOn": start.isoformat(),
        "deliverables done": len(progress["deliverables"]),
        "lessons read": len(progress["lessonsRead"]),
        "cards": len(cards),
        "reviews": len(progress["reviews"]),
        "study log": len(progress["studyLog"]),
        "bytes": os.path.getsize(progress_file),
    }
    if summary["reviews"] < RETURNING_REVIEWS // 2 or not summary["lessons read"]:
        raise BenchError(f"the returning learner came out too thin: {summary}")
    return summary


def run_returning(args, cols: int, rows: int) -> dict:
    """First frame only, for the returning learner: bare `waymark` with the
    prepared data directory, which opens on the Today screen; then quit."""
    quiet, timeout = args.quiet_ms / 1000, args.timeout
    with tempfile.TemporaryDirectory(prefix="wm-bench-returning-") as scratch:
        home = os.path.join(scratch, "home")
        data_dir = os.path.join(home, ".local", "share", "waymark")
        shutil.copytree(args.returning_template, data_dir)
        argv = [args.waymark] + args.extra_waymark_args
        process = PtyProcess(argv, child_env(home, args.cache_dir), cols, rows)
        try:
            first_frame = process.read_burst(process.spawned_at, quiet, timeout, marker=args.waymark_marker)
            screen = visible_text(bytes(process.transcript))
            if "Today" not in screen or "due now" not in screen:
                raise BenchError(f"the returning learner did not open on Today with reviews counted: {screen[-300:]!r}")
            process.quit(b"q", timeout)
        finally:
            process.close()
    return {"first_frame": first_frame, "peak_rss_kib": process.peak_rss_kib, "memory_kib": process.memory_kib}


# ---------------------------------------------------------------- statistics


def percentile(values: list[float], fraction: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = fraction * (len(ordered) - 1)
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def stats(values: list[float]) -> dict:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95), "max": max(values)}


def row(samples: list[Sample]) -> dict:
    return {
        "n": len(samples),
        "ms": stats([s.seconds * 1000 for s in samples]),
        "cpu_ms": stats([s.cpu_seconds * 1000 for s in samples]),
        "runqueue_ms": stats([s.runqueue_seconds * 1000 for s in samples]),
        "bytes": stats([s.bytes for s in samples]),
    }


def paired_ratio(floor_runs: list[dict], waymark_runs: list[dict], pick) -> float:
    """Median over runs of (Waymark's figure / the floor's figure in the same run)."""
    return statistics.median(pick(w) / pick(f) for f, w in zip(floor_runs, waymark_runs))


def summarize(floor_runs: list[dict], waymark_runs: list[dict]) -> dict:
    def floor_moves(run: dict) -> float:
        return statistics.median(s.seconds for s in run["keys"]["cursor move"])

    summary = {
        "first_frame": {
            "floor": row([f["first_frame"] for f in floor_runs]),
            "waymark": row([w["first_frame"] for w in waymark_runs]),
            "ratio": paired_ratio(floor_runs, waymark_runs, lambda run: run["first_frame"].seconds),
            "cpu_ratio": paired_ratio(floor_runs, waymark_runs, lambda run: run["first_frame"].cpu_seconds),
        },
        "peak_rss_mib": {
            "floor": statistics.median(f["peak_rss_kib"] for f in floor_runs) / 1024,
            "waymark": statistics.median(w["peak_rss_kib"] for w in waymark_runs) / 1024,
            "waymark_max": max(w["peak_rss_kib"] for w in waymark_runs) / 1024,
            # Just before quitting: anonymous (heap, stacks) versus file-backed
            # (the binary and its shared libraries) resident memory.
            "floor_anon_file": [
                statistics.median(f["memory_kib"].get(k, 0) for f in floor_runs) / 1024 for k in ("RssAnon", "RssFile")
            ],
            "waymark_anon_file": [
                statistics.median(w["memory_kib"].get(k, 0) for w in waymark_runs) / 1024
                for k in ("RssAnon", "RssFile")
            ],
        },
        "keys": {"floor: marker move": row([s for f in floor_runs for s in f["keys"]["cursor move"]])},
    }
    floor_p95 = summary["keys"]["floor: marker move"]["ms"]["p95"]
    for name in waymark_runs[0]["keys"]:
        samples = [s for w in waymark_runs for s in w["keys"][name]]
        summary["keys"][name] = row(samples)
        summary["keys"][name]["ratio"] = statistics.median(
            statistics.median(s.seconds for s in w["keys"][name]) / floor_moves(f)
            for f, w in zip(floor_runs, waymark_runs)
        )
        summary["keys"][name]["p95_ratio"] = summary["keys"][name]["ms"]["p95"] / floor_p95
    return summary


def summarize_first_frames(floor_runs: list[dict], waymark_runs: list[dict]) -> dict:
    """First frame and peak memory only, as ratios to the floor run beside each."""
    return {
        "floor": row([f["first_frame"] for f in floor_runs]),
        "waymark": row([w["first_frame"] for w in waymark_runs]),
        "ratio": paired_ratio(floor_runs, waymark_runs, lambda run: run["first_frame"].seconds),
        "ratios": [w["first_frame"].seconds / f["first_frame"].seconds for f, w in zip(floor_runs, waymark_runs)],
        "cpu_ratio": paired_ratio(floor_runs, waymark_runs, lambda run: run["first_frame"].cpu_seconds),
        "peak_rss_mib": max(w["peak_rss_kib"] for w in waymark_runs) / 1024,
    }


def print_returning_report(size: str, summary: dict, runs: int, learner: dict) -> bool:
    """The returning learner's first frame (issue 12); true when the goal is met."""
    print(f"\n== {size}, returning learner  ({runs} paired runs after a warm-up; times in ms) ==")
    print(
        f"  {learner['lessons read']} lessons read, {learner['reviews']} reviews of {learner['cards']} cards, "
        f"{learner['deliverables done']} deliverables done, {learner['study log']} study entries "
        f"({learner['bytes']} bytes), {learner['path']} started {learner['startedOn']}"
    )
    for label in ("floor", "waymark"):
        data = summary[label]
        print(
            f"  {label:<10} median {data['ms']['median']:7.3f}  p95 {data['ms']['p95']:7.3f}  "
            f"cpu median {data['cpu_ms']['median']:7.3f}  runq p95 {data['runqueue_ms']['p95']:7.3f}"
        )
    ratios = sorted(summary["ratios"])
    print(
        f"  waymark / floor, pairs: median {summary['ratio']:.2f}x (range {ratios[0]:.2f}-{ratios[-1]:.2f}); "
        f"CPU time {summary['cpu_ratio']:.2f}x; peak RSS {summary['peak_rss_mib']:.1f} MiB"
    )
    ok = summary["ratio"] <= GOAL_FIRST_FRAME_RATIO
    label = f"returning learner first frame <= {GOAL_FIRST_FRAME_RATIO:g}x floor"
    print(f"goals:\n  [{'ok' if ok else 'MISS'}] {label:<46} {summary['ratio']:.2f}x")
    return ok


def verdicts(summary: dict) -> list[tuple[str, bool, str]]:
    result = []
    ratio = summary["first_frame"]["ratio"]
    cpu_ratio = summary["first_frame"]["cpu_ratio"]
    result.append(
        (
            f"first frame <= {GOAL_FIRST_FRAME_RATIO:g}x floor",
            ratio <= GOAL_FIRST_FRAME_RATIO,
            f"{ratio:.2f}x (CPU time {cpu_ratio:.2f}x)",
        )
    )
    for name in GOAL_SCENARIOS:
        p95 = summary["keys"][name]["ms"]["p95"]
        cpu = summary["keys"][name]["cpu_ms"]["p95"]
        verdict = f"{p95:.3f} ms (its own CPU p95 {cpu:.3f} ms)"
        result.append((f"{name} p95 < {GOAL_KEY_P95_MS:g} ms", p95 < GOAL_KEY_P95_MS, verdict))
    moved = summary["keys"]["cursor move"]["bytes"]["max"]
    result.append((f"cursor move <= {GOAL_CURSOR_BYTES} B", moved <= GOAL_CURSOR_BYTES, f"max {moved:.0f} B"))
    rss = summary["peak_rss_mib"]["waymark_max"]
    result.append((f"peak RSS < {GOAL_RSS_MIB:g} MiB", rss < GOAL_RSS_MIB, f"{rss:.1f} MiB"))
    return result


def print_report(size: str, summary: dict, runs: int) -> None:
    first = summary["first_frame"]
    rss = summary["peak_rss_mib"]
    print(f"\n== {size}  ({runs} paired runs after a warm-up; times in ms) ==")
    header = (
        f"{'':<36} {'n':>4} {'median':>8} {'p95':>8} {'max':>8} {'x floor':>8} {'p95 x':>6}"
        f" {'cpu med':>8} {'cpu p95':>8} {'runq p95':>8} {'bytes':>6} {'max B':>6}"
    )
    print(header.replace(" " * 36, f"{'first frame (spawn -> last byte)':<36}", 1))

    def line(label: str, data: dict, ratio: float | None, p95_ratio: float | None) -> None:
        print(
            f"  {label:<34} {data['n']:>4} {data['ms']['median']:>8.3f} {data['ms']['p95']:>8.3f} "
            f"{data['ms']['max']:>8.3f} {(f'{ratio:.2f}' if ratio else '-'):>8} "
            f"{(f'{p95_ratio:.2f}' if p95_ratio else '-'):>6} {data['cpu_ms']['median']:>8.3f} "
            f"{data['cpu_ms']['p95']:>8.3f} {data['runqueue_ms']['p95']:>8.3f} "
            f"{data['bytes']['median']:>6.0f} {data['bytes']['max']:>6.0f}"
        )

    line("floor", first["floor"], None, None)
    line("waymark", first["waymark"], first["ratio"], None)
    print(f"  (first-frame CPU time, waymark / floor, median of pairs: {first['cpu_ratio']:.2f}x)")
    print(header.replace(" " * 36, f"{'keystroke -> finished redraw':<36}", 1))
    for name, data in summary["keys"].items():
        line(name, data, data.get("ratio"), data.get("p95_ratio"))
    print(
        f"\npeak RSS (VmHWM): floor {rss['floor']:.1f} MiB, waymark {rss['waymark']:.1f} MiB "
        f"(max {rss['waymark_max']:.1f}, {rss['waymark'] / rss['floor']:.1f}x floor)"
    )
    print(
        "  resident at quit, anonymous + file-backed: floor {:.1f} + {:.1f} MiB, waymark {:.1f} + {:.1f} MiB".format(
            *rss["floor_anon_file"], *rss["waymark_anon_file"]
        )
    )
    print("goals:")
    for label, ok, value in verdicts(summary):
        print(f"  [{'ok' if ok else 'MISS'}] {label:<34} {value}")


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)x(\d+)", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 80x24, not {text!r}")
    return int(match.group(1)), int(match.group(2))


def main() -> int:
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--waymark", default=os.path.join(root, ".build-release/release/waymark"))
    parser.add_argument("--floor", default=os.path.join(root, ".build-release/floor"))
    parser.add_argument("--runs", type=int, default=10, help="paired runs per size, after one warm-up (default 10)")
    parser.add_argument("--keys", type=int, default=20, help="samples per key scenario per run (default 20)")
    parser.add_argument("--sizes", default="80x24,200x60", help="comma-separated COLSxROWS (default 80x24,200x60)")
    parser.add_argument("--quiet-ms", type=float, default=40, help="silence that ends a redraw (default 40)")
    parser.add_argument("--timeout", type=float, default=10, help="seconds before a step counts as hung")
    parser.add_argument("--curriculum", help="passed to Waymark as --curriculum DIR")
    parser.add_argument("--waymark-args", default="", help="more arguments for Waymark, shell-quoted")
    parser.add_argument(
        "--waymark-marker", default="quit", help="last text of Waymark's first screen (default: the footer's 'quit')"
    )
    parser.add_argument(
        "--scenarios",
        default="fresh,returning",
        help="fresh (a first start: first frame and every key script), returning (issue 12: the first "
        "frame of a learner back on a path under way); comma-separated (default both)",
    )
    parser.add_argument("--returning-path", help="the returning learner's path (default: the first lesson's path)")
    parser.add_argument("--json", metavar="FILE", help="also write every sample and the summary as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 2 when a goal is missed")

    args = parser.parse_args()
    args.extra_waymark_args = shlex.split(args.waymark_args)
    args.curriculum_args = ["--curriculum", os.path.abspath(args.curriculum)] if args.curriculum else []
    args.extra_waymark_args = args.curriculum_args + args.extra_waymark_args
    scenarios = {name.strip() for name in args.scenarios.split(",")}
    if not scenarios or not scenarios <= {"fresh", "returning"}:
        parser.error(f"--scenarios takes fresh and/or returning, not {args.scenarios!r}")
    args.fresh, args.returning = "fresh" in scenarios, "returning" in scenarios
    for program in (args.waymark, args.floor):
        if not os.access(program, os.X_OK):
            parser.error(f"{program} is not an executable; build it first (scripts/benchmark does)")
    if args.runs < 1 or args.keys < 2:
        parser.error("need --runs >= 1 and --keys >= 2")
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    # One cache for every Waymark run: the warm-up is a learner's first start
    # (a --curriculum directory is parsed and snapshotted), the measured runs
    # are the starts after it.
    args.cache_dir = tempfile.mkdtemp(prefix="wm-bench-cache-")
    try:
        return measure(args, sizes)
    finally:
        shutil.rmtree(args.cache_dir, ignore_errors=True)


def measure(args, sizes) -> int:

    report = {
        "waymark": args.waymark,
        "waymark_args": args.extra_waymark_args,
        "runs": args.runs,
        "keys_per_scenario_per_run": args.keys,
        "quiet_ms": args.quiet_ms,
        "load_average_at_start": os.getloadavg()[0],
        "tmpdir_filesystem": filesystem_of(tempfile.gettempdir()),
        "sizes": {},
    }
    if args.returning:
        args.returning_template = os.path.join(args.cache_dir, "returning-learner")
        try:
            report["returning_learner"] = prepare_returning_learner(args, args.returning_template)
        except (BenchError, OSError, ValueError, KeyError, subprocess.SubprocessError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"returning learner: {report['returning_learner']}", file=sys.stderr)
    runners = {"floor": run_floor, "waymark": run_waymark, "returning": run_returning}
    chosen = ["floor"] + (["waymark"] if args.fresh else []) + (["returning"] if args.returning else [])
    failed = False
    for cols, rows in sizes:
        size = f"{cols}x{rows}"
        runs = {which: [] for which in chosen}
        for run in range(args.runs + 1):  # run 0 is the warm-up
            # Alternate the order, so that none always gets the warmer cache.
            order = chosen if run % 2 == 0 else chosen[::-1]
            results = {}
            for which in order:
                try:
                    results[which] = runners[which](args, cols, rows)
                except BenchError as error:
                    print(f"error: {size} run {run} {which}: {error}", file=sys.stderr)
                    return 1
            if run > 0:
                for which in chosen:
                    runs[which].append(results[which])
            print(
                f"{size} {'warm-up' if run == 0 else f'run {run}/{args.runs}'}: first frame "
                + ", ".join(f"{which} {results[which]['first_frame'].seconds * 1000:.1f} ms" for which in chosen),
                file=sys.stderr,
            )
        report["sizes"][size] = {f"{which}_runs": runs[which] for which in chosen}
        if args.fresh:
            summary = summarize(runs["floor"], runs["waymark"])
            print_report(size, summary, args.runs)
            failed |= not all(ok for _, ok, _ in verdicts(summary))
            report["sizes"][size]["summary"] = summary
        if args.returning:
            summary = summarize_first_frames(runs["floor"], runs["returning"])
            ok = print_returning_report(size, summary, args.runs, report["returning_learner"])
            failed |= not ok
            report["sizes"][size]["returning_summary"] = summary
    if args.json:
        with open(args.json, "w", encoding="utf-8") as file:
            json.dump(report, file, indent=1, default=dataclasses.asdict)
    print(
        f"\n(progress files on {report['tmpdir_filesystem']}; load average "
        f"{report['load_average_at_start']:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)"
    )
    return 2 if failed and args.strict else 0


def filesystem_of(path: str) -> str:
    """The file system the progress files live on: fsync costs depend on it."""
    best = ("?", "")
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                _, mount_point, kind = line.split()[:3]
                if path.startswith(mount_point) and len(mount_point) >= len(best[1]):
                    best = (kind, mount_point)
    except OSError:
        pass
    return f"{best[0]} ({best[1]})"


if __name__ == "__main__":
    sys.exit(main())
