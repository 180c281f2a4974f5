"""What the trust model costs: PIN hashing (and so guessing PINs), and checking participant bundles row by row.

(a) PINs. The median time of `hash_pin` and `pin_matches` with the real scrypt parameters
(trainer.people.pins: N=2^17, r=8, p=1) and with the old ones (N=2^14), against the floor of a bare
`hashlib.scrypt` call with the same parameters; the memory one try needs (128 * N * r bytes, and the
peak resident memory it adds to a fresh process, measured); and what it costs whoever copied the
database file to try every 4-digit and every 6-digit PIN on one core of this machine (one `pin_matches`
per try; on average half of that finds it).

(b) Bundles. Importing 40 participant bundles (40 learners who did the whole course) into a
300-participant database, measured by bench/bundles.py's own code on the current tree, and the same
workload measured by the bench/bundles.py of the code before the trust changes (`--before`: a
checkout or a commit, default f1eceb7, made into a temporary git worktree and removed after), run in
the same session, alternately, `--rounds` times. Each side's floor is bare SQLAlchemy executemany of
the same rows, in its own process. Budget (the issue): the row checks must not make importing 40
bundles more than 1.5 x slower than before. `--profile N` also prints where the current import's
time goes.

    python bench/trust.py [--runs 7] [--before f1eceb7 | --before DIR | --before none] [--rounds 3]
                         [--profile 30]
"""

import argparse
import hashlib
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUDGET = 1.5
OLD_N = 2**14
PIN = "482915"

MEMORY_PROBE = r"""
import hashlib, sys

def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
n, r, p = (int(v) for v in sys.argv[1:4])
before = peak()
hashlib.scrypt(b"482915", salt=b"0" * 16, n=n, r=r, p=p, dklen=32, maxmem=2**31 - 1)
print(peak() - before)
"""


def median_seconds(work, runs: int) -> float:
    work()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measured_memory(n: int, r: int, p: int) -> int:
    """Peak resident memory one scrypt try adds to a fresh interpreter, in bytes."""
    result = subprocess.run([sys.executable, "-c", MEMORY_PROBE, str(n), str(r), str(p)], capture_output=True,
                            text=True, check=True, timeout=120)
    return int(result.stdout.strip())


def duration(seconds: float) -> str:
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 3 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def pin_costs(runs: int) -> None:
    from trainer.people import pins

    real_n, r, p = pins.SCRYPT_N, pins.SCRYPT_R, pins.SCRYPT_P
    rows = []
    for label, n in ((f"now  N=2^{real_n.bit_length() - 1}", real_n), (f"old  N=2^{OLD_N.bit_length() - 1}", OLD_N)):
        pins.SCRYPT_N = n  # hash_pin writes its parameters into the stored hash; pin_matches reads them back
        try:
            stored = pins.hash_pin(PIN)
            floor = median_seconds(lambda: hashlib.scrypt(PIN.encode(), salt=os.urandom(16), n=n, r=r, p=p, dklen=32,
                                                          maxmem=2**31 - 1), runs)
            hashing = median_seconds(lambda: pins.hash_pin(PIN), runs)
            matching = median_seconds(lambda: pins.pin_matches("000000", stored), runs)
        finally:
            pins.SCRYPT_N = real_n
        rows.append((label, r, p, floor, hashing, matching, 128 * n * r, measured_memory(n, r, p)))

    print(f"(a) PIN hashes on this machine ({os.cpu_count()} cores), median of {runs} runs; a try is one pin_matches "
          f"on one core")
    header = (f"{'parameters':16} {'floor: bare scrypt':>18} {'hash_pin':>17} {'pin_matches':>17} "
              f"{'memory/try':>10} {'measured':>9} {'all 4-digit':>12} {'all 6-digit':>12}")
    print(header)
    for label, r, p, floor, hashing, matching, formula, measured in rows:
        print(f"{label + f' r={r} p={p}':16} {floor * 1000:15.0f} ms "
              f"{hashing * 1000:6.0f} ms {hashing / floor:5.2f}x {matching * 1000:6.0f} ms {matching / floor:5.2f}x "
              f"{formula / 2**20:6.0f} MiB {measured / 2**20:5.0f} MiB "
              f"{duration(matching * 10**4):>12} {duration(matching * 10**6):>12}")
    (_, _, _, _, _, now, *_), (_, _, _, _, _, old, *_) = rows
    print(f"a try costs {now / old:.1f} x the old parameters' (their memory: {rows[0][6] // rows[1][6]} x); "
          f"ratios are to the bare scrypt floor of the same parameters")


# -- (b) bundles --------------------------------------------------------------------------------------------------


def bundles_module():
    """bench/bundles.py, imported under its own name (trainer.bundles is another thing)."""
    spec = importlib.util.spec_from_file_location("bench_bundles", Path(__file__).with_name("bundles.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def before_tree(before: str) -> tuple[Path, Path | None]:
    """(checkout to run, temporary worktree to remove afterwards or None)."""
    if Path(before).is_dir():
        return Path(before), None
    folder = Path(tempfile.mkdtemp(prefix="trainer-bench-before-"))
    os.rmdir(folder)
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(folder), before], check=True,
                   capture_output=True)
    return folder, folder


