"""All courses on this laptop, including the ones that cannot open and why."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.gui.theme import readable
from trainer.gui.widgets import ERROR_RED, heading
from trainer.i18n import pick
from trainer.locale import format_number


class CoursesScreen(QWidget):
    """Every course on this laptop; a broken one is listed with the reason it cannot open."""

    open_course = Signal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Courses"), 22))
        self.course_list = QListWidget()
        self.course_list.setAccessibleName(self.tr("Courses"))
        self.course_list.setWordWrap(True)
        self.course_list.setStyleSheet("QListWidget::item { padding: 8px; }")
        layout.addWidget(self.course_list, 1)
        for load in context.course_loads:
            if load.available:
                course = load.course
                text = self.tr("{title}\n{modules} modules · about {hours} h").format(
                    title=pick(course.title, context.lang), modules=len(course.modules),
                    hours=format_number(course.minutes / 60, context.lang, 1))
                item = QListWidgetItem(text)
                item.setData(Qt.UserRole, course.id)
                item.setToolTip(pick(course.description, context.lang))
            else:
                reason = load.problems[0].describe(context.lang)
                item = QListWidgetItem(self.tr("{title}\nUnavailable: {reason}").format(
                    title=load.title(context.lang), reason=reason))
                item.setForeground(readable(QColor(ERROR_RED), self.palette().color(QPalette.Base)))
                item.setToolTip("\n".join(p.describe(context.lang) for p in load.problems[:20]))
            self.course_list.addItem(item)
        self.leaving = False
        self.course_list.itemClicked.connect(self.open_item)  # one click opens, as on a web page
        self.course_list.itemActivated.connect(self.open_item)  # Enter (and a click, on styles that activate on it)

    def open_item(self, item) -> None:
        """Open an available course once, even when one click both clicks and activates the item."""
        if item.data(Qt.UserRole) and not self.leaving:
            self.leaving = True
            self.open_course.emit(item.data(Qt.UserRole))
