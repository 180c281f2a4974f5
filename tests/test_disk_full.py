"""A full disk (or USB stick) says so plainly, names the folder, and leaves nothing half-done (issue 11).

Each test runs twice: on a real 1 MB tmpfs filled up (needs root to mount; skipped with the reason
otherwise), and with writes in `trainer.files` patched to fail with ENOSPC once a byte budget is spent.
"""

import errno
import os
import subprocess
from pathlib import Path

import pytest

from tests.certificates.conftest import PASSPHRASE, make_room
from tests.reports.test_report_files import sample
from trainer.certificates import issuing
from trainer.certificates.issuing import issue_workshop_certificates
from trainer.certificates.keys import PASSPHRASE_VARIABLE
from trainer.errors import UserError
from trainer.files import atomic_write
from trainer.reports.export import export_report
from trainer.storage.models import Certificate

FILLER = "filler.bin"


class _Budget:
    def __init__(self, folder: Path, free: int):
        self.folder, self.free = folder, free


class _FullStream:
    """A file in the disk's folder: writes spend the budget, and fail with ENOSPC once it is spent."""

    def __init__(self, stream, budget: _Budget):
        self._stream, self._budget = stream, budget

    def write(self, data) -> int:
        size = len(memoryview(data).cast("B"))
        if size > self._budget.free:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._budget.free -= size
        return self._stream.write(data)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._stream.close()


class _PatchedOs:
    """`os` as trainer.files sees it, with fdopen handing out budgeted streams for files in the disk's folder."""

    def __init__(self, budget: _Budget):
        self._budget = budget

    def __getattr__(self, name):
        return getattr(os, name)

    def fdopen(self, fd, *args, **kwargs):
        stream = os.fdopen(fd, *args, **kwargs)
        try:
            where = Path(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            where = self._budget.folder  # no /proc: count every write
        return _FullStream(stream, self._budget) if where.is_relative_to(self._budget.folder) else stream


class Disk:
    """A folder on a nearly full disk: `fill(free)` leaves about `free` bytes writable."""

    def __init__(self, kind: str, folder: Path, monkeypatch):
        self.kind, self.folder, self._monkeypatch = kind, folder, monkeypatch

    def fill(self, free: int = 0) -> None:
        if self.kind == "tmpfs":
            stats = os.statvfs(self.folder)
            wanted = max(0, stats.f_bavail * stats.f_frsize - free) // 4096
            with open(self.folder / FILLER, "wb", buffering=0) as stream:
                try:
                    for _ in range(wanted if free else 1 << 30):  # with free=0: until not even a page is left
                        stream.write(b"\0" * 4096)
                except OSError as error:
                    assert error.errno == errno.ENOSPC
        else:
            import trainer.files

            self._monkeypatch.setattr(trainer.files, "os", _PatchedOs(_Budget(self.folder, free)))

    def contents(self) -> list[str]:
        """Every file and folder left in the disk's folder (the filler aside), hidden `.part` files included."""
        return sorted(str(p.relative_to(self.folder)) for p in self.folder.rglob("*")
                      if p.name != FILLER and p.is_file())


@pytest.fixture(params=["tmpfs", "patched"])
def disk(request, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    if request.param == "tmpfs":
        if os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root; the 'patched' variant covers the same paths")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip() or done.returncode}")
        yield Disk("tmpfs", folder, monkeypatch)
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    else:
        yield Disk("patched", folder, monkeypatch)


def assert_says_disk_full(error: UserError, folder: Path) -> None:
    assert error.code == "disk-full"
    assert error.message("en").startswith(f"The disk is full: nothing was saved in {folder}. Free some space")
    assert error.message("es").startswith(f"El disco está lleno: no se guardó nada en {folder}. Libere espacio")


# -- a single save ---------------------------------------------------------------------------------


def test_a_save_on_a_full_disk_says_so_and_keeps_the_old_file(disk):
    target = disk.folder / "notes" / "report.csv"
    atomic_write(target, b"old version")
    disk.fill()
    with pytest.raises(UserError) as error:
        atomic_write(target, b"new version " * 10_000)
    assert_says_disk_full(error.value, target.parent)
    assert isinstance(error.value, OSError) and error.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old version"
    assert disk.contents() == ["notes/report.csv"]  # no hidden .part file


# -- a certificate batch: rows and PDFs, all or nothing ------------------------------------------------


@pytest.fixture
def room(db, example_course, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    room = make_room(db, example_course)
    for name in ("Ana Núñez", "Bea Ibáñez", "Carla Gómez", "Dora Pérez"):
        room.graduate(name)
    return room


def certificate_rows(db) -> int:
    with db.session() as session:
        return session.query(Certificate).count()


def pdf_sizes(room, folder) -> list[int]:
    """The size of each PDF a batch would write, found without writing or recording anything."""

    class Measured(Exception):
        pass

    sizes = []

    def measure(files, commit):
        sizes.extend(len(data) for data in files.values())
        raise Measured()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(issuing, "write_all_then", measure)
        with pytest.raises(Measured):
            issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=folder)
    return sizes


@pytest.mark.parametrize("room_for", ["nothing", "one-pdf-and-a-half"])
def test_a_certificate_batch_on_a_full_disk_records_and_writes_nothing(room, disk, room_for):
    target = disk.folder / "certificates"
    free = 0
    if room_for != "nothing":
        sizes = pdf_sizes(room, target)
        assert len(sizes) == 4
        free = sizes[0] + sizes[1] // 2 + (8192 if disk.kind == "tmpfs" else 0)  # tmpfs counts whole pages
    disk.fill(free)
    with pytest.raises(UserError) as error:
        issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=target)
    assert_says_disk_full(error.value, target)
    assert certificate_rows(room.db) == 0
    assert disk.contents() == []  # no PDF, no hidden .part file