def measure_before(tree: Path, bundle_count: int, participants: int) -> dict:
    """That tree's bench/bundles.py with its own `trainer` package, in its own process; its table, parsed."""
    env = dict(os.environ, PYTHONPATH=str(tree))
    result = subprocess.run([sys.executable, "bench/bundles.py", "--bundles", str(bundle_count), "--participants",
                             str(participants)], cwd=tree, env=env, capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        raise SystemExit(f"{tree}/bench/bundles.py failed:\n{result.stderr}")
    seconds = {}
    for line in result.stdout.splitlines():
        found = re.match(r"^(bare insert|export|import \d+ bundles into|import the same).*?\s(\d+\.\d+)\s", line)
        if found:
            seconds[{"bare insert": "floor", "export": "export", "import the same": "again"}.get(
                found[1], "merge")] = float(found[2])
    if set(seconds) != {"floor", "export", "merge", "again"}:
        raise SystemExit(f"could not read {tree}/bench/bundles.py's table:\n{result.stdout}")
    return seconds


def bundle_costs(before: str, rounds: int, bundle_count: int, participants: int, profile: int = 0) -> None:
    bench_bundles = bundles_module()
    tree, temporary = (None, None) if before.lower() == "none" else before_tree(before)
    now, old, profiler = [], [], None
    home = os.environ.get("TRAINER_HOME")  # bench/bundles.py points it at its own temporary folder
    try:
        for _ in range(rounds):
            now.append(bench_bundles.measure(bundle_count, participants))
            if tree is not None:
                old.append(measure_before(tree, bundle_count, participants))
        if profile:  # one more run of the current tree, not timed above: cProfile slows it down
            import cProfile

            profiler = cProfile.Profile()
            bench_bundles.measure(bundle_count, participants, profiler)
    finally:
        if home is None:
            os.environ.pop("TRAINER_HOME", None)
        else:
            os.environ["TRAINER_HOME"] = home
        if temporary is not None:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(temporary)], check=False,
                           capture_output=True)
            shutil.rmtree(temporary, ignore_errors=True)

    print()
    print(f"(b) {bench_bundles.merge_label(bundle_count, participants)}: {now[0]['rows']} rows "
          f"({now[0]['course'].id}), {rounds} round(s), current tree then {before if tree else 'no'} 'before' tree")
    rows = []
    for index, (current, previous) in enumerate(zip(now, old or [None] * len(now)), start=1):
        rows.append((f"round {index}: floor, bare executemany", current["floor"], previous and previous["floor"],
                     "", ""))
        for key, label in (("merge", f"import {bundle_count} bundles"), ("again", "import again (nothing new)")):
            ratio = f"{current[key] / previous[key]:.2f} x" if previous else ""
            normal = f"{(current[key] / current['floor']) / (previous[key] / previous['floor']):.2f} x" \
                if previous else ""
            rows.append((f"round {index}: {label}", current[key], previous and previous[key], ratio, normal))
    width = max(len(row[0]) for row in rows)
    print(f"{'measure':{width}}  {'now':>8}  {'before':>8}  {'x floor now':>11}  {'x floor before':>14}  "
          f"{'now/before':>10}  {'(floor-normalized)':>18}  budget")
    floor_now = floor_before = None
    for name, current, previous, ratio, normal in rows:
        if "floor" in name:
            floor_now, floor_before = current, previous
            print(f"{name:{width}}  {current:7.3f}s  {f'{previous:7.3f}s' if previous else '':>8}")
            continue
        budget = f"<= {BUDGET:g} x" if "again" not in name and previous else ""
        over = "  OVER" if budget and current / previous > BUDGET else ""
        print(f"{name:{width}}  {current:7.3f}s  {f'{previous:7.3f}s' if previous else '':>8}  "
              f"{current / floor_now:10.1f}x  {f'{previous / floor_before:13.1f}x' if previous else '':>14}  "
              f"{ratio:>10}  {normal:>18}  {budget}{over}")
    if old:
        merged = statistics.median(c["merge"] for c in now) / statistics.median(p["merge"] for p in old)
        normal = statistics.median(c["merge"] / c["floor"] for c in now) / statistics.median(
            p["merge"] / p["floor"] for p in old)
        print(f"median over rounds: importing {bundle_count} bundles takes {merged:.2f} x as long as before "
              f"({normal:.2f} x in floors; budget <= {BUDGET:g} x){'  OVER' if merged > BUDGET else ''}")
    if profiler is not None:
        import pstats

        print("\nprofile of one more run of the current tree's two imports (cProfile: slower than the timings above), "
              "trainer's own functions by cumulative time:")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(r"/trainer/", profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="PIN hashes timed per measure (median)")
    parser.add_argument("--before", default="f1eceb7",
                        help="the code before the trust changes: a checkout, a commit (temporary worktree), or none")
    parser.add_argument("--rounds", type=int, default=3, help="bundle imports timed on each side, alternately")
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--participants", type=int, default=300)
    parser.add_argument("--skip-pins", action="store_true")
    parser.add_argument("--skip-bundles", action="store_true")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also profile the current tree's imports and print trainer's N costliest functions")
    args = parser.parse_args()
    if not args.skip_pins:
        pin_costs(args.runs)
    if not args.skip_bundles:
        bundle_costs(args.before, args.rounds, args.bundles, args.participants, args.profile)


if __name__ == "__main__":
    main()
