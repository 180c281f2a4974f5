"""The main window: the course list now; the learner and trainer screens hang off it."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMainWindow, QVBoxLayout, QWidget

from trainer.gui.operations import run_in_background
from trainer.i18n import pick


class MainWindow(QMainWindow):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.database = None
        self.setWindowTitle("Trainer")
        self.resize(900, 600)
        central = QWidget()
        layout = QVBoxLayout(central)
        heading = QLabel(self.tr("Courses"))
        heading.setStyleSheet("font-size: 20px; font-weight: bold;")
        layout.addWidget(heading)
        self.course_list = QListWidget()
        self.course_list.setAccessibleName(self.tr("Courses"))
        self.course_list.setWordWrap(True)
        layout.addWidget(self.course_list)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Loading courses…"))

    def load(self) -> None:
        """Fill the window after its first paint: courses now, the database off the GUI thread."""
        from trainer.courses.loader import load_library
        from trainer.paths import course_roots

        self.show_courses(load_library(course_roots(), deep=False))
        self.statusBar().showMessage(self.tr("Opening the database…"))
        run_in_background(lambda progress: _open_database(), self.database_ready, self.database_failed)

    def show_courses(self, loads) -> None:
        self.course_list.clear()
        for load in loads:
            if load.available:
                course = load.course
                text = self.tr("{title}\n{modules} modules · about {hours} h").format(
                    title=pick(course.title, self.lang), modules=len(course.modules), hours=round(course.minutes / 60, 1))
                item = QListWidgetItem(text)
                item.setData(Qt.UserRole, course.id)
                item.setToolTip(pick(course.description, self.lang))
            else:
                reason = load.problems[0].describe(self.lang)
                item = QListWidgetItem(self.tr("{title}\nUnavailable: {reason}").format(title=load.title(self.lang), reason=reason))
                item.setForeground(QColor("#8a1c1c"))
                item.setFlags(item.flags() & ~Qt.ItemIsSelectable)
                item.setToolTip("\n".join(p.describe(self.lang) for p in load.problems[:20]))
            self.course_list.addItem(item)
        self.courses = loads

    def database_ready(self, database) -> None:
        self.database = database
        self.statusBar().showMessage(self.tr("Ready"), 5000)

    def database_failed(self, error: Exception) -> None:
        self.statusBar().showMessage(self.tr("The database could not be opened: {error}").format(error=error))


def _open_database():
    from trainer.storage.database import open_database

    database = open_database()
    database.device_id()
    return database
