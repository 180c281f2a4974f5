"""Writing files so that a crash or a pulled USB stick never leaves half a file under the real name."""

import os
import re
import tempfile
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def atomic_write(path: Path, write: Callable[[BinaryIO], None] | bytes) -> Path:
    """Write to a temporary file in the same folder, flush it to disk, then rename it over `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            if isinstance(write, bytes):
                stream.write(write)
            else:
                write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def write_once(path: Path, data: bytes) -> Path:
    """Write `path` atomically unless it exists; when two threads or processes race, the first file stays.

    For keys: linking the staged file never overwrites, so everyone ends up reading the same key.
    """
    path = Path(path)
    staged = atomic_write(path.with_name(f".new-{uuid.uuid4().hex}-{path.name}"), data)
    os.chmod(staged, 0o600)  # mkstemp made it so already; said here because keys depend on it
    try:
        os.link(staged, path)
    except FileExistsError:
        pass
    finally:
        staged.unlink()
    return path


def file_stem(text: str, fallback: str, limit: int = 60) -> str:
    """A file name safe on every file system and USB stick: ASCII letters and digits joined by '-'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")[:limit].strip("-") or fallback
