"""Lab screens opened as a learner meets them: a `Lab` from a course, a language, a 1024x700 window."""

import re

import pytest

from trainer.courses.model import Lab

COURSE_PARAMS = {
    "hash-sign": {"document": "Factura 0042 — Cooperativa Tejidos del Lago: 12 huipiles, US$ 960"},
    "follow-the-money": {"sale_amount": 100.0},
    "spot-the-scam": {},
    "landed-cost": {"fob_value": 2400.0, "freight": 350.0, "insurance": 40.0, "duty_rate": 12.0},
}


def make_lab(kind: str, params: dict | None = None) -> Lab:
    return Lab(id=f"{kind}-lab", module_id="module", kind=kind,
               title={"es": "Práctica de prueba", "en": "Test lab"}, minutes=20,
               params=COURSE_PARAMS[kind] if params is None else params)


@pytest.fixture
def open_lab(qtbot):
    """Open a lab screen at the smallest supported window size, shown and active."""
    from trainer.gui.labs import create_lab_screen

    def open_(kind: str, lang: str = "en", params: dict | None = None):
        screen = create_lab_screen(make_lab(kind, params), lang)
        qtbot.addWidget(screen)
        screen.resize(1024, 700)
        screen.show()
        qtbot.waitExposed(screen)
        return screen

    return open_


def mnemonic(text: str) -> str | None:
    """The Alt+letter of a widget text ("&Next" -> "n"), ignoring a literal "&&"."""
    match = re.search(r"(?<!&)&(?!&)(.)", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def visible_mnemonics(screen) -> list[str]:
    """Every Alt+letter on screen now, or once its button is enabled: buttons, labels with a buddy, tab titles."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    keys = []
    for button in screen.findChildren(QAbstractButton):
        if button.isVisible():
            keys.append(mnemonic(button.text()))
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            keys.append(mnemonic(label.text()))
    for bar in screen.findChildren(QTabBar):
        if bar.isVisible():
            keys += [mnemonic(bar.tabText(i)) for i in range(bar.count())]
    return [key for key in keys if key]
