"""Backups of a 300-participant database, the checks at start-up, and restoring, against floors measured in the
same run.

The floor for a backup is SQLite's own online backup API copying the same file
to the same folder, with nothing else: no integrity check, no fsync, no rename.
A Trainer backup adds what makes it safe (a temporary name, `integrity_check`
on the copy, fsync, rename); the table shows what that costs. The daily backup
at start runs off the GUI thread (trainer.gui.main_window._open_database): its
cost is `open_database` on the first start of a day minus a later start.

    python bench/backups.py [--runs 5] [--people 300]
"""

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people", type=int, default=300)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="trainer-bench-"))
    os.environ["TRAINER_HOME"] = str(home)

    from bench.reports import median_ms, seed
    from trainer.courses.loader import load_course
    from trainer.storage import backups
    from trainer.storage.database import open_database

    course = load_course(REPO / "courses" / "ecommerce-export").course
    db = open_database(daily_backup=False)
    seed(db, course, args.people)
    db.dispose()
    file = db.file
    size_mb = file.stat().st_size / 2**20
    floor_target = home / "floor.sqlite"

    def floor() -> None:
        source, copy = sqlite3.connect(file), sqlite3.connect(floor_target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()

    def one_backup() -> None:
        database = open_database(daily_backup=False, quick_check=False)
        try:
            backups.backup(database, "bench")
        finally:
            database.dispose()

    floor_ms = median_ms(floor, args.runs)
    backup_ms = median_ms(one_backup, args.runs)
    latest = backups.latest_backup()

    def integrity() -> None:
        backups.integrity_problem(latest.path)

    def quick() -> None:
        with sqlite3.connect(file) as connection:
            connection.execute("PRAGMA quick_check").fetchall()

    def later_start() -> None:
        open_database().dispose()

    def first_start_of_the_day() -> None:
        for item in backups.list_backups():
            if item.kind == "daily":
                item.path.unlink()
        open_database().dispose()

    restore_copy = home / "restore-me.sqlite"
    shutil.copy(latest.path, restore_copy)

    def restore() -> None:
        backups.restore(file, restore_copy)

    rows = [
        ("floor: sqlite3 online backup API, bare", floor_ms, None),
        ("Trainer backup (temp name, integrity_check, fsync, rename)", backup_ms, backup_ms / floor_ms),
        ("  of which integrity_check of the copy", median_ms(integrity, args.runs), None),
        ("quick_check at start (off the GUI thread)", median_ms(quick, args.runs), None),
        ("open_database, a later start of the day", median_ms(later_start, args.runs), None),
        ("open_database, first start of the day (daily backup)", median_ms(first_start_of_the_day, args.runs), None),
        ("restore (backs up the current file first)", median_ms(restore, args.runs), None),
    ]
    print(f"{args.people} participants: database {size_mb:.1f} MiB, backup {latest.path.stat().st_size / 2**20:.1f} MiB; "
          f"median of {args.runs}")
    for label, ms, ratio in rows:
        print(f"{label:58} {ms:8.1f} ms" + (f"   {ratio:.2f} x floor" if ratio else ""))
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
