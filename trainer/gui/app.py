"""Starting the desktop app: paint the window first, then load what it shows."""

import sys

from PySide6.QtWidgets import QApplication

from trainer.i18n import system_language


def create_window(lang: str | None = None):
    from trainer.gui.i18n import install_language
    from trainer.gui.main_window import MainWindow
    from trainer.gui.preferences import Preferences

    lang = lang or Preferences().language or system_language()
    install_language(lang)
    window = MainWindow(lang)
    window.show()  # the window loads its content right after its first paint
    return window


def main(argv: list[str] | None = None) -> int:
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Trainer")
    app.setOrganizationName("Trainer")
    window = create_window()  # noqa: F841 - kept alive for the event loop
    return app.exec()
