"""Writing files so that a crash or a pulled USB stick never leaves half a file under the real name."""

import errno
import os
import re
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from trainer.errors import UserError

PART_SUFFIX = ".part"
STALE_PART_SECONDS = 3600
PUBLIC_MODE = 0o644  # what an ordinary program's new file gets (mkstemp's 0600 would hide reports from others)

MESSAGES = {
    "disk-full": {
        "en": "The disk is full: nothing was saved in {folder}. Free some space (delete or move files) or choose "
              "another folder or USB stick, then try again.",
        "es": "El disco está lleno: no se guardó nada en {folder}. Libere espacio (borre o mueva archivos) o elija "
              "otra carpeta u otra memoria USB, y vuelva a intentarlo.",
    },
    "quota": {
        "en": "Your disk quota is used up: nothing was saved in {folder}. Delete some of your files or choose "
              "another folder, then try again.",
        "es": "Se agotó su cuota de disco: no se guardó nada en {folder}. Borre algunos de sus archivos o elija "
              "otra carpeta, y vuelva a intentarlo.",
    },
    "read-only": {
        "en": "The folder {folder} is read-only (a locked USB stick or a read-only disk): nothing was saved. "
              "Unlock the USB stick or choose another folder, then try again.",
        "es": "La carpeta {folder} es de solo lectura (una memoria USB bloqueada o un disco de solo lectura): no "
              "se guardó nada. Desbloquee la memoria USB o elija otra carpeta, y vuelva a intentarlo.",
    },
    "no-permission": {
        "en": "Trainer may not write in the folder {folder}: nothing was saved. Choose another folder (for example "
              "your Documents folder) or ask whoever manages this computer for permission.",
        "es": "Trainer no tiene permiso para escribir en la carpeta {folder}: no se guardó nada. Elija otra carpeta "
              "(por ejemplo Documentos) o pida permiso a quien administra esta computadora.",
    },
    "write-failed": {
        "en": "Could not save in the folder {folder} ({reason}): nothing was saved. Check that the disk or USB "
              "stick is still connected, or choose another folder, then try again.",
        "es": "No se pudo guardar en la carpeta {folder} ({reason}): no se guardó nada. Compruebe que el disco o "
              "la memoria USB sigue conectado, o elija otra carpeta, y vuelva a intentarlo.",
    },
}

_CODES = {errno.ENOSPC: "disk-full", errno.EDQUOT: "quota", errno.EROFS: "read-only", errno.EACCES: "no-permission",
          errno.EPERM: "no-permission"}


class WriteError(UserError, OSError):
    """A file could not be written for a reason on the disk (full, read-only, no permission...): said plainly,
    naming the folder and what to do. It is a UserError (to show) and still an OSError (for code that retries
    or catches OSError); `errno` keeps the cause."""

    def __init__(self, folder: Path, error: OSError):
        code = _CODES.get(error.errno, "write-failed")
        super().__init__(MESSAGES, code, folder=str(folder), reason=error.strerror or str(error) or type(error).__name__)
        self.folder = Path(folder)
        self.errno, self.strerror, self.filename = error.errno, error.strerror, str(folder)

    def __str__(self) -> str:
        return self.message("en")


def write_error(folder: Path, error: OSError) -> WriteError:
    """The UserError to raise for an OSError met while writing in `folder` (already one: returned as is)."""
    return error if isinstance(error, WriteError) else WriteError(folder, error)


def atomic_write(path: Path, write: Callable[[BinaryIO], None] | bytes, private: bool = False) -> Path:
    """Write to a temporary file in the same folder, flush it to disk, then rename it over `path`.

    The file is readable by everyone who may read the folder (reports and certificates are opened, printed and
    copied by other people and programs), unless `private` (keys, answers waiting to be saved): owner only.

    On any failure the temporary `.part` file is removed and `path` is left as it was. An OSError from the
    disk (full, quota, read-only, no permission, a USB stick pulled out) becomes a WriteError, a UserError
    that names the folder and says what to do; other exceptions (a cancel from `write`) pass through.
    """
    path = Path(path)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            if not private:
                os.chmod(temporary, PUBLIC_MODE)
            if isinstance(write, bytes):
                stream.write(write)
            else:
                write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            try:
                Path(temporary).unlink(missing_ok=True)
            except OSError:
                pass  # the folder is gone (USB stick pulled out); remove_stale_parts tidies up next time
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(path.parent, error) from error
        raise
    return path


