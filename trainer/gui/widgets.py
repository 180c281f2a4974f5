"""Small widgets several screens use: headings, error lines, progress bars drawn with Qt, a date field."""

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QRectF, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

from trainer.gui.theme import text_color

PASSED_COLOR = QColor("#2e7d32")
PROGRESS_COLOR = QColor("#1d5fa7")
TRACK_COLOR = QColor("#dfe4ea")
ERROR_RED = "#a4161a"


def heading(text: str, size: int = 20) -> QLabel:
    """A bold title; `size` is relative to 13, the body text (20 is about one and a half times larger)."""
    label = QLabel(text)
    font = label.font()
    scale = size / 13
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.PlaceholderText)
    return label


class ErrorLine(QLabel):
    """A message under a form; starts with a warning sign so it does not rely on its colour."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet(f"color: {text_color(ERROR_RED, self.palette())};")  # a lighter red on a dark theme
        self.setText(f"⚠ {text}")
        self.setAccessibleName(text)
        self.show()


class ProgressBar(QWidget):
    """A bar that shows a share with its number printed on it, so it reads without colour."""

    def __init__(self, value: float = 0.0, text: str = "", passed: bool = False, parent=None):
        super().__init__(parent)
        self.value, self.text, self.passed = value, text, passed
        self.setMinimumHeight(22)
        self.setAccessibleName(text)

    def set(self, value: float, text: str, passed: bool = False) -> None:
        self.value, self.text, self.passed = max(0.0, min(1.0, value)), text, passed
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, 22)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.NoPen)
        painter.setBrush(TRACK_COLOR)
        painter.drawRoundedRect(rect, 5, 5)
        if self.value > 0:
            filled = QRectF(rect.x(), rect.y(), rect.width() * self.value, rect.height())
            painter.setBrush(PASSED_COLOR if self.passed else PROGRESS_COLOR)
            painter.drawRoundedRect(filled, 5, 5)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        # dark text with a light halo reads on both the filled and the empty part
        painter.setPen(QColor("white"))
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            painter.drawText(rect.translated(dx, dy), Qt.AlignCenter, self.text)
        painter.setPen(QColor("#111111"))
        painter.drawText(rect, Qt.AlignCenter, self.text)


class FingerprintLabel(QLabel):
    """A laptop's fingerprint (16 digits in four groups) in large fixed-width digits, to read aloud and compare;
    it can be selected and copied."""

    def __init__(self, fingerprint: str = "", size: int = 26, parent=None):
        super().__init__(parent)
        from PySide6.QtGui import QFontDatabase

        font = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        font.setPointSizeF(size)
        font.setBold(True)
        font.setWordSpacing(size * 0.7)  # wider gaps between the groups of four
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.StrongFocus)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        self.setText(fingerprint)
        self.setAccessibleName(fingerprint)


DATE_FORMS = (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), re.compile(r"(\d{4})(\d{2})(\d{2})"))


def parse_date(text: str) -> date | None:
    """A typed date: 2026-12-07, 2026/12/07 or 20261207; None if it is not one (or not a real day)."""
    for form in DATE_FORMS:
        match = form.fullmatch(text.strip())
        if match:
            try:
                return date(*map(int, match.groups()))
            except ValueError:
                return None
    return None


def date_text(day: date) -> str:
    """How a date field shows a date (the one place to change it)."""
    return day.isoformat()


class DateField(QWidget):
    """A date that may be left empty: typed (yyyy-mm-dd) or picked from a calendar.

    Unlike a QDateEdit, empty is really empty: the "no date" words are a placeholder, so they never mix with typed
    digits, and the clear button empties it. The calendar opens at the date, else at the earliest day allowed
    (the start, for an end date), else today; days before `minimum` cannot be picked, and a typed one is flagged."""

    changed = Signal()  # the value changed (a date, or empty)

    def __init__(self, placeholder: str, parent=None):
        super().__init__(parent)
        self.minimum: date | None = None
        self.why = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9./-]{0,10}"), self.edit))
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.button = QToolButton()
        self.button.setArrowType(Qt.DownArrow)
        self.button.setToolTip(self.tr("Choose the date on a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Open the calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.earliest = self.calendar.minimumDate()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.message = ErrorLine()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self._last: date | None = None

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def value(self) -> date | None:
        """The date, or None when empty or not (yet) a date: check `problem()` before saving."""
        return parse_date(self.edit.text())

    def set_value(self, day: date | None) -> None:
        self.edit.setText(date_text(day) if day else "")
        self.message.hide()

    def setDate(self, day: QDate) -> None:
        """As on a QDateEdit."""
        self.set_value(date(day.year(), day.month(), day.day()))

    def set_minimum(self, day: date | None, why: str = "") -> None:
        """Days before `day` cannot be picked; a typed one is flagged with `why` ({minimum} is the day)."""
        self.minimum, self.why = day, why
        self._finished()

    def problem(self) -> str:
        """Why the typed text cannot be saved, in words; empty when it is a date or nothing."""
        text, day = self.edit.text().strip(), self.value()
        if text and day is None:
            return self.tr("'{text}' is not a date: type it as yyyy-mm-dd, for example {example}").format(
                text=text, example=date_text(date.today()))
        if day is not None and self.minimum is not None and day < self.minimum:
            return (self.why or self.tr("{day} is before {minimum}")).format(day=date_text(day),
                                                                              minimum=date_text(self.minimum))
        return ""

    def open_calendar(self) -> None:
        shown = self.value() or self.minimum or date.today()
        self.calendar.setMinimumDate(QDate(self.minimum.year, self.minimum.month, self.minimum.day)
                                     if self.minimum else self.earliest)
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        self.menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        self.setDate(day)
        self.edit.setFocus()

    def _typed(self, _text: str) -> None:
        day = self.value()
        if day != self._last and (day is not None or not self.edit.text().strip()):
            self._last = day
            self.changed.emit()
        if not self.problem():
            self.message.hide()

    def _finished(self) -> None:
        problem = self.problem()
        if problem:
            self.message.show_error(problem)
        else:
            self.message.hide()
            if self.value() is not None:
                self.edit.setText(date_text(self.value()))  # 20261207 reads back as 2026-12-07

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.edit and event.type() == QEvent.KeyPress and event.key() == Qt.Key_Down
                and event.modifiers() & Qt.AltModifier):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)
