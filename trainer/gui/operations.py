"""Running core calls off the GUI thread, so the window never freezes.

Every screen runs slow work through `run_in_background`: the work gets a
`Progress` it may report to and check for cancellation; the result or the
error comes back on the GUI thread.
"""

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""


class Progress:
    """Handed to background work: report how far it is, and learn whether to stop."""

    def __init__(self, signals: "_Signals"):
        self._signals = signals
        self.cancelled = False

    def report(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self._signals.progressed.emit(done, total, text)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, work: Callable, signals: _Signals, progress: Progress):
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; Qt deleting it too would free it twice
        self.work, self.signals, self.progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as error:  # handed to the GUI thread, which shows it
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


_running: dict[_Signals, _Job] = {}


def run_in_background(
    work: Callable[[Progress], object],
    on_done: Callable[[object], None],
    on_error: Callable[[Exception], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Progress:
    """Start `work(progress)` on the thread pool; callbacks run on the GUI thread. Returns the Progress to cancel."""
    signals = _Signals()
    progress = Progress(signals)
    job = _Job(work, signals, progress)
    _running[signals] = job

    def done(result) -> None:
        _running.pop(signals, None)
        on_done(result)

    def failed(error, trace) -> None:
        _running.pop(signals, None)
        if isinstance(error, Cancelled):
            return
        if on_error is None:
            raise error
        on_error(error)

    signals.finished.connect(done)
    signals.failed.connect(failed)
    if on_progress:
        signals.progressed.connect(on_progress)
    QThreadPool.globalInstance().start(job)
    return progress