# What atomic_write and write_all_then leave after a crash: ".<name>.<8 random characters>.part" (mkstemp) and
# ".<name>.<32 hex digits>.old.part" (a replaced file set aside); nothing else is ever touched.
_PART_NAME = re.compile(r"^\..+\.([a-z0-9_]{8}|[0-9a-f]{32}\.old)\.part$")


def remove_stale_parts(folder: Path, older_than: float = STALE_PART_SECONDS, recursive: bool = False) -> list[Path]:
    """Delete the hidden `.part` files that an interrupted atomic_write or write_all_then (a crash, a power
    cut) left in `folder` (and its sub-folders if `recursive`) more than `older_than` seconds ago; returns
    what was removed.

    Only names this module makes are removed; a younger `.part` may belong to a write still under way, so
    it stays. Never raises: a folder that is missing or unreadable simply has nothing removed.
    """
    removed = []
    limit = time.time() - older_than
    try:
        candidates = list(Path(folder).rglob(f".*{PART_SUFFIX}") if recursive else Path(folder).glob(f".*{PART_SUFFIX}"))
    except (OSError, RuntimeError):
        return removed
    for candidate in sorted(candidates):
        try:
            if (_PART_NAME.match(candidate.name) and not candidate.is_symlink() and candidate.is_file()
                    and candidate.stat().st_mtime < limit):
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def write_once(path: Path, data: bytes) -> Path:
    """Write `path` atomically unless it exists; when two threads or processes race, the first file stays.

    For keys: linking the staged file never overwrites, so everyone ends up reading the same key.
    """
    path = Path(path)
    staged = atomic_write(path.with_name(f".new-{uuid.uuid4().hex}-{path.name}"), data, private=True)
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


def _stage(path: Path, data: bytes) -> Path:
    """Write `data` to a new hidden `.part` file beside `path`, flushed to disk; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            os.chmod(temporary, PUBLIC_MODE)
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        _quietly_remove(Path(temporary))
        raise
    return Path(temporary)


def _quietly_remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # left for remove_stale_parts


def write_all_then(files: dict[Path, bytes], commit: Callable[[], object]) -> object:
    """Write every file, then run `commit` (a database transaction): all of it happens, or none of it.

    1. Each file is written to a hidden `.part` name beside its target and flushed (a full disk fails here,
       before anything is visible or recorded).
    2. Each is renamed into place; a file it replaces is first set aside under a `.part` name.
    3. `commit()` runs. If it raises, the new files are removed and the set-aside ones put back.
    Any failure removes every `.part` file; a disk error becomes a WriteError naming the folder. Returns
    what `commit` returns.
    """
    staged: dict[Path, Path] = {}
    placed: list[tuple[Path, Path | None]] = []  # (target, its previous file set aside, or None)
    folder = next(iter(files)).parent if files else Path(".")
    try:
        for path, data in files.items():
            folder = path.parent
            staged[Path(path)] = _stage(Path(path), data)
        for path, temporary in staged.items():
            folder = path.parent
            previous = None
            if path.is_dir() and not path.is_symlink():
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
            if os.path.lexists(path):
                previous = path.with_name(f".{path.name}.{uuid.uuid4().hex}.old{PART_SUFFIX}")
                os.replace(path, previous)
            placed.append((path, previous))
            os.replace(temporary, path)
        result = commit()
    except BaseException as error:
        for path, previous in reversed(placed):
            try:
                if previous is not None:
                    os.replace(previous, path)
                elif not os.path.lexists(staged[path]):  # only remove what we put there
                    path.unlink(missing_ok=True)
            except OSError:
                pass
        for temporary in staged.values():
            _quietly_remove(temporary)
        if isinstance(error, OSError) and not isinstance(error, WriteError):
            raise WriteError(folder, error) from error
        raise
    for _path, previous in placed:
        if previous is not None:
            _quietly_remove(previous)
    return result
