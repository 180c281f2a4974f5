"""Running core calls off the GUI thread, so the window never freezes.

Every screen runs slow work through `run_in_background`: the work gets a
`Progress` it may report to and check for cancellation; the result or the
error comes back on the GUI thread.
"""

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


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


_CANCELLED = object()


class ProgressJob(QObject):
    """Slow work off the GUI thread behind a window-modal progress dialog; its Cancel stops the work at its next
    step, which the services promise leaves nothing half-done.

    `on_done(result)` runs when the work finished, `on_cancelled()` when Cancel stopped it and `on_error(error)`
    when it failed, all on the GUI thread.
    """

    def __init__(self, parent: QWidget, title: str, label: str, work: Callable, on_done: Callable,
                 on_error: Callable, on_cancelled: Callable | None = None, cancellable: bool = True):
        super().__init__(parent)
        self.on_done, self.on_error, self.on_cancelled = on_done, on_error, on_cancelled
        self.running = True
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setMinimumWidth(460)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        self.dialog.show()

        def stoppable(progress):
            try:
                return work(progress)
            except Cancelled:
                return _CANCELLED

        self.progress = run_in_background(stoppable, self._done, self._failed, self._progressed)

    def cancel(self) -> None:
        if self.running:
            self.progress.cancelled = True
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self.running and not self.progress.cancelled:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            if text:
                self.dialog.setLabelText(text)

    def _close(self) -> None:
        self.running = False
        self.dialog.close()
        self.dialog.deleteLater()

    def _done(self, result) -> None:
        self._close()
        if result is _CANCELLED:
            if self.on_cancelled is not None:
                self.on_cancelled()
        else:
            self.on_done(result)

    def _failed(self, error: Exception) -> None:
        self._close()
        self.on_error(error)
