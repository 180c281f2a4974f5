"""A lab inside the main window: its title and time, and the lab's own screen below."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from trainer.gui.widgets import muted


class LabScreen(QWidget):
    back_to_course = Signal(str)

    def __init__(self, context, course, lab_id: str, parent=None):
        super().__init__(parent)
        from trainer.gui.labs import create_lab_screen

        lab = course.lab(lab_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()  # the lab screen shows its own title
        top.addWidget(muted(self.tr("About {minutes} min · works with no internet").format(minutes=lab.minutes)), 1)
        back = QPushButton(self.tr("Back to the course"))
        back.clicked.connect(lambda: self.back_to_course.emit(course.id))
        top.addWidget(back)
        layout.addLayout(top)
        self.lab = create_lab_screen(lab, context.lang, self)
        layout.addWidget(self.lab, 1)
