"""One background writer for the learner's writes, so a save never freezes the window and never fails silently.

Screens hand each write to `writer_for(database).submit(key, work, ...)`. One worker thread runs the writes
in the order they were given (so an attempt is started before its answers and its answers before it is
finished), each on the writer's own connection with a short lock wait. A write that cannot be done now —
another program holds the database's write lock, the disk is full, the file is read-only — is not dropped:
its state becomes "not saved yet", the screen says so in words, and the writer tries again with a growing
pause until it succeeds. Only an error that retrying cannot cure (the core refused the write) ends it.

A write described by a journal entry (`trainer.progress.journal`) also survives the app: once a try fails,
every waiting write is kept in a file beside the database until it is saved, and the next start saves it.

Writes not yet begun for the same key are merged (typing an answer letter by letter writes only the last
text); closing a window while writes are still waiting asks the learner first.
"""

import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from itertools import count

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

SAVING, NOT_SAVED_YET, SAVED, FAILED = "saving", "not_saved_yet", "saved", "failed"

LOCK_WAIT_MS = 200  # one try waits this long for another program's write lock, then lets go and retries
FIRST_PAUSE, LONGEST_PAUSE = 0.05, 1.0  # seconds between tries, doubling


WARM_UP = "warm-up"  # the first write, which only opens the writer's connection: nothing to lose

PASSING = ("locked", "busy", "full", "disk i/o", "readonly", "read-only", "unable to open")


def is_transient(error: BaseException) -> bool:
    """An error that may go away by itself: a locked or busy database, a full disk, an I/O or read-only error.
    Anything else (a missing table, a refused answer) would fail the same way again, so it is not retried."""
    from sqlalchemy.exc import OperationalError

    if isinstance(error, OperationalError) and error.orig is not None:
        error = error.orig
    if isinstance(error, OSError):
        return True
    return isinstance(error, (sqlite3.OperationalError, OperationalError)) and any(
        word in str(error).lower() for word in PASSING)


@dataclass
class _Write:
    number: int
    key: str
    work: Callable
    owner: QObject | None
    on_done: Callable | None
    on_error: Callable | None
    journal: list[dict]
    tries: int = 0


