"""Exports and bundles are written whole or not at all."""

import pytest

from trainer.files import atomic_write


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
