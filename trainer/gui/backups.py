"""File ▸ Back up now and File ▸ Restore from backup…, and the start-up dialog that offers a backup.

Copying, checking and restoring run off the GUI thread; after a restore the
database is opened again (checked and upgraded) the same way as at start-up.
"""

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} KB"


class Backups(QObject):
    """The backup actions of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def back_up_now(self) -> None:
        from trainer.gui.operations import run_in_background
        from trainer.storage.backups import backup

        database = self.window.context.database
        if database is None:
            return
        run_in_background(lambda progress: backup(database, "manual"), self.backed_up, self.failed)

    def backed_up(self, path) -> None:
        self.last_message = self.tr("Backup made:\n{path}").format(path=path)
        QMessageBox.information(self.window, self.tr("Back up now"), self.last_message)

    def failed(self, error: Exception) -> None:
        message = error.message(self.window.context.lang) if hasattr(error, "message") else str(error)
        QMessageBox.critical(self.window, self.tr("Backups"), message)

    def choose_and_restore(self) -> None:
        from trainer.storage.backups import list_backups

        dialog = RestoreDialog(self.window, list_backups())
        if dialog.exec() == QDialog.Accepted and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def confirm(self, backup) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Restore from backup"), self.tr(
            "Replace the database with the backup of {date}?\nWhat is there now is backed up first.").format(
            date=f"{backup.created.astimezone():%Y-%m-%d %H:%M}"))
        return answer == QMessageBox.Yes

    def restore(self, backup, file=None) -> None:
        """Close the database, put `backup` in its place off the GUI thread, then open it again."""
        from trainer.gui.main_window import _open_database
        from trainer.gui.operations import run_in_background
        from trainer.storage.backups import restore
        from trainer.storage.database import Database

        from trainer.gui.saving import close_writer

        database = self.window.context.database
        if database is not None:
            close_writer(database)  # answers still queued are written to the old file first, not lost with it
            database.dispose()
            file = database.file
        self.window.ready = False
        self.window.context.database = None
        if file is None:
            probe = Database()
            file = probe.file
            probe.dispose()

        def work(progress):
            restore(file, backup.path)
            return _open_database()

        run_in_background(work, self.window.database_ready, self.window.database_failed)


class RestoreDialog(QDialog):
    """Every backup, newest first, with its date, kind and size."""

    def __init__(self, parent, backups):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.backups = backups
        self.chosen = None
        kinds = {"daily": self.tr("daily"), "event": self.tr("before a change or by hand")}
        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        for row, backup in enumerate(backups):
            for column, text in enumerate((f"{backup.created.astimezone():%Y-%m-%d %H:%M:%S}",
                                           kinds.get(backup.kind, backup.kind), _size(backup.size))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        if backups:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept_chosen)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def accept_chosen(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        backup = self.backups[row]
        if self.parent().backups.confirm(backup):
            self.chosen = backup
            self.accept()


def offer_restore(window, error) -> None:
    """The start-up failure dialog: the message, and "Restore this backup" when a good one exists."""
    from PySide6.QtCore import QCoreApplication

    box = QMessageBox(QMessageBox.Critical, QCoreApplication.translate("MainWindow", "Trainer"),
                      error.message(window.context.lang), parent=window)
    restore_button = None
    if getattr(error, "backup", None) is not None:
        restore_button = box.addButton(QCoreApplication.translate("Backups", "Restore this backup"),
                                       QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Close)
    window.failure_box = box
    box.exec()
    if restore_button is not None and box.clickedButton() is restore_button:
        window.backups.restore(error.backup, error.file)
