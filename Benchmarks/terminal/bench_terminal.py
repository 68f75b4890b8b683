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
  Enter            start the first path (saves progress, opens its plan)
  Enter, h  x K    open the current phase / back to the plan
  Enter            (open the phase, not measured)
  Enter, h  x K    open the first activity's lesson / back; the first open of a
                   run loads the lesson and saves it as read and is reported on
                   its own line
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

Afterwards progress.json must show the started path, the lesson read and the
toggled deliverable, so a key script that went astray is an error, not a fast
number.

Standard library only. Usage:

  python3 Benchmarks/terminal/bench_terminal.py \
      --waymark .build-release/release/waymark --floor .build-release/floor \
      [--runs 10] [--keys 20] [--sizes 80x24,200x60] [--curriculum DIR] \
      [--waymark-args '...'] [--json out.json] [--strict]
"""

from __future__ import annotations

import argparse
import dataclasses
import errno
import fcntl
import json
import os
import re
import select
import shlex
import shutil
import signal
import statistics
import struct
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
            samples["start path (saves)"] = [key(process, b"\r")]
            samples["open phase"], samples["back (h)"] = [], []
            for _ in range(args.keys):
                samples["open phase"].append(key(process, b"\r"))
                samples["back (h)"].append(key(process, b"h"))
            key(process, b"\r")
            samples["open lesson, first (loads, saves)"], samples["open lesson"] = [], []
            for index in range(args.keys + 1):
                opened = key(process, b"\r")
                samples["open lesson" if index else "open lesson, first (loads, saves)"].append(opened)
                samples["back (h)"].append(key(process, b"h"))
            key(process, b"G")
            samples["toggle deliverable"] = [key(process, b" ") for _ in range(args.keys)]
            process.quit(b"q", timeout)
        finally:
            process.close()
        check_progress(os.path.join(data_dir, "courses", "distributed-systems", "progress.json"))
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
    if not progress.get("lessonsRead"):
        raise BenchError("the key script did not open a lesson (no lessonsRead in progress.json)")
    if not progress.get("deliverables"):
        raise BenchError("the key script did not toggle a deliverable (no deliverables in progress.json)")


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
    parser.add_argument("--json", metavar="FILE", help="also write every sample and the summary as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 2 when a goal is missed")

    args = parser.parse_args()
    args.extra_waymark_args = shlex.split(args.waymark_args)
    if args.curriculum:
        args.extra_waymark_args = ["--curriculum", os.path.abspath(args.curriculum)] + args.extra_waymark_args
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
    failed = False
    for cols, rows in sizes:
        size = f"{cols}x{rows}"
        floor_runs, waymark_runs = [], []
        for run in range(args.runs + 1):  # run 0 is the warm-up
            # Alternate which goes first, so neither always gets the warmer cache.
            order = ("floor", "waymark") if run % 2 == 0 else ("waymark", "floor")
            results = {}
            for which in order:
                try:
                    results[which] = (run_floor if which == "floor" else run_waymark)(args, cols, rows)
                except BenchError as error:
                    print(f"error: {size} run {run} {which}: {error}", file=sys.stderr)
                    return 1
            if run > 0:
                floor_runs.append(results["floor"])
                waymark_runs.append(results["waymark"])
            print(
                f"{size} {'warm-up' if run == 0 else f'run {run}/{args.runs}'}: first frame "
                f"floor {results['floor']['first_frame'].seconds * 1000:.1f} ms, "
                f"waymark {results['waymark']['first_frame'].seconds * 1000:.1f} ms",
                file=sys.stderr,
            )
        summary = summarize(floor_runs, waymark_runs)
        print_report(size, summary, args.runs)
        failed |= not all(ok for _, ok, _ in verdicts(summary))
        report["sizes"][size] = {"summary": summary, "floor_runs": floor_runs, "waymark_runs": waymark_runs}
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
