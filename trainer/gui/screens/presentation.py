"""Presentation mode for a projector: the lesson full-screen in large type, one section at a time."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from trainer.i18n import pick

PRESENTATION_POINT_SIZE = 26


class PresentationWindow(QWidget):
    """Arrow keys, Page Up/Down or Space move between sections; Esc ends the presentation."""

    def __init__(self, context, course, lesson_id: str):
        super().__init__()
        from trainer.courses.markdown import lesson_sections
        from trainer.gui.screens.lesson import lesson_style

        self.lesson = course.lesson(lesson_id)
        self.setWindowTitle(pick(self.lesson.title, context.lang))
        self.sections = lesson_sections(course, self.lesson, context.lang, context.country)
        self.index = 0
        projector = self.style().standardPalette()  # dark text on white whatever the laptop's theme: a projector
        projector.setColor(QPalette.Window, QColor("white"))  # washes out anything else
        self.setPalette(projector)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 20)
        self.title = QLabel(pick(self.lesson.title, context.lang))
        self.title.setStyleSheet("font-size: 22pt; color: #555555;")
        layout.addWidget(self.title)
        self.browser = QTextBrowser()
        self.browser.setFrameShape(QTextBrowser.NoFrame)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Slide"))
        font = self.browser.font()
        font.setPointSize(PRESENTATION_POINT_SIZE)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.browser.setFocusPolicy(Qt.NoFocus)
        self.browser.document().setDefaultStyleSheet(lesson_style(projector))
        layout.addWidget(self.browser, 1)
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignRight)
        self.position.setStyleSheet("font-size: 14pt; color: #555555;")
        layout.addWidget(self.position)
        self.setFocusPolicy(Qt.StrongFocus)
        self.show_section()

    KEYS = {Qt.Key_Right: 1, Qt.Key_PageDown: 1, Qt.Key_Space: 1, Qt.Key_Down: 1,
            Qt.Key_Left: -1, Qt.Key_PageUp: -1, Qt.Key_Backspace: -1, Qt.Key_Up: -1,
            Qt.Key_Home: -1000, Qt.Key_End: 1000}

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.close()
        elif event.key() in self.KEYS:
            self.move(self.KEYS[event.key()])
        else:
            super().keyPressEvent(event)

    def move(self, step: int) -> None:
        self.index = max(0, min(len(self.sections) - 1, self.index + step))
        self.show_section()

    def show_section(self) -> None:
        self.browser.setHtml(self.sections[self.index])
        self.position.setText(self.tr("{n} / {total}   ← → to move, Esc to leave").format(
            n=self.index + 1, total=len(self.sections)))