class Writer(QObject):
    """The single writer of one database. Signals arrive on the GUI thread."""

    state_changed = Signal(str, str, str)  # key, state (SAVING, NOT_SAVED_YET, SAVED, FAILED), why in words
    idle = Signal()  # every write given so far is saved (or has failed for good)
    _finished = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, database, lock_wait_ms: int = LOCK_WAIT_MS):
        super().__init__()
        self.database = database
        self.lock_wait_ms = lock_wait_ms
        self._own_database = None
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._queue: deque[_Write] = deque()
        self._callbacks: dict[int, _Write] = {}
        self._numbers = count(1)
        self._thread: threading.Thread | None = None
        self._running: _Write | None = None
        self._windows: set[int] = set()
        self.lang = "en"  # the language a refusal is explained in; screens set it
        self.blocked = False  # the last try failed with an error that may pass: every waiting write is "not saved yet"
        self.reason = ""
        self.sleep = time.sleep  # tests may speed up the pauses
        self._journal_lock = threading.Lock()
        self._journal_kept: list[dict] = []  # what the journal file holds now
        self._finished.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)

    # -- the GUI thread's side -----------------------------------------------------------------------

    def submit(self, key: str, work: Callable, owner: QObject | None = None, on_done: Callable | None = None,
               on_error: Callable | None = None, journal: dict | list[dict] | None = None) -> None:
        """Queue `work(database)`; `on_done(result)` or `on_error(error)` run later on the GUI thread, and only
        while `owner` (a widget) still exists. A write not yet begun with the same key is replaced by this one.
        `journal`: the same write as journal entries, so that it outlives the app if it has to wait."""
        entries = [journal] if isinstance(journal, dict) else list(journal or [])
        with self._lock:
            write = _Write(next(self._numbers), key, work, owner, on_done, on_error, entries)
            waiting = next((w for w in self._queue if w.key == key and w.on_done is None and w.on_error is None), None)
            if waiting is not None and on_done is None and on_error is None:
                waiting.work, waiting.owner, waiting.journal = work, owner, entries  # same place, newest content
            else:
                self._queue.append(write)
                self._callbacks[write.number] = write
            if self._thread is None:  # one thread for the writer's life, asleep while there is nothing to write
                self._thread = threading.Thread(target=self._run, name="trainer-writer", daemon=True)
                self._thread.start()
            self._wake.notify()
            blocked, reason = self.blocked, self.reason
        self.state_changed.emit(key, NOT_SAVED_YET if blocked else SAVING, reason)

    def pending(self) -> int:
        """Writes given but not saved yet (waiting or being tried)."""
        with self._lock:
            return len(self._queue) + (self._running is not None)

    def wait(self, timeout: float) -> bool:
        """Block the caller until every write is done, at most `timeout` seconds. Screens use `flush` (one frame
        at most); longer waits are for closing."""
        end = time.monotonic() + timeout
        while self.pending() and time.monotonic() < end:
            time.sleep(0.001)
        return not self.pending()

    def flush(self, timeout: float = 0.016) -> bool:
        """Give the writer at most `timeout` (about one frame) to finish what is queued, then run its callbacks
        now; True if nothing is left. Lets a screen show a result at once when the database is free, and
        otherwise show "saving" and carry on when the result comes."""
        done = self.wait(timeout)
        QCoreApplication.sendPostedEvents(self, 0)
        return done

    def keep_waiting(self) -> bool:
        """Put every write not saved yet into the journal now; True if each of them is in it."""
        writes = self._waiting_writes()
        return self._keep_journal(writes) and all(write.journal or write.key == WARM_UP for write in writes)

    def _keep_journal(self, writes: list[_Write]) -> bool:
        """Make the journal hold exactly `writes`' entries (both threads call it); False if it cannot be written."""
        from trainer.progress import journal

        entries = [item for write in writes for item in write.journal]
        with self._journal_lock:
            if entries == self._journal_kept:
                return True
            try:
                journal.keep(self.database, entries)
            except OSError:
                return False
            self._journal_kept = entries
        return True

    def guard_close(self, window: QWidget) -> None:
        """Ask before `window` closes while writes are still waiting (idempotent)."""
        if id(window) not in self._windows:
            self._windows.add(id(window))
            window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # A write merely in progress gets half a second to finish; a blocked one makes the learner decide.
        if event.type() == QEvent.Close and self.pending() and not self.wait(0 if self.blocked else 0.5):
            if self.keep_waiting():
                text = self.tr("{count} answer(s) or result(s) are not saved yet: the database is busy or the disk is "
                               "full. They are kept on this computer and will be saved the next time Trainer starts. "
                               "Close now?")
            else:
                text = self.tr("{count} answer(s) or result(s) are not saved yet: the database is busy or the disk "
                               "is full, and Trainer keeps trying. If you close now they will be lost. Close anyway?")
            answer = QMessageBox.warning(watched, self.tr("Answers not saved yet"), text.format(count=self.pending()),
                                         QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
            if answer != QMessageBox.Yes:
                event.ignore()
                return True
        return False

    def _waiting_writes(self) -> list[_Write]:
        with self._lock:
            return ([self._running] if self._running is not None else []) + list(self._queue)

    def _live(self, write: _Write) -> bool:
        return write.owner is None or shiboken6.isValid(write.owner)

    @Slot(int, object)
    def _deliver_result(self, number: int, result) -> None:
        write = self._callbacks.pop(number, None)
        if write is not None and write.on_done is not None and self._live(write):
            write.on_done(result)
        self._maybe_idle()

    @Slot(int, object)
    def _deliver_error(self, number: int, error) -> None:
        write = self._callbacks.pop(number, None)
        if write is not None and write.on_error is not None and self._live(write):
            write.on_error(error)
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self.pending():
            self.idle.emit()

    def describe(self, error: BaseException) -> str:
        """An error in the learner's words where the core gave them."""
        from trainer.errors import UserError

        return error.message(self.lang) if isinstance(error, UserError) else str(error)

    def close(self, timeout: float = 2.0) -> bool:
        """Wait up to `timeout` for what is queued, then close the writer's own connections (before a restore
        replaces the file, or at exit). True if nothing was left unsaved. The writer reconnects if used again."""
        done = self.wait(timeout)
        own = self._own_database
        if own is not None and own is not self.database and not self.pending():
            self._own_database = None
            own.dispose()
        return done

    # -- the worker thread ---------------------------------------------------------------------------

    def _writing_database(self):
        """The writer's own engine on the same file, whose connections wait only briefly for a lock."""
        if self._own_database is None:
            if self.database.file is None:  # in memory: one database per engine, so share it
                self._own_database = self.database
            else:
                from sqlalchemy import event

                from trainer.storage.database import Database

                own = Database(self.database.url.render_as_string(hide_password=False))
                wait = self.lock_wait_ms

                def short_wait(connection, _record) -> None:
                    connection.execute(f"PRAGMA busy_timeout={int(wait)}")

                event.listen(own.engine, "connect", short_wait)
                self._own_database = own
        return self._own_database

    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._queue:
                    self._wake.wait()
                write = self._running = self._queue.popleft()
            pause = FIRST_PAUSE
            while True:
                write.tries += 1
                try:
                    result = write.work(self._writing_database())
                except Exception as error:  # noqa: BLE001 - every error is either retried or handed back
                    if is_transient(error):
                        with self._lock:
                            self.blocked, self.reason = True, str(error)
                            keys = [write.key] + [w.key for w in self._queue]
                            waiting = [write] + list(self._queue)
                        self._keep_journal(waiting)
                        for key in dict.fromkeys(keys):
                            self.state_changed.emit(key, NOT_SAVED_YET, str(error))
                        self.sleep(pause)
                        pause = min(pause * 2, LONGEST_PAUSE)
                        continue
                    with self._lock:
                        self._running = None
                        self.blocked, self.reason = False, ""
                        waiting = list(self._queue)
                    self._keep_journal(waiting)
                    self.state_changed.emit(write.key, FAILED, self.describe(error))
                    self._failed.emit(write.number, error)
                    break
                with self._lock:
                    self._running = None
                    was_blocked, self.blocked, self.reason = self.blocked, False, ""
                    waiting = [w.key for w in self._queue] if was_blocked else []
                    still = list(self._queue)
                self._keep_journal(still)
                self.state_changed.emit(write.key, SAVED, "")
                for key in dict.fromkeys(waiting):  # the way is clear: the others are being saved now
                    self.state_changed.emit(key, SAVING, "")
                self._finished.emit(write.number, result)
                break


_writers: dict[int, tuple[object, Writer]] = {}


def writer_for(database) -> Writer:
    """The one writer of `database` (created on first use, lives as long as the application)."""
    entry = _writers.get(id(database))
    if entry is None or entry[0] is not database:
        entry = (database, Writer(database))
        _writers[id(database)] = entry
        entry[1].submit(WARM_UP, lambda db: db.device_id())  # opens its connection before the first answer
    return entry[1]


def close_writer(database) -> bool:
    """Close `database`'s writer if it has one (before a restore replaces the file); True if nothing was lost."""
    entry = _writers.get(id(database))
    return entry is None or entry[0] is not database or entry[1].close()
