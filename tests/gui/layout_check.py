"""Find text the user cannot read whole: labels, buttons, combo boxes and table headers narrower than their
text, in a window of a given size. Used by the layout tests and by docs/screenshots/take_layout_shots.py."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QStyle, QTableView, QWidget

SLACK = 2  # pixels of rounding a style may take


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible and at least partly inside the window (a widget scrolled out of view is still reachable)."""
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _where(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    chain, parent = [], widget.parentWidget()
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__}{f' {name!r}' if name else ''} in {'/'.join(chain)}"


def clipped(window: QWidget) -> list[str]:
    """Every piece of text in `window` that is cut off, as 'where: text (needs N px, has M px)'."""
    problems = []
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or label.wordWrap() or not label.text() or label.pixmap() is not None:
            continue
        if label.textFormat() != Qt.PlainText and "<" in label.text():  # rich text: Qt lays it out itself
            continue
        metrics = label.fontMetrics()
        needed = max(metrics.horizontalAdvance(line) for line in label.text().replace("&&", "&").split("\n"))
        needed += 2 * label.margin() + max(label.indent(), 0)
        has = label.contentsRect().width()
        if has + SLACK < needed:
            problems.append(f"{_where(label)}: {label.text()!r} (needs {needed} px, has {has} px)")
    for button in window.findChildren(QAbstractButton):
        if not _shown(button, window) or not button.text() or type(button).__name__ == "QTabBarCloseButton":
            continue
        needed, has = button.sizeHint().width(), button.width()
        if has + SLACK < needed:
            problems.append(f"{_where(button)}: {button.text()!r} (needs {needed} px, has {has} px)")
    for combo in window.findChildren(QComboBox):
        if not _shown(combo, window) or not combo.currentText() or combo.isEditable():
            continue
        needed = combo.fontMetrics().horizontalAdvance(combo.currentText()) + 28  # frame and arrow
        if combo.width() + SLACK < needed:
            problems.append(f"{_where(combo)}: {combo.currentText()!r} (needs {needed} px, has {combo.width()} px)")
    for table in window.findChildren(QTableView):
        if not _shown(table, window):
            continue
        rows = table.model().rowCount() if table.model() is not None else 0
        if rows and table.viewport().height() + SLACK < min(rows, 2) * table.verticalHeader().defaultSectionSize():
            problems.append(f"{_where(table)}: room for less than {min(rows, 2)} of its {rows} rows "
                            f"({table.viewport().height()} px)")
        header: QHeaderView = table.horizontalHeader()
        if not header.isVisible():
            continue
        model = table.model()
        metrics = header.fontMetrics()
        margins = 2 * header.style().pixelMetric(QStyle.PM_HeaderMargin, None, header)
        wraps = bool(header.defaultAlignment() & Qt.TextWordWrap)
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, header.orientation()) or "")
            pieces = text.split() if wraps else text.split("\n")  # a wrapping header needs its longest word
            needed = max((metrics.horizontalAdvance(piece) for piece in pieces), default=0) + margins
            has = header.sectionSize(column)
            if has + SLACK < needed:
                problems.append(f"{_where(table)} column {column + 1}: {text!r} (needs {needed} px, has {has} px)")
    return problems


def fits(window: QWidget, width: int, height: int) -> list[str]:
    """Problems of `window` resized to width x height: the window forced larger by its layout, and clipped text."""
    window.resize(width, height)
    problems = []
    if window.width() > width or window.height() > height:
        problems.append(f"{type(window).__name__} cannot be smaller than {window.width()} x {window.height()}")
    return problems + clipped(window)

