"""The window opens where it was left, never larger than the screen (issue 12, item 9)."""


def test_the_window_comes_back_at_the_size_and_place_it_was_left(window, qtbot, courses):
    from trainer.gui.main_window import MainWindow

    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()  # the first time: it fits
    window.resize(700, 520)
    window.move(40, 30)
    qtbot.wait(50)
    window.close()
    again = MainWindow("en")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_a_first_start_on_a_small_screen_fits_the_screen(qtbot, courses, monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    from trainer.gui.main_window import MainWindow

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1024, 576))
    window = MainWindow("en")
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1024, 576)
