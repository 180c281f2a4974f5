"""Exports and bundles are written whole or not at all."""

import errno
import os
import time
from pathlib import Path

import pytest

from trainer.errors import UserError
from trainer.files import atomic_write, remove_stale_parts, write_all_then


def test_atomic_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "out" / "report.csv"
    atomic_write(target, b"old")
    atomic_write(target, lambda stream: stream.write(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in target.parent.iterdir()] == ["report.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "report.csv"
    target.write_bytes(b"old")

    def broken(stream):
        stream.write(b"half")
        raise OSError("USB stick pulled out")

    with pytest.raises(OSError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


# -- OS errors become a clear message naming the folder (issue 11) ---------------------------------------


def failing_write(number):
    def write(stream):
        stream.write(b"half")
        raise OSError(number, os.strerror(number))
    return write


@pytest.mark.parametrize("number, code, en, es", [
    (errno.ENOSPC, "disk-full", "The disk is full: nothing was saved in {folder}.", "El disco está lleno"),
    (errno.EDQUOT, "quota", "Your disk quota is used up: nothing was saved in {folder}.", "cuota de disco"),
    (errno.EROFS, "read-only", "The folder {folder} is read-only", "es de solo lectura"),
    (errno.EACCES, "no-permission", "Trainer may not write in the folder {folder}", "no tiene permiso"),
    (errno.EIO, "write-failed", "Could not save in the folder {folder} (Input/output error)", "No se pudo guardar"),
])
def test_disk_errors_name_the_folder_and_what_to_do(tmp_path, number, code, en, es):
    target = tmp_path / "exports" / "report.csv"
    with pytest.raises(UserError) as error:
        atomic_write(target, failing_write(number))
    assert error.value.code == code
    assert error.value.message("en").startswith(en.format(folder=target.parent))
    assert es in error.value.message("es") and str(target.parent) in error.value.message("es")
    assert "try again" in error.value.message("en") or "permission" in error.value.message("en")
    assert isinstance(error.value, OSError) and error.value.errno == number  # code catching OSError still works
    assert list(target.parent.iterdir()) == []


def test_a_folder_that_cannot_be_made_is_a_clear_error_too(tmp_path):
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(UserError) as error:
        atomic_write(tmp_path / "file" / "sub" / "report.csv", b"data")
    assert str(tmp_path / "file" / "sub") in error.value.message("en")


def test_a_cancel_is_not_turned_into_a_disk_error(tmp_path):
    class Cancelled(Exception):
        pass

    def cancel(stream):
        raise Cancelled()

    with pytest.raises(Cancelled):
        atomic_write(tmp_path / "report.csv", cancel)
    assert list(tmp_path.iterdir()) == []


def test_remove_stale_parts_removes_only_old_part_files(tmp_path):
    old = tmp_path / ".report.csv.ab_12xyz.part"
    old_aside = tmp_path / f".cert.pdf.{'0' * 32}.old.part"
    young = tmp_path / ".report.csv.def456gh.part"
    deep = tmp_path / "certificates" / "taller" / ".ana.pdf.k2j4h5g6.part"
    kept = [tmp_path / "report.csv", tmp_path / "notes.part", tmp_path / ".my-own-notes.part"]
    for path in [old, old_aside, young, deep, *kept]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    two_hours_ago = time.time() - 7200
    for path in (old, old_aside, deep, *kept):
        os.utime(path, (two_hours_ago, two_hours_ago))
    assert remove_stale_parts(tmp_path) == sorted([old, old_aside])
    assert young.exists() and deep.exists() and all(path.exists() for path in kept)
    assert remove_stale_parts(tmp_path, recursive=True) == [deep]
    assert remove_stale_parts(tmp_path, older_than=0) == [young]
    assert all(path.exists() for path in kept)
    assert remove_stale_parts(tmp_path / "missing") == []


def test_the_part_file_a_crash_leaves_is_recognised_as_stale(tmp_path, monkeypatch):
    """A power cut stops atomic_write before it can tidy up; here its unlink is made to do nothing instead."""
    leftover = []
    monkeypatch.setattr(Path, "unlink", lambda self, missing_ok=False: leftover.append(self))

    def power_cut(stream):
        stream.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "report.csv", power_cut)
    monkeypatch.undo()
    [part] = leftover
    assert part.exists() and part.parent == tmp_path
    assert remove_stale_parts(tmp_path) == []  # too young: it might be a write under way
    os.utime(part, (0, 0))
    assert remove_stale_parts(tmp_path) == [part] and list(tmp_path.iterdir()) == []


def test_write_all_then_commits_only_when_every_file_is_written(tmp_path):
    files = {tmp_path / "a.pdf": b"a", tmp_path / "b.pdf": b"b"}
    assert write_all_then(files, lambda: "committed") == "committed"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"a.pdf": b"a", "b.pdf": b"b"}

    commits = []
    (tmp_path / "c.pdf").mkdir()  # the third file cannot be written where a folder is
    with pytest.raises(UserError):
        write_all_then({tmp_path / "a.pdf": b"A", tmp_path / "new.pdf": b"N", tmp_path / "c.pdf": b"C"},
                       lambda: commits.append(1))
    assert commits == []
    assert {p.name: (p.read_bytes() if p.is_file() else None) for p in tmp_path.iterdir()} == {
        "a.pdf": b"a", "b.pdf": b"b", "c.pdf": None}


def test_write_all_then_undoes_the_files_when_the_commit_fails(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"old a")

    class Refused(Exception):
        pass

    def commit():
        assert (tmp_path / "a.pdf").read_bytes() == b"new a"  # the files are in place when the commit runs
        raise Refused()

    with pytest.raises(Refused):
        write_all_then({tmp_path / "a.pdf": b"new a", tmp_path / "b.pdf": b"new b"}, commit)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"a.pdf": b"old a"}


@pytest.mark.skipif(os.name != "posix", reason="owner/group/other permission bits are POSIX")
def test_reports_and_certificates_can_be_read_by_others_but_keys_cannot(tmp_path):
    """A report or certificate is opened and printed by other accounts and programs; a key is not."""
    from trainer.files import write_once

    report = atomic_write(tmp_path / "report.csv", b"a,b\n")
    key = write_once(tmp_path / "device.key", b"secret")
    certificate = tmp_path / "certificate.pdf"
    write_all_then({certificate: b"%PDF"}, lambda: None)
    waiting = atomic_write(tmp_path / "pending.json", b"[]", private=True)
    assert oct(report.stat().st_mode & 0o777) == oct(0o644)
    assert oct(certificate.stat().st_mode & 0o777) == oct(0o644)
    assert oct(key.stat().st_mode & 0o777) == oct(0o600)
    assert oct(waiting.stat().st_mode & 0o777) == oct(0o600)
