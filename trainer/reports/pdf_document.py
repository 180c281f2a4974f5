"""The pages every Trainer PDF shares (reports, handouts, quiz sheets): fonts, paper, header and "page X of Y".

Fonts are embedded TrueType so Spanish letters (á, ñ, ¿) print everywhere:
DejaVu Sans from assets/fonts where it is there, else the Bitstream Vera
fonts that ship inside reportlab. The page count needs the whole document
laid out first, so the canvas keeps each page and draws the footers when it
is saved.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO

import reportlab
from reportlab.lib.colors import HexColor
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.pagesizes import landscape as turned
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from trainer.i18n import pick
from trainer.paths import ASSETS

PAPER_NAMES = ("a4", "letter")
MARGIN = 36.0  # points: half an inch, inside what office printers can print
HEADER_SPACE = 34.0
FOOTER_SPACE = 22.0
INK = "#1d3557"
RULE = "#a8b8cc"

PAGE_OF = {"en": "Page {page} of {pages}", "es": "Página {page} de {pages}"}

FONTS_DIR = ASSETS / "fonts"
FAMILY = "TrainerSans"
# Each style: DejaVu Sans from assets/fonts when present, else Bitstream Vera from inside reportlab. DejaVu grew out
# of Vera with the same letter shapes, so a document that mixes the two still looks like one typeface.
FONT_FILES = (
    ("", "DejaVuSans.ttf", "Vera.ttf"),
    ("-Bold", "DejaVuSans-Bold.ttf", "VeraBd.ttf"),
    ("-Italic", "DejaVuSans-Oblique.ttf", "VeraIt.ttf"),
    ("-BoldItalic", "DejaVuSans-BoldOblique.ttf", "VeraBI.ttf"),
)
MONO_FILE = FONTS_DIR / "DejaVuSansMono.ttf"


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str


@lru_cache(maxsize=1)
def fonts() -> Fonts:
    """Register the embedded fonts once per process and name them."""
    bundled = Path(reportlab.__file__).parent / "fonts"
    names = []
    for suffix, dejavu, vera in FONT_FILES:
        path = FONTS_DIR / dejavu if (FONTS_DIR / dejavu).is_file() else bundled / vera
        pdfmetrics.registerFont(TTFont(FAMILY + suffix, str(path)))
        names.append(FAMILY + suffix)
    for name, bold, italic in zip(names, (0, 1, 0, 1), (0, 0, 1, 1)):
        addMapping(FAMILY, bold, italic, name)
    mono = "Courier"  # a standard PDF font: Latin-1, so Spanish letters print
    if MONO_FILE.is_file():
        pdfmetrics.registerFont(TTFont("TrainerMono", str(MONO_FILE)))
        mono = "TrainerMono"
    return Fonts(*names, mono)


def page_size(paper: str, landscape: bool = False) -> tuple[float, float]:
    size = {"a4": A4, "letter": LETTER}[paper]
    return turned(size) if landscape else size


FRAME_PADDING = 6.0  # reportlab's default padding inside a page frame


def frame_width(paper: str, landscape: bool = False) -> float:
    """The width flowables can use on a page."""
    return page_size(paper, landscape)[0] - 2 * MARGIN - 2 * FRAME_PADDING


@lru_cache(maxsize=1)
def styles() -> dict:
    """Paragraph styles in the embedded fonts, by role."""
    f = fonts()
    ink = HexColor(INK)
    body = ParagraphStyle("body", fontName=f.regular, fontSize=10, leading=13.5, spaceAfter=5)
    return {
        "body": body,
        "lesson-cell": ParagraphStyle("lesson-cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        "lesson-header-cell": ParagraphStyle("lesson-header-cell", parent=body, fontName=f.bold, fontSize=8.5,
                                             leading=10.5, spaceAfter=0),
        "header-cell": ParagraphStyle("header-cell", parent=body, fontName=f.bold, fontSize=7.5, leading=9, spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=f.bold, fontSize=17, leading=21, spaceAfter=8, textColor=ink),
        "h1": ParagraphStyle("h1", parent=body, fontName=f.bold, fontSize=14, leading=18, spaceBefore=8, spaceAfter=5,
                             textColor=ink, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=f.bold, fontSize=12, leading=15, spaceBefore=7, spaceAfter=4,
                             textColor=ink, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=f.bold, fontSize=10.5, leading=13.5, spaceBefore=5,
                             spaceAfter=3, textColor=ink, keepWithNext=1),
        "section": ParagraphStyle("section", parent=body, fontName=f.bold, fontSize=12, leading=15, spaceBefore=7,
                                  spaceAfter=4, textColor=ink),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=HexColor("#444444")),
        "code": ParagraphStyle("code", parent=body, fontName=f.mono, fontSize=8.5, leading=11),
    }


class _PagedCanvas(Canvas):
    """Keeps every page until save, then draws the header and 'page X of Y' on each."""

    def __init__(self, *args, title: str = "", subtitle: str = "", lang: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._title, self._subtitle, self._lang = title, subtitle, lang

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        f = fonts()
        width, height = self._pagesize
        room = width - 2 * MARGIN
        self.saveState()
        self.setFillColor(HexColor(INK))
        self.setFont(f.bold, 11)
        self.drawString(MARGIN, height - MARGIN + 3, fit_text(self._title, f.bold, 11, room))
        self.setFont(f.regular, 8.5)
        self.setFillColor(HexColor("#444444"))
        self.drawString(MARGIN, height - MARGIN - 8, fit_text(self._subtitle, f.regular, 8.5, room))
        self.setStrokeColor(HexColor(RULE))
        self.setLineWidth(0.6)
        self.line(MARGIN, height - MARGIN - 13, width - MARGIN, height - MARGIN - 13)
        self.line(MARGIN, MARGIN - 4, width - MARGIN, MARGIN - 4)
        self.drawString(MARGIN, MARGIN - 14, f"Trainer · {date.today().isoformat()}")
        self.drawRightString(width - MARGIN, MARGIN - 14, pick(PAGE_OF, self._lang).format(page=number, pages=total))
        self.restoreState()




def escape_markup(text: str) -> str:
    """Text safe inside a reportlab Paragraph, which reads a small XML-like markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """The text, cut with an ellipsis if it would run past `room` points."""
    if stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(stream: BinaryIO, story: list, *, title: str, subtitle: str, lang: str, paper: str = "a4",
              landscape: bool = False, progress: Callable[[], None] | None = None) -> None:
    """Lay out `story` on A4 or Letter pages with the shared header and footer; `progress()` runs after each page
    (and may raise to cancel)."""
    document = SimpleDocTemplate(
        stream, pagesize=page_size(paper, landscape), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE - 14, bottomMargin=MARGIN + FOOTER_SPACE - 14, title=title, subject=subtitle,
        author="Trainer", creator="Trainer", lang=lang, initialFontName=fonts().regular,
    )
    if progress:
        document.afterPage = progress
    document.build(story, canvasmaker=partial(_PagedCanvas, title=title, subtitle=subtitle, lang=lang))
