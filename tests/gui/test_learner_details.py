"""Small things a learner meets every few minutes (issue 12, items 3 and 12): the results page, a click or Enter
that does what it looks like it does, feedback that reads cleanly, a page that keeps its place, and lessons that
stay readable under a dark system theme."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from trainer.gui.screens.course_home import CourseHome
from trainer.gui.screens.lesson import LessonReader

LONG_PART = "\n\n".join(f"Paragraph {n}: a shop ships, a bank moves money, a buyer waits for the parcel." for n in
                        range(60))


@pytest.fixture
def courses(courses):
    """The example course with options that end in a full stop (as real quizzes' do) and a long first lesson."""
    quiz = courses / "example" / "basics" / "quiz.toml"
    text = quiz.read_text(encoding="utf-8")
    for option in ("The buyer", "The shop", "The bank"):
        text = text.replace(f'text.en = "{option}"', f'text.en = "{option}."')
    quiz.write_text(text, encoding="utf-8")
    lesson = courses / "example" / "basics" / "welcome.en.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("## Summary", LONG_PART + "\n\n## Summary"),
                      encoding="utf-8")
    return courses


def screen(window):
    return window.stack.currentWidget()


def wait_for_writes(window, qtbot) -> None:
    from trainer.gui.saving import writer_for

    qtbot.waitUntil(lambda: writer_for(window.context.database).pending() == 0)


def start_quiz(learner, qtbot, one: bool, immediate: bool):
    learner.go("quiz", "example", "basics-quiz")
    quiz = screen(learner)
    qtbot.waitUntil(lambda: not quiz.waiting_for_writer)  # the intro reads once earlier answers are on disk
    (quiz.one_at_a_time if one else quiz.all_at_once).setChecked(True)
    (quiz.immediate if immediate else quiz.at_end).setChecked(True)
    quiz.start(resume=False)
    return quiz


def test_one_question_at_a_time_results_show_every_question_with_its_explanation(learner, qtbot):
    quiz = start_quiz(learner, qtbot, one=True, immediate=False)
    quiz.widgets[0].inputs["bank"].setChecked(True)
    for _ in range(len(quiz.widgets) - 1):
        qtbot.mouseClick(quiz.next_button, Qt.LeftButton)
    quiz.widgets[-1].line.setText("MD5")
    quiz.widgets[-1].line.textEdited.emit("MD5")
    quiz.finish()  # "finish anyway?" is answered Yes (answer_yes_to_finishing)
    qtbot.waitUntil(lambda: not quiz.finishing)
    assert quiz.verdict.text().startswith("✗ Not passed yet")
    for widget in quiz.widgets:  # every question is on the page, with its verdict and its explanation
        assert widget.isVisible() and widget.feedback.isVisible(), widget.question.id
        assert widget.feedback.text().split("\n")[0] in ("✓ Correct.", "✗ Not right.")
        assert widget.question.explanation["en"] in widget.feedback.text()
    tops = [widget.mapTo(quiz, widget.rect().topLeft()).y() for widget in quiz.widgets]
    bottoms = [top + widget.height() for top, widget in zip(tops, quiz.widgets)]
    assert all(bottoms[i] <= tops[i + 1] for i in range(len(tops) - 1)), tops  # one below the other, none hidden
    assert quiz.widgets[0].inputs["bank"].isChecked()  # the learner's own answer stays shown, locked
    assert quiz.widgets[-1].line.text() == "MD5" and quiz.widgets[-1].line.isReadOnly()


@pytest.fixture(autouse=True)
def answer_yes_to_finishing(monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.Yes)


def test_enter_in_a_typed_answer_checks_it_then_moves_on(learner, qtbot):
    quiz = start_quiz(learner, qtbot, one=True, immediate=True)
    quiz.go(3)  # the numeric question
    total = quiz.current()
    assert total.question.id == "total"
    qtbot.keyClicks(total.line, "125")
    qtbot.keyClick(total.line, Qt.Key_Return)
    assert total.feedback.isVisible() and total.feedback.text().startswith("✓ Correct.")
    qtbot.keyClick(total.line, Qt.Key_Return)  # checked: Enter goes on, as Next would
    assert quiz.current().question.id == "digest-name"
    qtbot.keyClicks(quiz.current().line, "SHA-256")
    qtbot.keyClick(quiz.current().line, Qt.Key_Enter)  # the keypad's Enter too
    assert quiz.current().feedback.text().startswith("✓ Correct.")
    qtbot.keyClick(quiz.current().line, Qt.Key_Return)  # the last question: Enter finishes
    qtbot.waitUntil(lambda: hasattr(quiz, "verdict") and not quiz.finishing)
    assert "%" in quiz.verdict.text()


