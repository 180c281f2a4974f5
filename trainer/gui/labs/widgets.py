"""What every lab screen shares: headings, ✓/✗ verdicts, the Finish bar, amounts typed the local way.

Verdicts always carry a mark and words, never colour alone, so they survive a
projector, a grey-scale print-out and a screen reader.
"""

import re
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget,
    QTableWidgetItem, QWidget,
)

from trainer.gui.theme import text_color
from trainer.gui.widgets import heading as shared_heading

OK_MARK, FAIL_MARK = "✓", "✗"
_OK_COLOUR, _FAIL_COLOUR = "#1b5e20", "#8a1c1c"


def heading(text: str, level: int = 1) -> QLabel:
    """The lab's title (level 1) or the title of a part of it (level 2)."""
    return shared_heading(text, 19 if level == 1 else 15)


def literal(text: str) -> str:
    """Lab text for a button or check box, with any "&" shown as such instead of making a shortcut."""
    return text.replace("&", "&&")


def paragraph(text: str = "") -> QLabel:
    """Wrapped body text the learner can select and copy."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    return label


def monospace() -> QFont:
    """The system's fixed-width font, so that hex digits line up column by column."""
    return QFontDatabase.systemFont(QFontDatabase.FixedFont)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area, so a long page still fits a 1024x700 screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    return area


def money(value: Decimal) -> str:
    """US$ with thousands separated and two decimals, as the lab texts write it in both languages."""
    return f"US$ {value:,.2f}"


def percent(value: float | Decimal, lang: str, digits: int = 0) -> str:
    """A percentage as each language writes it: "12 %" in Spanish, "12%" in English. Halves round up."""
    number = str(Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))
    return f"{number} %" if lang == "es" else f"{number}%"


def amount_text(typed: str) -> str:
    """What the learner typed, as a plain number for the lab: "1.234,50", "1,234.50", "US$ 1234.5" all work.

    Learners in the region write both decimal commas and decimal points. The
    last separator is the decimal one when both appear; a lone comma followed
    by exactly three digits groups thousands. Text that is not a number is
    passed on as typed, so the lab's own message quotes it.
    """
    cleaned = re.sub(r"(?i)us\$|usd|\$|%|\s", "", typed)
    if not re.fullmatch(r"[-+]?[\d.,]*\d[\d.,]*", cleaned):
        return typed.strip()
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif cleaned.count(",") == 1 and not re.search(r",\d{3}$", cleaned):
        decimal_mark = ","
    elif cleaned.count(".") == 1:
        decimal_mark = "."
    else:
        decimal_mark = None
    grouping = {",", "."} - {decimal_mark}
    number = "".join(char for char in cleaned if char not in grouping)
    return number.replace(",", ".")


def parameter_text(value: float, decimals: int = 2) -> str:
    """How a lab parameter first appears in its input box (2400.0 -> "2400.00", 12.0 -> "12")."""
    return f"{value:.{decimals}f}" if decimals else f"{value:g}"


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]], bold_last: bool = False,
               right_aligned: tuple[int, ...] = ()) -> None:
    """Put `rows` in `table` and make it exactly as tall as its rows, so the page scrolls, not the table."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if c in right_aligned:
                cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if bold_last and r == len(rows) - 1:
                font = QFont(cell.font())
                font.setBold(True)
                cell.setFont(font)
            table.setItem(r, c, cell)
    table.resizeRowsToContents()
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height + 2 * table.frameWidth())


def read_only_table(headers: list[str], accessible_name: str, stretch: int) -> QTableWidget:
    """A table to read, not edit: one column stretches, the others fit their text."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible_name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return table


class Verdict(QLabel):
    """A result line that starts with ✓ or ✗ and says in words what happened; colour only repeats it."""

    def __init__(self, parent: QWidget | None = None, bold: bool = True):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.bold = bold

    def set_result(self, ok: bool, text: str) -> None:
        self.setText(f"{OK_MARK if ok else FAIL_MARK} {text}")
        weight = "bold" if self.bold else "normal"
        self.setStyleSheet(f"color: {text_color(_OK_COLOUR if ok else _FAIL_COLOUR, self.palette())}; "
                           f"font-weight: {weight};")

    def clear(self) -> None:
        self.setText("")
        self.setStyleSheet("")


class LabFooter(QFrame):
    """The bar under every lab: what is left to do, and the button that hands the score to the course."""

    finish_clicked = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.is_completed = False
        self.setFrameShape(QFrame.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("&Finish lab"))
        self.finish_button.setAccessibleName(self.tr("Finish lab"))
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.finish_clicked)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.finish_button)

    def set_status(self, text: str, ready: bool) -> None:
        """What is left to do; ignored once the lab is completed, so the score stays on screen."""
        if not self.is_completed:
            self.status.setText(text)
            self.finish_button.setEnabled(ready)

    def completed(self, score: float) -> None:
        self.is_completed = True
        self.status.setText(self.tr("Lab completed. Score: {score}.").format(score=percent(score, self.lang)))
        self.finish_button.setEnabled(False)
