"""The lesson reader: the lesson in the learner's language with their country's notes, a table of
contents, previous/next, a text size the learner chooses, and marking the lesson done."""

from PySide6.QtCore import QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from trainer.gui.theme import READABLE, blend, contrast_ratio
from trainer.gui.widgets import heading
from trainer.i18n import pick

BASE_POINT_SIZE = 12.0
STEP = 1.5
NOTE_TINT = QColor("#ffd24d")  # country notes: the page's background warmed a little towards yellow


def lesson_style(palette: QPalette) -> str:
    """The lesson's colours, taken from the palette so a dark system theme stays readable: headings and links in
    the link colour where it reads well on the page (the text colour where it does not; links stay underlined),
    shaded parts in the palette's alternate background."""
    base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
    accent = palette.color(QPalette.Link)
    headings = accent if contrast_ratio(accent, base) >= READABLE else text
    shaded = palette.color(QPalette.AlternateBase)
    if contrast_ratio(text, shaded) < READABLE:
        shaded = base
    note = blend(base, NOTE_TINT, 0.18)
    if contrast_ratio(text, note) < READABLE:
        note = base
    return (f"body {{ color: {text.name()}; }} h1, h2, h3, h4 {{ color: {headings.name()}; }} "
            f"a {{ color: {headings.name()}; }} "
            f"th {{ background-color: {shaded.name()}; color: {text.name()}; }} "
            f"code {{ background-color: {shaded.name()}; }} "
            f"table.country-note {{ background-color: {note.name()}; }}")