def test_enter_on_one_page_checks_the_typed_answer_and_goes_to_the_next_question(learner, qtbot):
    quiz = start_quiz(learner, qtbot, one=False, immediate=True)
    total = next(w for w in quiz.widgets if w.question.id == "total")
    qtbot.keyClicks(total.line, "100")
    qtbot.keyClick(total.line, Qt.Key_Return)
    assert total.feedback.text().startswith("✗ Not right.\nRight answer: 125")
    following = quiz.widgets[quiz.widgets.index(total) + 1]
    assert following.line.hasFocus()


def test_feedback_on_several_right_answers_lists_them_without_stray_punctuation(learner, qtbot):
    quiz = start_quiz(learner, qtbot, one=True, immediate=True)
    quiz.go(1)
    parties = quiz.current()
    parties.inputs["buyer"].setChecked(True)
    qtbot.mouseClick(quiz.check_button, Qt.LeftButton)
    text = parties.feedback.text()
    assert ".;" not in text
    assert "Right answers:\n• The buyer.\n• The shop.\n• The bank." in text


def test_a_single_click_on_a_lesson_opens_it_and_enter_does_too(learner, qtbot):
    learner.go("lesson", "example", "welcome")
    reader = screen(learner)
    other = reader.lesson_list.item(1)
    assert other.data(Qt.UserRole) == "online-order"
    qtbot.mouseClick(reader.lesson_list.viewport(), Qt.LeftButton,
                     pos=reader.lesson_list.visualItemRect(other).center())
    reader = screen(learner)
    assert isinstance(reader, LessonReader) and reader.title.text() == "An online order"
    reader.lesson_list.setFocus()
    reader.lesson_list.setCurrentRow(0)
    qtbot.keyClick(reader.lesson_list, Qt.Key_Return)
    assert screen(learner).title.text() == "Welcome"


def test_a_single_click_on_a_course_opens_it(learner, qtbot):
    learner.go("courses")
    courses = screen(learner)
    item = courses.course_list.item(0)
    qtbot.mouseClick(courses.course_list.viewport(), Qt.LeftButton,
                     pos=courses.course_list.visualItemRect(item).center())
    assert isinstance(screen(learner), CourseHome)


def top_of_page(reader, place: int) -> int:
    """Where the character the learner was reading sits now: 0 means at the top of the page."""
    cursor = QTextCursor(reader.browser.document())
    cursor.setPosition(place)
    return reader.browser.cursorRect(cursor).top()


