"""Class progress: participants x modules taught, each cell with its state word, numbers and colour; each person's
progress percent (the figure their own "My progress" shows); who is at risk.

A table model over `trainer.workshops.class_progress` (no widget per cell),
so a class of 300 scrolls and sorts at once; the data is built off the GUI
thread. Sorting uses the core's sort keys, so it matches the CLI.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from trainer.gui.console.common import ERROR_MARK, Section, compact, error_text
from trainer.gui.operations import run_in_background
from trainer.gui.theme import tint
from trainer.gui.widgets import ErrorLine, heading, muted
from trainer.i18n import pick

SYMBOLS = {"passed": "✓", "in_progress": "◐", "not_started": "○"}
COLORS = {"passed": QColor("#d7eed8"), "in_progress": QColor("#fff1c7"), "not_started": QColor("#eef0f3")}
RISK_COLOR = QColor("#fde2e1")
# The module columns come right after the short fixed ones, so all four fit at 1024 px; the organization follows them.
FIXED = ("risk", "name", "attendance", "progress")
TRAILING = ("lessons", "passed", "organization", "reasons")
DISPLAY, TOOLTIP, ACCESSIBLE, BACKGROUND, FOREGROUND, ALIGNMENT = (int(role) for role in (
    Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole, Qt.BackgroundRole, Qt.ForegroundRole, Qt.TextAlignmentRole))
ROLES = frozenset((DISPLAY, TOOLTIP, ACCESSIBLE, BACKGROUND, FOREGROUND, ALIGNMENT))


class ClassProgressModel(QAbstractTableModel):
    def __init__(self, lang: str, headers: dict[str, str], states: dict[str, str], tips: dict[str, str] | None = None,
                 parent=None):
        super().__init__(parent)
        self.lang, self.headers, self.states, self.tips = lang, headers, states, tips or {}
        self.progress = None
        self.rows: list = []
        self.only_at_risk = False
        self.sort_key, self.descending = "name", False

    # -- content ---------------------------------------------------------------------------------------

    def set_progress(self, progress) -> None:
        self.progress = progress
        self.arrange()

    def set_only_at_risk(self, only: bool) -> None:
        self.only_at_risk = only
        self.arrange()

    def arrange(self) -> None:
        self.beginResetModel()
        rows = self.progress.sorted(self.sort_key, self.descending) if self.progress else []
        self.rows = [row for row in rows if row.at_risk] if self.only_at_risk else rows
        self.endResetModel()

    def column_key(self, column: int) -> str:
        """What a column holds: a fixed key, 'module:<id>', or one of the trailing keys."""
        modules = self.progress.modules if self.progress else []
        if column < len(FIXED):
            return FIXED[column]
        if column < len(FIXED) + len(modules):
            return f"module:{modules[column - len(FIXED)].id}"
        return TRAILING[column - len(FIXED) - len(modules)]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key = self.column_key(column)
        self.sort_key = {"reasons": "risk", "risk": "risk"}.get(key, key)
        self.descending = order == Qt.DescendingOrder
        self.arrange()

    # -- what each cell shows --------------------------------------------------------------------------

    def cell_text(self, row, key: str) -> str:
        if key == "risk":
            return ERROR_MARK if row.at_risk else ""
        if key == "name":
            return row.name
        if key == "organization":
            return row.organization
        if key == "attendance":
            summary = row.attendance
            if not summary.sessions_held:
                return "—"
            return f"{summary.rate:.0f} % ({summary.sessions_attended}/{summary.sessions_held})"
        if key == "progress":
            return ("✓ " if row.progress.done else "") + f"{row.progress.percent} %"
        if key == "lessons":
            return f"{row.progress.lessons_done}/{row.progress.lessons_total}"
        if key == "passed":
            return f"{row.progress.modules_passed}/{len(row.progress.modules)}"
        if key == "reasons":
            return "; ".join(reason.message(self.lang) for reason in row.risks)
        cell = row.progress.module(key.split(":", 1)[1])
        if cell is None:
            return ""
        text = f"{SYMBOLS[cell.state]} {cell.lessons_done}/{cell.lessons_total}"
        if cell.best_score is not None:
            text += f" · {cell.best_score:.0f} %"
        return text

    def cell_words(self, row, key: str) -> str:
        """The cell with its state in words, for tooltips and screen readers."""
        cell = row.progress.module(key.split(":", 1)[1])
        return f"{self.states[cell.state]}: {self.cell_text(row, key)}" if cell else ""

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.progress is None:
            return 0
        return len(FIXED) + len(self.progress.modules) + len(TRAILING)

    def data(self, index, role=Qt.DisplayRole):
        if role not in ROLES:  # the view asks for many roles per cell: answer the others at once
            return None
        row = self.rows[index.row()]
        key = self.column_key(index.column())
        if role == DISPLAY:
            return self.cell_text(row, key)
        if role in (TOOLTIP, ACCESSIBLE):
            if row.at_risk and key in ("risk", "name", "reasons"):
                return "\n".join(f"{ERROR_MARK} {reason.message(self.lang)}" for reason in row.risks)
            if key.startswith("module:"):
                return self.cell_words(row, key)
            return self.cell_text(row, key) if role == ACCESSIBLE or key in ("name", "organization") else None
        if role in (BACKGROUND, FOREGROUND):
            marked = None
            if key.startswith("module:"):
                cell = row.progress.module(key.split(":", 1)[1])
                marked = COLORS[cell.state] if cell else None
            elif key == "risk" and row.at_risk:
                marked = RISK_COLOR
            if marked is None:
                return None
            return tint(marked, QGuiApplication.palette())[0 if role == BACKGROUND else 1]
        if role == ALIGNMENT and key in ("risk", "attendance", "progress", "lessons", "passed"):
            return int(Qt.AlignCenter)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or self.progress is None:
            return None
        key = self.column_key(section)
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if key.startswith("module:"):
                module = next(m for m in self.progress.modules if m.id == key.split(":", 1)[1])
                return pick(module.title, self.lang)
            return self.tips.get(key, self.headers[key]) if role == Qt.ToolTipRole else self.headers[key]
        return None


class ClassProgressSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        headers = {
            "risk": ERROR_MARK, "name": self.tr("Name"), "organization": self.tr("Organization"),
            "attendance": self.tr("Attendance"), "progress": self.tr("Progress"), "lessons": self.tr("Lessons"),
            "passed": self.tr("Modules passed"), "reasons": self.tr("Why at risk"),
        }
        states = {"passed": self.tr("passed"), "in_progress": self.tr("in progress"),
                  "not_started": self.tr("not started")}
        tips = {"progress": self.tr("The same percent the participant sees in My progress: a module counts in full "
                                    "once its quiz is passed, otherwise its lessons done out of its lessons plus the "
                                    "quiz; each module weighs the same; ✓ every module passed.")}
        self.model = ClassProgressModel(self.lang, headers, states, tips)
        self.title = heading(self.tr("Class progress"), 15)
        self.summary = QLabel()
        self.legend = muted(self.tr("In each module: ✓ passed (its quiz passed) · ◐ in progress · ○ not started, then "
                                    "lessons done / lessons and the best quiz score. Progress: the percent the "
                                    "participant sees in My progress. ⚠ at risk: the reason is in the last column. "
                                    "Click a column title to sort."))
        self.only_risk = QCheckBox(self.tr("Only people at &risk"))
        self.only_risk.toggled.connect(self.model.set_only_at_risk)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Class progress: participants by modules"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact(self.table)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        self.table.horizontalHeader().setMinimumHeight(self.table.fontMetrics().height() * 3 + 12)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.error = ErrorLine()
        self.loading = False
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.only_risk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        from trainer.workshops.class_progress import class_progress

        workshop = self.console.workshop()
        self.error.hide()
        if workshop is None:
            self.model.set_progress(None)
            self.summary.setText(self.tr("Create a workshop first (section Workshops)."))
            return
        self.title.setText(self.tr("Class progress: {workshop}").format(workshop=workshop.title))
        course = self.context.course(workshop.course_id)
        if course is None:
            self.model.set_progress(None)
            self.error.show_error(self.tr("The course of this workshop ({course}) is not installed on this "
                                          "laptop.").format(course=workshop.course_id))
            return
        self.loading = True
        self.summary.setText(self.tr("Loading…"))
        db, workshop_id = self.db, workshop.id
        run_in_background(lambda progress: class_progress(db, workshop_id, course), self.show_progress, self.failed)

    def show_progress(self, progress) -> None:
        self.loading = False
        if progress.workshop_id != self.console.workshop_id:
            return  # the trainer chose another workshop meanwhile; its own load is on the way
        self.model.set_progress(progress)
        completed = sum(row.progress.done for row in progress.rows)
        self.summary.setText(self.tr("Participants: {count} · completed every module: {completed} · at risk: {risk}")
                             .format(count=len(progress.rows), completed=completed, risk=len(progress.at_risk)))
        self.only_risk.setText(self.tr("Only people at &risk ({count})").format(count=len(progress.at_risk)))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long names are cut with "…"; the tooltip has them whole
            key, width = self.model.column_key(column), self.table.columnWidth(column)
            if key in ("name", "organization"):
                self.table.setColumnWidth(column, min(width, 150))
            elif key.startswith("module:"):  # module titles wrap in the header (up to three lines)
                self.table.setColumnWidth(column, max(96, min(width, 108)))

    def failed(self, error: Exception) -> None:
        self.loading = False
        self.summary.clear()
        self.error.show_error(error_text(error, self.lang))
