"""The main flows of a participant at a shared laptop, asserted on what they would see."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget

from trainer.gui.screens.course_home import CourseHome
from trainer.gui.screens.lesson import LessonReader
from trainer.gui.screens.profiles import LanguageScreen, ProfilesScreen
from trainer.gui.screens.quiz import QuizScreen
from trainer.gui.widgets import ProgressBar


def screen(window):
    return window.current_screen


def button(widget, text):
    return next(b for b in widget.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_first_start_asks_the_language_then_who_is_learning(window, qtbot):
    assert isinstance(screen(window), LanguageScreen)
    qtbot.mouseClick(button(screen(window), "Español"), Qt.LeftButton)
    assert isinstance(screen(window), ProfilesScreen)
    assert "¿Quién va a estudiar?" in [label.text() for label in screen(window).findChildren(QLabel)]
    assert window.menuBar().actions()[0].text() == "&Archivo"
    assert window.context.preferences.language == "es"


def test_create_a_profile_and_land_on_the_course_home(window, qtbot):
    window.set_language("en")
    window.go("profiles")
    profiles = screen(window)
    qtbot.mouseClick(profiles.new_button, Qt.LeftButton)
    dialog = profiles.dialog
    dialog.save()  # no name yet
    assert dialog.error.isVisible() and "a name is required" in dialog.error.text()
    dialog.name.insert("José Peña")  # QTest cannot type non-ASCII keys
    dialog.country.setCurrentIndex(dialog.country.findData("HN"))
    qtbot.keyClicks(dialog.pin, "1234")
    qtbot.keyClicks(dialog.pin_again, "1235")
    dialog.save()
    assert "The two PINs are not the same." in dialog.error.text()
    dialog.pin_again.setText("1234")
    dialog.save()  # the PIN is hashed off the GUI thread
    qtbot.waitUntil(lambda: isinstance(screen(window), CourseHome), timeout=10000)
    home = screen(window)
    assert window.context.participant.name == "José Peña" and window.context.participant.country == "HN"
    assert home.continue_button.text() == "Start: Welcome"


def test_a_pin_protected_profile_asks_for_its_pin(window, qtbot):
    from trainer.people.service import ProfileInput, add_participant

    add_participant(window.context.database, ProfileInput(name="Bea", pin="4821", language="en"))
    window.go("profiles")
    profiles = screen(window)
    qtbot.waitUntil(lambda: not profiles.loading, timeout=10000)  # the profiles load off the GUI thread
    assert profiles.list.currentIndex().data() == "Bea  (PIN)"
    profiles.choose()
    dialog = profiles.dialog
    assert dialog.pin_label.text() == "&PIN for Bea:"
    dialog.pin.setText("0000")
    dialog.check()  # checked off the GUI thread
    qtbot.waitUntil(lambda: not dialog.checking, timeout=10000)
    assert dialog.error.text() == "⚠ That PIN is not right. Try again." and window.context.participant is None
    dialog.pin.setText("4821")
    dialog.check()
    qtbot.waitUntil(lambda: window.context.participant is not None, timeout=10000)
    assert window.context.participant.name == "Bea"


def test_read_a_lesson_with_country_notes_and_mark_it_done(learner, qtbot):
    home = screen(learner)
    qtbot.mouseClick(home.continue_button, Qt.LeftButton)
    reader = screen(learner)
    assert isinstance(reader, LessonReader) and reader.title.text() == "Welcome"
    text = reader.browser.toPlainText()
    assert "Note for Guatemala" in text and "Costa Rica or Mexico" not in text
    assert [reader.contents.item(i).text() for i in range(reader.contents.count())] == [
        "Objectives", "How a lesson is made", "Summary", "Sources"]
    qtbot.keyClick(reader, Qt.Key_D, Qt.ControlModifier)
    assert not reader.done_button.isEnabled()  # queued on the background writer at once
    qtbot.waitUntil(lambda: reader.done_button.text() == "✓ Done")
    assert reader.lesson_list.item(0).text().startswith("✓ ")
    qtbot.mouseClick(reader.next_button, Qt.LeftButton)
    assert screen(learner).title.text() == "An online order"
    learner.go("course", "example")
    bars = [bar.text for bar in screen(learner).findChildren(ProgressBar)]
    assert bars[:2] == ["16 % · 1 of 3 lessons · 0 of 2 modules passed", "1 of 2 lessons"]
    assert screen(learner).continue_button.text() == "Continue where you left off: An online order"


def test_text_size_is_remembered_for_the_profile(learner, qtbot):
    learner.go("lesson", "example", "welcome")
    before = screen(learner).browser.font().pointSizeF()
    learner.text_size(+1)
    learner.text_size(+1)
    assert screen(learner).browser.font().pointSizeF() == before + 3
    learner.go("lesson", "example", "online-order")
    assert screen(learner).browser.font().pointSizeF() == before + 3
    learner.text_size(None)
    assert screen(learner).browser.font().pointSizeF() == before


def answer_all(quiz, responses):
    for widget in quiz.widgets:
        response = responses[widget.question.id]
        if widget.question.type == "single":
            widget.inputs[response].setChecked(True)
        elif widget.question.type == "multiple":
            for option_id in response:
                widget.inputs[option_id].setChecked(True)
        elif widget.question.type == "true_false":
            widget.inputs[str(response)].setChecked(True)
        else:
            widget.line.setText(response)
            widget.line.textEdited.emit(response)


WRONG = {"who-ships": "bank", "parties": ["buyer"], "notes-for-all": True, "total": "100", "digest-name": "MD5"}
RIGHT = {"who-ships": "shop", "parties": ["buyer", "shop", "bank"], "notes-for-all": False, "total": "125,0",
         "digest-name": "sha-256"}


def test_quiz_with_a_wrong_answer_then_a_retake(learner, qtbot):
    learner.go("quiz", "example", "basics-quiz")
    quiz = screen(learner)
    assert isinstance(quiz, QuizScreen)
    quiz.all_at_once.setChecked(True)
    quiz.at_end.setChecked(True)
    quiz.start(resume=False)
    answer_all(quiz, WRONG)
    quiz.finish()
    qtbot.waitUntil(lambda: not quiz.finishing)  # scored once the background writer has saved every answer
    assert quiz.verdict.text() == "✗ Not passed yet: 7 % (you need 60 %)"
    feedback = quiz.widgets[0].feedback.text()
    assert feedback.startswith("✗ Not right.\nRight answer: The shop") and "ships no goods" in feedback
    qtbot.mouseClick(button(quiz, "Retake the quiz"), Qt.LeftButton)
    history = quiz.findChild(QTableWidget)
    assert [history.item(0, c).text() for c in (1, 2)] == ["7 %", "✗ Not passed"]
    quiz.start(resume=False)
    answer_all(quiz, RIGHT)
    quiz.finish()
    qtbot.waitUntil(lambda: not quiz.finishing)
    assert quiz.verdict.text() == "✓ Passed: 100 % (you needed 60 %)"
    learner.go("course", "example")
    from trainer.progress.service import course_progress

    basics = course_progress(learner.context.database, learner.context.participant.id, learner.context.course("example")).module("basics")
    assert (basics.attempts, basics.best_score, basics.passed) == (2, 100.0, True)


def test_immediate_feedback_one_question_at_a_time_and_resume_after_closing(learner, qtbot):
    learner.go("quiz", "example", "basics-quiz")
    quiz = screen(learner)
    quiz.one_at_a_time.setChecked(True)
    quiz.immediate.setChecked(True)
    quiz.start(resume=False)
    quiz.widgets[0].inputs["bank"].setChecked(True)
    qtbot.mouseClick(quiz.check_button, Qt.LeftButton)
    assert quiz.widgets[0].feedback.text().startswith("✗ Not right.")
    assert not quiz.widgets[0].inputs["shop"].isEnabled()
    qtbot.mouseClick(quiz.next_button, Qt.LeftButton)
    quiz.widgets[1].inputs["buyer"].setChecked(True)
    # the laptop lid closes: a new window opens the same quiz later
    learner.go("course", "example")
    learner.go("quiz", "example", "basics-quiz")
    again = screen(learner)
    qtbot.waitUntil(lambda: not again.waiting_for_writer)  # the intro reads once the answers are on disk
    qtbot.mouseClick(button(again, "Resume where you stopped"), Qt.LeftButton)
    assert again.widgets[0].inputs["bank"].isChecked() and again.widgets[1].inputs["buyer"].isChecked()
    assert again.stack.currentIndex() == 2


def test_switching_language_keeps_the_place(learner, qtbot):
    learner.go("lesson", "example", "online-order")
    learner.set_language("es")
    reader = screen(learner)
    assert isinstance(reader, LessonReader) and reader.title.text() == "Un pedido en línea"
    assert reader.next_button.text() == "&Siguiente ▶"
    assert learner.menuBar().actions()[1].text() == "&Ir"
    learner.set_language("en")
    assert screen(learner).title.text() == "An online order"


def test_switching_profile_never_shows_the_other_persons_progress(learner, qtbot):
    from trainer.people.service import ProfileInput, add_participant

    learner.go("lesson", "example", "welcome")
    screen(learner).mark_done()
    wait_for_writes(learner, qtbot)
    carlos = add_participant(learner.context.database, ProfileInput(name="Carlos", country="MX", language="en"))
    learner.go("profiles")
    assert learner.context.participant is None
    learner.choose_participant(carlos)
    home = screen(learner)
    assert home.continue_button.text() == "Start: Welcome"
    learner.go("lesson", "example", "welcome")
    reader = screen(learner)
    assert reader.done_button.isEnabled() and "Note for Costa Rica, Mexico" in reader.browser.toPlainText()
    assert "Note for Guatemala" not in reader.browser.toPlainText()


def test_presentation_mode_moves_section_by_section(learner, qtbot):
    learner.go("lesson", "example", "online-order")
    learner.start_presentation()
    slides = learner.presentation
    qtbot.addWidget(slides)
    assert slides.position.text().startswith("1 / 4")
    assert "Objectives" in slides.browser.toPlainText() and "Who takes part" not in slides.browser.toPlainText()
    qtbot.keyClick(slides, Qt.Key_Right)
    assert "Who takes part" in slides.browser.toPlainText() and slides.position.text().startswith("2 / 4")
    qtbot.keyClick(slides, Qt.Key_Escape)
    assert not slides.isVisible()


def wait_for_writes(window, qtbot) -> None:
    from trainer.gui.saving import writer_for

    qtbot.waitUntil(lambda: writer_for(window.context.database).pending() == 0)


def test_my_progress_shows_modules_as_bars_with_numbers(learner, qtbot):
    learner.go("lesson", "example", "try-a-lab")
    screen(learner).mark_done()
    wait_for_writes(learner, qtbot)
    learner.go("progress", "example")
    progress = screen(learner)
    bars = [bar.text for bar in progress.findChildren(ProgressBar)]
    assert bars == ["0/2", "not taken", "1/1", ""]


def test_my_progress_lists_the_learners_certificates(learner):
    from trainer.certificates.issuing import issue_certificate, revoke_certificate
    from trainer.people.service import ProfileInput
    from trainer.progress.service import complete_lesson, record_attempt
    from trainer.trust import set_up_organization

    database, course = learner.context.database, learner.context.course("example")
    person = learner.context.participant
    for lesson in course.lessons():
        complete_lesson(database, person.id, course, lesson.id)
    record_attempt(database, person.id, course, "basics-quiz", RIGHT)
    rosa = set_up_organization(database, "Cooperativa", ProfileInput(name="Rosa"), "246810", "tejidos del lago")
    issued, _pdf = issue_certificate(database, person.id, course, issued_by_id=rosa.actor_id,
                                     passphrase="tejidos del lago")
    learner.go("progress", "example")
    texts = [label.text() for label in screen(learner).findChildren(QLabel) if "code" in label.text()]
    assert len(texts) == 1 and texts[0].startswith("✓ Completion: Example course") and issued.certificate.code in texts[0]
    revoke_certificate(database, issued.certificate.code, "typo in the name", passphrase="tejidos del lago",
                       revoked_by_id=rosa.actor_id)
    learner.go("course", "example")
    learner.go("progress", "example")
    texts = [label.text() for label in screen(learner).findChildren(QLabel) if "code" in label.text()]
    assert texts[0].startswith("✗ ") and texts[0].endswith("revoked: typo in the name")


def test_a_participant_has_no_console(learner):
    assert not learner.console_action.isEnabled()
    learner.open_console()
    assert not hasattr(learner, "pin_dialog")


def test_the_menus_save_progress_to_a_stick_and_verify_a_certificate(learner, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr("trainer.gui.usb.choose_folder", lambda parent, title: stick)
    learner.go("lesson", "example", "welcome")
    screen(learner).mark_done()
    wait_for_writes(learner, qtbot)
    menu = {a.text().replace("&", ""): a for m in learner.menuBar().actions() for a in m.menu().actions()}
    menu["Save my progress to a USB stick…"].trigger()
    qtbot.waitUntil(lambda: any(stick.glob("*.trainer")), timeout=10000)
    menu["Verify a certificate…"].trigger()
    assert learner.verify_dialog.isVisible()


def test_choosing_a_profile_in_the_other_language_switches_the_interface(window, qtbot):
    from trainer.people.service import ProfileInput, add_participant

    window.set_language("en")
    lucia = add_participant(window.context.database, ProfileInput(name="Lucía", language="es"))
    window.go("profiles")
    screen(window).chosen.emit(lucia)
    assert isinstance(screen(window), CourseHome) and window.context.participant.name == "Lucía"
    assert window.context.lang == "es" and window.menuBar().actions()[0].text() == "&Archivo"