def test_marking_done_and_changing_the_text_size_keep_the_reading_position(learner, qtbot):
    learner.resize(1000, 600)
    learner.go("lesson", "example", "welcome")
    reader = screen(learner)
    qtbot.waitExposed(reader.browser)
    bar = reader.browser.verticalScrollBar()
    reader.browser.scrollToAnchor("summary")
    bar.setValue(bar.value() - 300)  # reading the paragraphs before the summary
    place = reader.reading_position()
    assert "Paragraph" in reader.browser.document().findBlock(place).text()
    scrolled = bar.value()
    qtbot.keyClick(reader, Qt.Key_D, Qt.ControlModifier)
    wait_for_writes(learner, qtbot)
    qtbot.waitUntil(lambda: reader.done_button.text() == "✓ Done")
    assert screen(learner) is reader and bar.value() == scrolled
    line = reader.browser.fontMetrics().height()
    for steps in (+1, +1, -1, None):
        learner.text_size(steps)
        assert abs(top_of_page(reader, place)) < line, steps  # the same line stays at the top


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, measured independently of the code under test."""
    def luminance(color):
        parts = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4
                 for c in (color.red(), color.green(), color.blue())]
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """A dark system theme, with the dark-blue link colour some themes pair with it."""
    palette = QPalette()
    for role, color in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e8e8e8"), (QPalette.Base, "#1f1f1f"),
                        (QPalette.AlternateBase, "#2f2f2f"), (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#353535"),
                        (QPalette.ButtonText, "#e8e8e8"), (QPalette.Link, "#1d3557"),
                        (QPalette.Highlight, "#2a82da"), (QPalette.HighlightedText, "#ffffff")):
        palette.setColor(role, QColor(color))
    return palette


@pytest.fixture
def dark(qapp):
    before = QApplication.palette()
    QApplication.setPalette(dark_palette())
    yield
    QApplication.setPalette(before)


def fragments(document):
    block = document.begin()
    while block.isValid():
        for piece in block:
            yield piece.fragment()
        block = block.next()


def formats_in(document):
    """(block text, heading level, text colour, cell background) for every block, tables included."""
    found = []
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        background = table.cellAt(cursor).format().background().color() if table else None
        fragment = next(iter(block.begin()), None) if block.text() else None
        colour = fragment.fragment().charFormat().foreground().color() if fragment else None
        found.append((block.text(), block.blockFormat().headingLevel(), colour, background))
        block = block.next()
    return found


def test_lesson_headings_and_table_headers_read_well_under_a_dark_palette(learner, qtbot, dark, tmp_path):
    learner.go("lesson", "example", "online-order")
    reader = screen(learner)
    page = reader.browser.palette().color(QPalette.Base)
    assert page.lightness() < 60  # the system's dark theme reached the lesson
    blocks = formats_in(reader.browser.document())
    headings = [(text, colour) for text, level, colour, _ in blocks if level]
    assert headings and all(contrast(colour, page) >= 4.5 for _, colour in headings), headings
    header = next((text, colour, background) for text, _, colour, background in blocks if text == "Party")
    assert contrast(header[1], header[2]) >= 4.5, header  # the table's header text on its own shading
    body = next(colour for text, level, colour, _ in blocks if text and not level and colour is not None)
    assert contrast(body, page) >= 4.5
    links = [f.charFormat().foreground().color() for f in fragments(reader.browser.document())
             if f.charFormat().isAnchor()]
    assert links and all(contrast(colour, page) >= 4.5 for colour in links)
    learner.resize(1024, 600)
    learner.grab().save(str(tmp_path / "lesson-dark.png"))


def test_country_note_reads_well_under_a_dark_palette(learner, dark):
    learner.go("lesson", "example", "welcome")
    reader = screen(learner)
    blocks = formats_in(reader.browser.document())
    note = next((colour, background) for text, _, colour, background in blocks if text.startswith("Guatemala:"))
    assert note[1].lightness() < 128 and contrast(*note) >= 4.5


def test_a_palette_change_while_reading_recolours_the_lesson(learner, qtbot, qapp):
    learner.go("lesson", "example", "online-order")
    reader = screen(learner)
    light = dict((text, colour) for text, level, colour, _ in formats_in(reader.browser.document()) if level)
    before = QApplication.palette()
    try:
        QApplication.setPalette(dark_palette())
        qtbot.waitUntil(lambda: reader.browser.palette().color(QPalette.Base).lightness() < 60)
        page = reader.browser.palette().color(QPalette.Base)
        dark = dict((text, colour) for text, level, colour, _ in formats_in(reader.browser.document()) if level)
        assert dark.keys() == light.keys() and all(contrast(c, page) >= 4.5 for c in dark.values())
    finally:
        QApplication.setPalette(before)


def test_presentation_slides_stay_dark_on_white_under_a_dark_palette(learner, qtbot, dark):
    learner.go("lesson", "example", "online-order")
    learner.start_presentation()
    slides = learner.presentation
    qtbot.addWidget(slides)
    page = slides.browser.palette().color(QPalette.Base)
    assert page.lightness() > 240  # a projector washes out anything but a white page
    blocks = formats_in(slides.browser.document())
    colours = [colour for text, _, colour, _ in blocks if text and colour is not None]
    assert colours and all(contrast(colour, page) >= 4.5 for colour in colours)
    slides.close()
