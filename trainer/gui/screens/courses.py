"""All courses on this laptop, including the ones that cannot open and why."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.gui.widgets import heading
from trainer.i18n import pick


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
                    hours=round(course.minutes / 60, 1))
                item = QListWidgetItem(text)
                item.setData(Qt.UserRole, course.id)
                item.setToolTip(pick(course.description, context.lang))
            else:
                reason = load.problems[0].describe(context.lang)
                item = QListWidgetItem(self.tr("{title}\nUnavailable: {reason}").format(
                    title=load.title(context.lang), reason=reason))
                item.setForeground(QColor("#8a1c1c"))
                item.setToolTip("\n".join(p.describe(context.lang) for p in load.problems[:20]))
            self.course_list.addItem(item)
        self.course_list.itemActivated.connect(
            lambda item: item.data(Qt.UserRole) and self.open_course.emit(item.data(Qt.UserRole)))
