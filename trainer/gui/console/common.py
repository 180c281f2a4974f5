"""Pieces every console section shares: the section base, a person's fields, a plain table model, file actions,
and saving through the background writer with its state in words."""

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget,
)

from trainer.countries import country_choices
from trainer.errors import UserError
from trainer.gui.theme import tint

ERROR_BACKGROUND = QColor("#fde2e1")
OK_TEXT = "✓"
ERROR_MARK = "⚠"


def error_text(error: Exception, lang: str) -> str:
    """What to show for a failed operation: the user's sentence for a UserError, the raw text otherwise."""
    return error.message(lang) if isinstance(error, UserError) else str(error) or type(error).__name__


def open_path(path: Path) -> bool:
    """Hand a file or folder to the operating system (its PDF viewer, spreadsheet program or file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class Section(QWidget):
    """A console page about the chosen workshop; it reloads when shown after the workshop or the data changed."""

    def __init__(self, console, parent=None):
        super().__init__(parent)
        self.console = console
        self.context = console.context
        self.stale = True
        console.workshop_changed.connect(self.mark_stale)
        console.data_changed.connect(self.mark_stale)
        self.context.changed.connect(self.mark_stale)

    @property
    def lang(self) -> str:
        return self.context.lang

    @property
    def db(self):
        return self.context.database

    def mark_stale(self, source=None) -> None:
        if source is self:
            return
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def actor_id(self) -> str | None:
        """Who acts (marks attendance, settles conflicts): the trainer who opened the console with their PIN."""
        if self.context.proof is not None:
            return self.context.proof.actor_id
        return self.context.participant.id if self.context.participant else None

    def save_in_background(self, key: str, work, on_done, on_error, state: "SaveState", locked=()) -> None:
        """Hand `work(database)` to the database's one background writer (a locked database or a full disk never
        freezes the console; the write is retried). `locked` widgets stay disabled until it is done, so the same
        write is not given twice; `state` says in words where it is; `on_done(result)` or `on_error(error)` follow."""
        from trainer.gui.saving import writer_for

        writer = writer_for(self.db)
        for widget in locked:
            widget.setEnabled(False)

        def unlock() -> None:
            for widget in locked:
                widget.setEnabled(True)

        def done(result) -> None:
            unlock()
            on_done(result)

        def failed(error: Exception) -> None:
            unlock()
            on_error(error)

        state.follow(writer, key)
        writer.guard_close(self.window())
        writer.submit(key, work, owner=self, on_done=done, on_error=failed)
        writer.flush()  # a free database: the result shows at once

    def data_saved(self) -> None:
        """Tell the other sections that this one changed what they show."""
        self.console.data_changed.emit(self)

    def reload(self) -> None:
        self.stale = False
        self.refresh()

    def refresh(self) -> None:  # each section shows its data here
        raise NotImplementedError


class SaveState(QLabel):
    """Where a write handed to the background writer is, in words: saving, not saved yet (and that Trainer keeps
    trying), saved. A refusal is left to the form's error line, which says why."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.PlaceholderText)
        self.key: str | None = None
        self.writers: set[int] = set()
        self.hide()  # takes no room until there is something to say

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def follow(self, writer, key: str) -> None:
        self.key = key
        if id(writer) not in self.writers:
            self.writers.add(id(writer))
            writer.state_changed.connect(self.state_changed)

    def forget(self) -> None:
        """Stop following the write and say nothing: the screen shows its result in its own words."""
        self.key = None
        self.setText("")

    def state_changed(self, key: str, state: str, _why: str) -> None:
        from trainer.gui.saving import NOT_SAVED_YET, SAVED, SAVING

        if key != self.key:
            return
        if state == SAVING:
            text = self.tr("Saving…")
        elif state == NOT_SAVED_YET:
            text = self.tr("⚠ Not saved yet: the database is busy (another program is writing) or the disk is full. "
                           "Trainer keeps trying; keep this window open.")
        elif state == SAVED:
            text = self.tr("✓ Saved")
        else:
            text = ""
        self.setText(text)


