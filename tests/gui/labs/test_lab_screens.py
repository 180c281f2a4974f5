"""What every lab screen promises: it opens from the registry, fits the smallest screen, and is keyboard-usable."""

import subprocess
import sys
from collections import Counter

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from trainer.gui.labs import LAB_SCREENS
from trainer.labs import LAB_KINDS
from conftest import visible_mnemonics

KINDS = sorted(LAB_KINDS)


def test_every_lab_kind_has_a_screen():
    assert sorted(LAB_SCREENS) == KINDS


def test_opening_the_app_imports_no_lab_screen():
    code = ("import sys, trainer.gui.labs; "
            "print(sorted(m for m in sys.modules if m.startswith(('trainer.gui.labs.', 'trainer.labs.', 'PySide6'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_screen_fits_1024_by_700_and_shows_the_lab_title(open_lab, kind, lang):
    screen = open_lab(kind, lang)
    assert isinstance(screen, QWidget) and hasattr(screen, "finished")
    hint = screen.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    title = "Práctica de prueba" if lang == "es" else "Test lab"
    assert any(label.text() == title for label in screen.findChildren(type(screen.footer.status)))


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_visible_shortcuts_share_a_letter_on_any_tab(open_lab, kind):
    screen = open_lab(kind)
    tab_widgets = screen.findChildren(QTabWidget) or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
            keys = visible_mnemonics(screen)
            assert keys, kind
            assert [k for k, n in Counter(keys).items() if n > 1] == [], (kind, index)


def test_no_two_visible_shortcuts_share_a_letter_on_any_hash_sign_step(open_lab):
    screen = open_lab("hash-sign")
    for index in range(screen.pages.count()):
        screen.pages.setCurrentIndex(index)
        keys = visible_mnemonics(screen)
        assert [k for k, n in Counter(keys).items() if n > 1] == [], index


@pytest.mark.parametrize("kind", KINDS)
def test_main_widgets_have_accessible_names(open_lab, kind):
    from PySide6.QtWidgets import (
        QAbstractSpinBox, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTableWidget, QTextBrowser,
    )

    screen = open_lab(kind)
    main = (QListWidget, QTableWidget, QComboBox, QLineEdit, QPlainTextEdit, QTextBrowser, QTabWidget, QAbstractSpinBox)
    unnamed = [type(w).__name__ for w in screen.findChildren(QWidget)
               if isinstance(w, main) and not w.accessibleName() and not _part_of_another_control(w)]
    assert unnamed == []


def _part_of_another_control(widget) -> bool:
    """The line edit inside a combo box or date box is named through its owner."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.inherits("QCalendarWidget"):
            return True
        parent = parent.parent()
    return False
