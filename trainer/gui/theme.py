"""Colours that stay readable in a light or a dark system theme.

Screens name a colour for what it means (a passed cell, a warning, a verdict) and ask here for the shade that
reads on the palette in use: text colours are moved away from the background until they reach WCAG AA contrast
(4.5:1), and cell tints are mixed into the theme's own background, with the theme's text colour on them.
"""

from PySide6.QtGui import QColor, QPalette

READABLE = 4.5  # WCAG AA contrast for body text


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast of two colours, from 1 (the same) to 21 (black on white)."""
    def luminance(color: QColor) -> float:
        channels = [c / 255 for c in (color.red(), color.green(), color.blue())]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def blend(base: QColor, tint: QColor, share: float) -> QColor:
    """`base` moved `share` of the way towards `tint`."""
    return QColor(*(round(a * (1 - share) + b * share) for a, b in (
        (base.red(), tint.red()), (base.green(), tint.green()), (base.blue(), tint.blue()))))


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Window).lightness() < 128


def readable(color: QColor | str, background: QColor) -> QColor:
    """`color` (its hue kept) made light or dark enough to read on `background`."""
    color = QColor(color)
    target = QColor("white") if background.lightness() < 128 else QColor("black")
    for step in range(11):
        shade = blend(color, target, step / 10)
        if contrast_ratio(shade, background) >= READABLE:
            return shade
    return target


def text_color(color: QColor | str, palette: QPalette, role: QPalette.ColorRole = QPalette.Window) -> str:
    """A readable shade of `color` on the palette's `role` background, as a style-sheet colour."""
    return readable(color, palette.color(role)).name()


def tint(color: QColor | str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a table cell marked with a light tint: the tint itself in a light theme; in a dark
    theme the theme's base mixed with a little of it. The text is the theme's own, checked against the result."""
    base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
    background = QColor(color) if not is_dark(palette) else blend(base, QColor(color), 0.22)
    return background, readable(text, background)