class TextTableModel(QAbstractTableModel):
    """Rows of text for a read-only table; a row may carry a tooltip and be flagged as a problem (tinted)."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.rows: list[list[str]] = []
        self.tips: list[str] = []
        self.flagged: list[bool] = []
        self.keys: list = []

    def set_rows(self, rows: list[list[str]], keys: list | None = None, tips: list[str] | None = None,
                 flagged: list[bool] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.keys = keys or [None] * len(rows)
        self.tips = tips or [""] * len(rows)
        self.flagged = flagged or [False] * len(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.beginResetModel()
        self.headers = headers
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        row = index.row()
        if role == Qt.DisplayRole:
            cells = self.rows[row]
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ToolTipRole:
            return self.tips[row] or None
        if role in (Qt.BackgroundRole, Qt.ForegroundRole) and self.flagged[row]:
            return tint(ERROR_BACKGROUND, QGuiApplication.palette())[0 if role == Qt.BackgroundRole else 1]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self.headers):
            return self.headers[section]
        return super().headerData(section, orientation, role)


class _EnterFilter(QObject):
    """Enter in any field of a form row submits it, combo boxes included (they would otherwise swallow it)."""

    def __init__(self, submit, parent):
        super().__init__(parent)
        self.submit = submit

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) \
                and not (isinstance(watched, QComboBox) and watched.view().isVisible()):
            self.submit()
            return True
        return False


class PersonFields(QWidget):
    """Name, organization, sector, country, sex and e-mail in one row; Enter in any of them emits `submitted`."""

    submitted = Signal()
    SECTORS = ("private", "public", "academic", "other")

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.name = QLineEdit()
        self.organization = QLineEdit()
        self.sector = QComboBox()
        for code, label in zip(self.SECTORS, (self.tr("Private"), self.tr("Public"), self.tr("Academic"),
                                              self.tr("Other"))):
            self.sector.addItem(label, code)
        self.country = QComboBox()
        self.country.addItem("—", "")
        for code, name in country_choices(lang):
            self.country.addItem(name, code)
        self.sex = QComboBox()
        for label, code in ((self.tr("Not stated"), None), (self.tr("Female"), "female"), (self.tr("Male"), "male"),
                            (self.tr("Other"), "other")):
            self.sex.addItem(label, code)
        self.email = QLineEdit()
        for combo in (self.sector, self.country, self.sex):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        enter = _EnterFilter(self.submitted.emit, self)
        fields = ((self.tr("&Name"), self.name, 3), (self.tr("Or&ganization"), self.organization, 3),
                  (self.tr("Sec&tor"), self.sector, 2), (self.tr("Countr&y"), self.country, 2),
                  (self.tr("Se&x"), self.sex, 2), (self.tr("E-&mail"), self.email, 3))
        for column, (text, widget, stretch) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
            grid.setColumnStretch(column, stretch)
            widget.setAccessibleName(text.replace("&", ""))
            widget.installEventFilter(enter)
        for before, after in zip((self.name, self.organization, self.sector, self.country, self.sex),
                                 (self.organization, self.sector, self.country, self.sex, self.email)):
            QWidget.setTabOrder(before, after)

    def set_country(self, code: str) -> None:
        index = self.country.findData(code or "")
        self.country.setCurrentIndex(max(index, 0))

    def profile(self):
        from trainer.people.service import ProfileInput

        return ProfileInput(name=self.name.text(), organization=self.organization.text(),
                            sector=self.sector.currentData(), country=self.country.currentData(),
                            sex=self.sex.currentData(), email=self.email.text(), language=self.lang)

    def clear_for_next(self) -> None:
        """Empty the fields that differ from one person to the next; sector and country usually repeat."""
        self.name.clear()
        self.organization.clear()
        self.email.clear()
        self.sex.setCurrentIndex(0)
        self.name.setFocus()


class FileActions(QWidget):
    """After a file is written: its name, and buttons to open it, open its folder or print it."""

    def __init__(self, printable: bool = False, parent=None):
        super().__init__(parent)
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open"))
        self.folder_button = QPushButton(self.tr("Open fol&der"))
        self.print_button = QPushButton(self.tr("Pr&int"))
        self.print_button.setToolTip(self.tr("Opens the PDF in the computer's viewer, where you can print it"))
        self.open_button.clicked.connect(lambda: open_path(self.path))
        self.folder_button.clicked.connect(lambda: open_path(self.path.parent))
        self.print_button.clicked.connect(self.print_file)
        layout.addWidget(self.label, 1)
        for button in (self.open_button, self.folder_button, self.print_button):
            layout.addWidget(button)
        self.printable = printable
        self.hide()

    def show_file(self, path: Path) -> None:
        self.path = Path(path)
        self.label.setText(self.tr("✓ Saved: {file}").format(file=str(self.path)))
        self.label.setAccessibleName(self.label.text())
        self.print_button.setVisible(self.printable and self.path.suffix.lower() == ".pdf")
        self.show()
        self.open_button.setFocus()

    def print_file(self) -> None:
        """Printing is the viewer's job: the PDF opens there with its own Print command and printer choice."""
        open_path(self.path)


def compact(table) -> None:
    """Rows one line of text high, so more people fit on a laptop screen; column widths are measured on the
    first rows only, so a class of 300 is laid out at once."""
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setResizeContentsPrecision(50)