class LessonReader(QWidget):
    open_lesson = Signal(str, str)
    open_quiz = Signal(str, str)
    open_lab = Signal(str, str)

    def __init__(self, context, course, lesson_id: str, parent=None):
        super().__init__(parent)
        self.context, self.course = context, course
        self.save_key = None
        self.lesson = course.lesson(lesson_id)
        self.module = course.module(self.lesson.module_id)
        lessons = course.lessons()
        index = [l.id for l in lessons].index(lesson_id)
        self.previous = lessons[index - 1] if index > 0 else None
        self.next = lessons[index + 1] if index + 1 < len(lessons) else None
        context.preferences.set_last_lesson(context.participant.id, course.id, lesson_id)

        splitter = QSplitter(Qt.Horizontal)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("<b>Lessons in this module</b>")))
        self.lesson_list = QListWidget()
        self.lesson_list.setAccessibleName(self.tr("Lessons in this module"))
        self.lesson_list.setWordWrap(True)
        side_layout.addWidget(self.lesson_list, 2)
        side_layout.addWidget(QLabel(self.tr("<b>Contents</b>")))
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setWordWrap(True)
        side_layout.addWidget(self.contents, 3)
        splitter.addWidget(side)

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(8, 0, 0, 0)
        self.title = heading(pick(self.lesson.title, context.lang), 20)
        main_layout.addWidget(self.title)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.anchorClicked.connect(self.follow_link)
        main_layout.addWidget(self.browser, 1)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setToolTip(self.tr("Previous lesson (Ctrl+Page Up)"))
        self.previous_button.setEnabled(self.previous is not None)
        self.previous_button.clicked.connect(lambda: self.open_lesson.emit(course.id, self.previous.id))
        self.done_button = QPushButton()
        self.done_button.clicked.connect(self.mark_done)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setToolTip(self.tr("Next lesson (Ctrl+Page Down)"))
        self.next_button.setEnabled(self.next is not None)
        self.next_button.clicked.connect(self.go_next)
        bar.addWidget(self.previous_button)
        bar.addStretch(1)
        bar.addWidget(self.done_button)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        main_layout.addLayout(bar)
        splitter.addWidget(main)
        splitter.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=self.previous_button.click)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=self.next_button.click)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.mark_done)
        self.leaving = False
        self.lesson_list.itemClicked.connect(self.open_item)  # one click, as a list of links reads
        self.lesson_list.itemActivated.connect(self.open_item)  # Enter, and a click where the style activates on it
        self.contents.itemActivated.connect(lambda item: self.browser.scrollToAnchor(item.data(Qt.UserRole)))
        self.contents.itemClicked.connect(lambda item: self.browser.scrollToAnchor(item.data(Qt.UserRole)))
        self.show_lesson()
        self.apply_text_size()
        self.browser.setFocus()

    def show_lesson(self) -> None:
        from trainer.courses.markdown import lesson_headings, render_lesson
        from trainer.progress.service import course_progress

        context, course = self.context, self.course
        self.browser.document().setDefaultStyleSheet(lesson_style(self.palette()))
        self.browser.setHtml(render_lesson(course, self.lesson, context.lang, context.country))
        self.contents.clear()
        for level, text, anchor in lesson_headings(course, self.lesson, context.lang, context.country):
            if level <= 3:
                item = QListWidgetItem(("    " if level == 3 else "") + text)
                item.setData(Qt.UserRole, anchor)
                self.contents.addItem(item)
        done = course_progress(context.database, context.participant.id, course).done_lesson_ids
        self.lesson_list.clear()
        for lesson in self.module.lessons:
            mark = "✓ " if lesson.id in done else "    "
            item = QListWidgetItem(mark + pick(lesson.title, context.lang))
            item.setData(Qt.UserRole, lesson.id)
            self.lesson_list.addItem(item)
            if lesson.id == self.lesson.id:
                self.lesson_list.setCurrentItem(item)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.is_done = self.lesson.id in done
        self.done_button.setText(self.tr("✓ Done") if self.is_done else self.tr("&Mark as done"))
        self.done_button.setToolTip(self.tr("Mark this lesson as done (Ctrl+D)"))
        self.done_button.setEnabled(not self.is_done)

    def open_item(self, item) -> None:
        """Open the lesson chosen in the side list (once, even when a click also activates the item)."""
        lesson_id = item.data(Qt.UserRole)
        if lesson_id != self.lesson.id and not self.leaving:
            self.leaving = True
            self.open_lesson.emit(self.course.id, lesson_id)

    def changeEvent(self, event) -> None:
        """The system switched to a dark or light theme: the lesson's colours follow, at the same place."""
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "browser"):
            from trainer.courses.markdown import render_lesson

            place = self.reading_position()
            self.browser.document().setDefaultStyleSheet(lesson_style(self.palette()))
            self.browser.setHtml(render_lesson(self.course, self.lesson, self.context.lang, self.context.country))
            self.keep_reading_at(place)

    def reading_position(self) -> int:
        """The first character on screen: what the learner is reading, whatever the text size."""
        return self.browser.cursorForPosition(QPoint(0, 0)).position()

    def keep_reading_at(self, position: int) -> None:
        """Scroll so the character at `position` is back at the top of the page."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(min(position, self.browser.document().characterCount() - 1))
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())

    def mark_done(self) -> None:
        """Queued on the learner's one writer: a locked or full database never freezes the window or loses it."""
        from trainer.gui.saving import SAVING, writer_for
        from trainer.progress.journal import entry
        from trainer.progress.service import complete_lesson

        if self.is_done:
            return
        context, course, lesson_id = self.context, self.course, self.lesson.id
        participant_id = context.participant.id
        self.is_done = True
        self.save_key = f"lesson:{participant_id}:{course.id}:{lesson_id}"
        writer = writer_for(context.database)
        writer.state_changed.connect(self._save_state_changed)
        self._save_state_changed(self.save_key, SAVING, "")
        writer.submit(self.save_key, lambda db: complete_lesson(db, participant_id, course, lesson_id), owner=context,
                      on_done=lambda _result: context.changed.emit(), on_error=lambda _error: None,
                      journal=entry("complete_lesson", course.id, participant_id=participant_id, lesson_id=lesson_id))

    def _save_state_changed(self, key: str, state: str, why: str) -> None:
        from trainer.gui.saving import FAILED, SAVED, SAVING

        if key != self.save_key:
            return
        if state == SAVED:
            self.done_button.setText(self.tr("✓ Done"))
            self.done_button.setToolTip("")
            for row in range(self.lesson_list.count()):
                item = self.lesson_list.item(row)
                if item.data(Qt.UserRole) == self.lesson.id:
                    item.setText("✓ " + pick(self.lesson.title, self.context.lang))
        elif state == FAILED:  # refused for good: the learner may try again
            self.is_done = False
            self.done_button.setEnabled(True)
            self.done_button.setText(self.tr("✗ Not saved: mark as done again"))
            self.done_button.setToolTip(why)
        else:
            self.done_button.setEnabled(False)
            self.done_button.setText(self.tr("Saving…") if state == SAVING else self.tr("Not saved yet — will retry"))
            self.done_button.setToolTip(why)

    def go_next(self) -> None:
        """Moving on from a lesson counts as having read it."""
        self.mark_done()
        if self.next is not None:
            self.open_lesson.emit(self.course.id, self.next.id)

    def follow_link(self, url: QUrl) -> None:
        scheme, target = url.scheme(), url.path()
        if scheme == "lesson":
            self.open_lesson.emit(self.course.id, target)
        elif scheme == "quiz":
            self.open_quiz.emit(self.course.id, target)
        elif scheme == "lab":
            self.open_lab.emit(self.course.id, target)
        elif url.hasFragment() and not scheme:
            self.browser.scrollToAnchor(url.fragment())
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)  # the user's own browser, never inside the app

    # -- text size, remembered per profile --------------------------------------------------------------

    def change_text_size(self, steps: int | None) -> None:
        """`steps` up or down from the current size; None resets to normal."""
        profile = self.context.participant.id
        current = 0 if steps is None else self.context.preferences.text_size(profile) + steps
        self.context.preferences.set_text_size(profile, max(-3, min(10, current)))
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """Larger or smaller text, with the line being read staying at the top of the page."""
        place = self.reading_position()
        steps = self.context.preferences.text_size(self.context.participant.id)
        font = self.browser.font()
        font.setPointSizeF(BASE_POINT_SIZE + STEP * steps)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.keep_reading_at(place)
