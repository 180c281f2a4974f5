"""A learner from anywhere: every country in the profile form, and numbers typed as their country writes them."""

from PySide6.QtCore import Qt

from trainer.courses.model import Question
from trainer.gui.screens.course_home import CourseHome
from trainer.gui.screens.quiz import QuestionWidget
from trainer.progress.scoring import score_response


def test_the_profile_form_lists_germany_in_either_language(window, qtbot):
    window.set_language("es")
    window.go("profiles")
    profiles = window.stack.currentWidget()
    qtbot.mouseClick(profiles.new_button, Qt.LeftButton)
    dialog = profiles.dialog
    assert dialog.country.itemText(dialog.country.findData("DE")) == "Alemania"
    assert dialog.country.itemText(dialog.country.findData("PT")) == "Portugal"
    dialog.name.insert("Jonas Weber")
    dialog.country.setCurrentIndex(dialog.country.findData("DE"))
    dialog.save()
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), CourseHome), timeout=10000)
    assert window.context.participant.country == "DE"
    window.set_language("en")
    window.go("profiles")
    profiles = window.stack.currentWidget()
    qtbot.mouseClick(profiles.new_button, Qt.LeftButton)
    assert profiles.dialog.country.itemText(profiles.dialog.country.findData("DE")) == "Germany"


def typed(qtbot, answer: float, text: str, country: str | None) -> QuestionWidget:
    question = Question("q", "numeric", {"es": "¿Cuántos kilos?"}, {"es": "Así."}, answer=answer)
    widget = QuestionWidget(question, 1, 1, "es", country)
    qtbot.addWidget(widget)
    widget.show()
    saved = []
    widget.answered.connect(lambda _id, response: saved.append(response))
    qtbot.keyClicks(widget.line, text)
    widget.saved = saved
    return widget


def test_a_number_is_read_as_the_learners_country_writes_it(qtbot):
    argentina = typed(qtbot, 2.5, "2,500", "AR")
    assert argentina.saved[-1] == 2.5 and argentina.number_hint.isHidden()
    assert score_response(argentina.question, argentina.saved[-1]) == 1.0
    mexico = typed(qtbot, 2.5, "2,500", "MX")
    assert mexico.saved[-1] == 2500.0 and score_response(mexico.question, mexico.saved[-1]) == 0.0
    anywhere = typed(qtbot, 1234.5, "1.234,5", None)
    assert anywhere.saved[-1] == 1234.5 and anywhere.number_hint.isHidden()


def test_a_number_that_reads_two_ways_asks_to_be_rewritten(qtbot):
    widget = typed(qtbot, 2500, "2,500", None)  # Spanish, no country: nothing settles the decimal mark
    assert widget.number_hint.isVisible()
    assert widget.number_hint.text() == ("'2,500' puede leerse de dos maneras: escriba 2500 si son miles, "
                                         "o 2,5 si tiene decimales")
    assert widget.saved[-1] == "2,500" and score_response(widget.question, widget.saved[-1]) == 1.0
    widget.line.clear()
    qtbot.keyClicks(widget.line, "2500")
    assert widget.number_hint.isHidden() and widget.saved[-1] == 2500.0
