"""Starting the desktop app: open the database on a thread from the start, paint the window meanwhile, then load
what it shows."""

import sys
import threading

from PySide6.QtWidgets import QApplication

from trainer.i18n import system_language


class DatabaseOpening(threading.Thread):
    """The database opening (checked, migrated after a backup, the day's backup made) from process start, in
    parallel with the first paint: importing SQLAlchemy alone takes 0.2-0.4 s. Not a daemon, so quitting early
    waits for a migration to end instead of cutting it."""

    def __init__(self):
        super().__init__(name="trainer-open-database")
        self._database = None
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        from trainer.gui.main_window import _open_database

        try:
            self._database = _open_database()
        except BaseException as error:  # handed to the window, which offers a backup or names the problem
            self._error = error

    def result(self, _progress=None):
        """The open database once it is (wait for it off the GUI thread); raises what opening it raised."""
        self.join()
        if self._error is not None:
            raise self._error
        return self._database


def create_window(lang: str | None = None):
    opening = DatabaseOpening()
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow
    from trainer.gui.preferences import Preferences

    lang = lang or Preferences().language or system_language()
    install_language(lang)
    window = MainWindow(lang, opening)
    window.show()  # the window loads its content right after its first paint
    return window


def main(argv: list[str] | None = None) -> int:
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Trainer")
    app.setOrganizationName("Trainer")
    window = create_window()  # noqa: F841 - kept alive for the event loop
    return app.exec()