def test_a_failed_commit_removes_the_new_pdfs_and_puts_back_the_old_ones(room, tmp_path, monkeypatch):
    target = tmp_path / "certificates"
    first = issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    assert len(before) == 4 and certificate_rows(room.db) == 4
    with room.db.session() as session:  # a correction: Ana's certificate will be reissued under a new name
        from trainer.storage.models import Participant

        session.get(Participant, first.outcomes[0].certificate.participant_id).name = "Ana María Núñez"

    def broken_commit(*args):
        raise OSError(errno.ENOSPC, "database or disk is full")

    monkeypatch.setattr(issuing, "_record", broken_commit)
    with pytest.raises(UserError) as error:
        issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=target)
    assert error.value.code == "disk-full"
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before  # same files, same bytes, no .part
    assert certificate_rows(room.db) == 4

    class Refused(Exception):
        pass

    def refused_commit(*args):
        raise Refused()

    monkeypatch.setattr(issuing, "_record", refused_commit)
    with pytest.raises(Refused):  # any failed commit, not only a disk error, undoes the files
        issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=target, one_file=True)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before


# -- reports in every format ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_report_on_a_full_disk_says_so_and_leaves_nothing(disk, fmt):
    disk.fill()
    target = disk.folder / "reports" / f"informe.{fmt}"
    with pytest.raises(UserError) as error:
        export_report(sample(rows=300), fmt, target)
    assert_says_disk_full(error.value, target.parent)
    assert disk.contents() == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_a_report_that_half_fits_keeps_the_previous_file(disk, fmt, recwarn):
    target = disk.folder / f"informe.{fmt}"
    export_report(sample(rows=10), fmt, target)
    before = target.read_bytes()
    disk.fill(free=len(before) // 2 if disk.kind == "patched" else 0)
    with pytest.raises(UserError):
        export_report(sample(rows=300), fmt, target)
    assert target.read_bytes() == before
    assert disk.contents() == [f"informe.{fmt}"]
    assert not [w for w in recwarn if "closed file" in str(w.message)]


def test_a_read_only_disk_says_so(tmp_path):
    folder = tmp_path / "locked-usb"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only tmpfs needs root; test_files.py covers EROFS with a patched error")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {done.stderr.strip() or done.returncode}")
    try:
        with pytest.raises(UserError) as error:
            export_report(sample(rows=5), "csv", folder / "informe.csv")
        assert error.value.code == "read-only"
        assert f"The folder {folder} is read-only" in error.value.message("en")
        assert list(folder.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_database_disk_during_a_batch_names_the_database_folder_and_removes_the_pdfs(room, tmp_path,
                                                                                           monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    if room.db.file is None:
        pytest.skip("SQLite's own 'disk is full' error: this run uses a server database")

    def full(*args):
        raise OperationalError("INSERT INTO certificates ...", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(issuing, "_record", full)
    target = tmp_path / "certificates"
    with pytest.raises(UserError) as error:
        issue_workshop_certificates(room.db, room.workshop.id, room.course, folder=target)
    assert_says_disk_full(error.value, room.db.file.parent)
    assert not target.exists() or list(target.iterdir()) == []
    assert certificate_rows(room.db) == 0
