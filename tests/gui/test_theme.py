"""Colours that carry meaning (a verdict, a passed cell, a warning) stay readable in a light and a dark system
theme (issue 12: a dark palette made headings, table headers and tinted cells nearly invisible)."""

import pytest
from PySide6.QtGui import QColor, QPalette

from trainer.gui.theme import READABLE, contrast_ratio, readable, text_color, tint


def palette(window: str, text: str, base: str) -> QPalette:
    result = QPalette()
    for role, colour in ((QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, base),
                         (QPalette.Text, text), (QPalette.AlternateBase, base)):
        result.setColor(role, QColor(colour))
    return result


THEMES = {"light": palette("#efefef", "#000000", "#ffffff"), "dark": palette("#2b2b2b", "#f0f0f0", "#1e1e1e"),
          "dark-grey": palette("#454545", "#dddddd", "#3a3a3a")}


def text_colours():
    from trainer.gui import verify
    from trainer.gui.labs import widgets as lab_widgets

    from trainer.gui.widgets import ERROR_RED

    return {*verify.COLORS.values(), verify.OK_COLOR, verify.WRONG_COLOR, lab_widgets._OK_COLOUR,
            lab_widgets._FAIL_COLOUR, "#7a4a00", ERROR_RED}


def tints():
    from trainer.gui.console import attendance, class_progress, common

    return {QColor(colour).name() for colour in (*class_progress.COLORS.values(), class_progress.RISK_COLOR,
                                                 *attendance.COLORS.values(), common.ERROR_BACKGROUND)}


@pytest.mark.parametrize("theme", THEMES)
def test_every_meaningful_text_colour_reads_on_the_window(qapp, theme):
    colours = THEMES[theme]
    for colour in text_colours():
        shown = QColor(text_color(colour, colours))
        assert contrast_ratio(shown, colours.color(QPalette.Window)) >= READABLE, (theme, colour, shown.name())


@pytest.mark.parametrize("theme", THEMES)
def test_tinted_cells_keep_their_text_readable(qapp, theme):
    colours = THEMES[theme]
    for colour in tints():
        background, text = tint(colour, colours)
        assert contrast_ratio(background, text) >= READABLE, (theme, QColor(colour).name(), background.name())
    if theme != "light":  # a dark theme's cells stay dark: the tint does not turn them into light patches
        assert all(tint(colour, colours)[0].lightness() < 128 for colour in tints())


def test_a_colour_that_already_reads_is_kept(qapp):
    assert readable(QColor("#1b5e20"), QColor("#ffffff")).name() == "#1b5e20"


def test_the_class_grid_paints_its_cells_from_the_theme(qapp, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from trainer.gui.console.class_progress import COLORS

    dark = THEMES["dark"]
    monkeypatch.setattr(QGuiApplication, "palette", staticmethod(lambda: dark))
    background, text = tint(COLORS["passed"], QGuiApplication.palette())
    assert background.lightness() < 128 and contrast_ratio(background, text) >= READABLE
