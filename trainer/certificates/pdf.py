"""The printed certificate: one landscape page (A4 or Letter) per certificate, drawn from its signed statement.

Everything the page says comes from the statement, so a reprint says what was signed; only the
module titles (the statement names modules by id) and the logo come from elsewhere. Text uses the
DejaVu fonts shipped in assets/fonts (embedded as subsets, every Spanish character included). The
QR code holds the whole statement and is drawn as one vector path from segno's matrix, which costs
a fraction of reportlab's QR widget. Each statement is also written into the PDF's keywords,
base64url-encoded, so `trainer verify FILE.pdf` can read it back without decoding the QR code.
"""

import base64
import binascii
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from trainer.certificates.statement import SignedStatement
from trainer.locale import format_number
from trainer.paths import ASSETS

FONTS_DIR = ASSETS / "fonts"
FONTS = {
    "Cert-Serif": "DejaVuSerif.ttf",
    "Cert-Serif-Bold": "DejaVuSerif-Bold.ttf",
    "Cert-Serif-Italic": "DejaVuSerif-Italic.ttf",
    "Cert-Sans": "DejaVuSans.ttf",
}
PAPERS = ("a4", "letter")
KEYWORD_PREFIX = "trainer-statement:"
EMBEDDED_PATTERN = re.compile(rb"trainer-statement:([A-Za-z0-9_-]+)")
DARK_RUN = re.compile(rb"\x01+")  # segno's matrix rows are bytearrays of 0 (light) and 1 (dark)

NAVY, GOLD, INK, MUTED = "#1F3A5F", "#A8842C", "#2B2B2B", "#6B6B6B"
QR_SIZE = 104  # points: 0.5 mm modules for a ~350-character statement, easy for a phone
FOOTER_TOP = 62 + QR_SIZE + 12
# None: the 8 masks are tried and the one ISO/IEC 18004 scores best is kept (qr_masks makes that
# choice, identical to segno's, about four times faster); a fixed mask is faster still and still
# decodable, but not what the standard asks (bench/certificates.py measures both).
QR_MASK = None
LOGO_POINTS = 52
LOGO_PIXELS = 220  # enough for 300 dpi at LOGO_POINTS

TEXT = {
    "title-completion": {"es": "Certificado de aprobación", "en": "Certificate of Completion"},
    "title-participation": {"es": "Certificado de participación", "en": "Certificate of Participation"},
    "awarded-to": {"es": "Se otorga el presente certificado a", "en": "This certificate is awarded to"},
    "body-completion": {"es": "por haber aprobado el curso", "en": "for successfully completing the course"},
    "body-participation": {"es": "por haber participado en el curso", "en": "for taking part in the course"},
    "hour": {"es": "{n} hora", "en": "{n} hour"},
    "hours": {"es": "{n} horas", "en": "{n} hours"},
    "attended": {"es": "{hours} de asistencia", "en": "{hours} attended"},
    "course-length": {"es": "Duración del curso: {hours}", "en": "Course length: {hours}"},
    "modules": {"es": "Módulos", "en": "Modules"},
    "trainer": {"es": "Instructor(a)", "en": "Trainer"},
    "issuer": {"es": "Entidad emisora", "en": "Issued by"},
    "issued": {"es": "Emitido el {date}", "en": "Issued on {date}"},
    "signed": {"es": "Firmado digitalmente · clave {key_id}", "en": "Digitally signed · key {key_id}"},
    "verify": {
        "es": "Verifíquelo sin internet con la aplicación Trainer: trainer verify {code}",
        "en": "Check it offline with the Trainer app: trainer verify {code}",
    },
    "pdf-title": {"es": "Certificado {code}", "en": "Certificate {code}"},
}
MONTHS = {
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


@dataclass(frozen=True)
class CertificatePage:
    statement: SignedStatement
    module_titles: tuple[str, ...]


def _text(key: str, lang: str, **params) -> str:
    texts = TEXT[key]
    return texts.get(lang, texts["en"]).format(**params)


def format_date(day: date, lang: str) -> str:
    if lang == "es":
        return f"{day.day} de {MONTHS['es'][day.month - 1]} de {day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def format_period(start: date, end: date, lang: str) -> str:
    """A date range as people write it: "del 2 al 6 de marzo de 2026", "2–6 March 2026"."""
    if start == end:
        return format_date(start, lang)
    if lang == "es":
        if (start.year, start.month) == (end.year, end.month):
            return f"del {start.day} al {format_date(end, lang)}"
        first = f"{start.day} de {MONTHS['es'][start.month - 1]}" + (f" de {start.year}" if start.year != end.year else "")
        return f"del {first} al {format_date(end, lang)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, lang)}"
    first = f"{start.day} {MONTHS['en'][start.month - 1]}" + (f" {start.year}" if start.year != end.year else "")
    return f"{first} – {format_date(end, lang)}"


def format_hours(hours: float, lang: str) -> str:
    return _text("hour" if hours == 1 else "hours", lang, n=format_number(hours, lang))


_ready = False


def _prepare_reportlab() -> None:
    """Register the fonts once per process, and write binary streams.

    ASCII85 streams only matter for 7-bit mail channels, and without reportlab's optional C
    accelerator encoding the logo that way costs about 7 ms per file. The switch is process-wide;
    every PDF reportlab writes stays valid, only smaller.
    """
    global _ready
    if not _ready:
        from reportlab import rl_config
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        rl_config.useA85 = 0
        for name, file in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, FONTS_DIR / file))
        _ready = True


def draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of `text` as a single filled path: one rectangle per horizontal run of dark modules.

    The path is written in module units under a scaling transform, so every number in it is a
    small integer. UTF-8 is declared with an ECI header: without it readers guess the encoding of
    "María", and some guess wrong (zbar reads it as Shift_JIS or Big5).
    """
    import segno

    from trainer.certificates import qr_masks

    qr_masks.install()
    matrix = segno.make(text, error="m", encoding="utf-8", eci=True, mask=QR_MASK).matrix
    count = len(matrix)
    rectangles = " ".join(f"{run.start()} {count - 1 - row_index} {run.end() - run.start()} 1 re"
                          for row_index, row in enumerate(matrix) for run in DARK_RUN.finditer(row))
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.setFillColor("#000000")
    canvas.addLiteral(rectangles + " f")
    canvas.restoreState()


@lru_cache(maxsize=4)
def _logo_image(path: Path, modified: float):
    """The logo decoded once per process and reduced to what 300 dpi needs at its printed size."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    with Image.open(path) as image:
        image = image.convert("RGBA")
    image.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
    return ImageReader(image)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, font, size, width) or [""]


def _module_lines(label: str, titles: tuple[str, ...], width: float) -> list[str]:
    """The module list, breaking lines between modules rather than inside a title; at most three lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [label]
    for title in titles:
        joined = f"{lines[-1]}  ·  {title}" if lines[-1] != label else f"{label} {title}"
        if stringWidth(joined, "Cert-Sans", 9.5) <= width:
            lines[-1] = joined
        else:
            lines.extend(_wrap(title, "Cert-Sans", 9.5, width))
    return lines[:3]


def _fit(text: str, font: str, largest: float, smallest: float, width: float, max_lines: int) -> tuple[float, list[str]]:
    """The largest size from `largest` down to `smallest` at which `text` fits one line, else wrapped lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 1
    lines = _wrap(text, font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        while lines[-1] and stringWidth(lines[-1] + "…", font, size) > width:
            lines[-1] = lines[-1][:-1]
        lines[-1] += "…"
    return size, lines


def _frame(canvas, width: float, height: float) -> None:
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(3)
    canvas.rect(22, 22, width - 44, height - 44)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(30, 30, width - 60, height - 60)
    for x, y in ((30, 30), (30, height - 30), (width - 30, 30), (width - 30, height - 30)):
        _diamond(canvas, x, y, 6, 6)


def _diamond(canvas, x: float, y: float, half_width: float, half_height: float) -> None:
    canvas.setFillColor(GOLD)
    path = canvas.beginPath()
    path.moveTo(x, y - half_height)
    path.lineTo(x + half_width, y)
    path.lineTo(x, y + half_height)
    path.lineTo(x - half_width, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament(canvas, x: float, y: float, half_width: float) -> None:
    """A thin gold rule with a small diamond in the middle, under the title and the name."""
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.line(x - half_width, y, x - 7, y)
    canvas.line(x + 7, y, x + half_width, y)
    _diamond(canvas, x, y, 4, 3.5)


@dataclass
class _Block:
    """Centred lines of one style in the body of the page; `gap` is the space above the first baseline's top."""

    lines: list[str]
    font: str
    size: float
    color: str
    gap: float
    leading_factor: float = 1.2
    ornament: float = 0.0  # half-width of a rule drawn under the block, if any

    @property
    def height(self) -> float:
        return self.size + (len(self.lines) - 1) * self.size * self.leading_factor + (18 if self.ornament else 0)


def _body(facts, module_titles: tuple[str, ...], text_width: float) -> list[_Block]:
    lang = facts.language
    name_size, name_lines = _fit(facts.name, "Cert-Serif-Bold", 36, 17, text_width, 4)
    course_size, course_lines = _fit(facts.course, "Cert-Serif-Bold", 23, 15, text_width, 2)
    hours = format_hours(facts.hours, lang)
    details = [_text("attended", lang, hours=hours) if facts.period else _text("course-length", lang, hours=hours)]
    if facts.period:
        details.append(format_period(*facts.period, lang))
    if facts.place:
        details.append(facts.place)
    detail_size, detail_lines = _fit("  ·  ".join(details), "Cert-Serif", 13, 10, text_width, 2)
    return [
        _Block([_text("awarded-to", lang)], "Cert-Serif-Italic", 14, MUTED, 0),
        _Block(name_lines, "Cert-Serif-Bold", name_size, NAVY, 18, 1.15, ornament=190),
        _Block([_text(f"body-{facts.kind}", lang)], "Cert-Serif-Italic", 14, MUTED, 16),
        _Block(course_lines, "Cert-Serif-Bold", course_size, INK, 14),
        _Block(detail_lines, "Cert-Serif", detail_size, INK, 16, 1.3),
        _Block(_module_lines(f"{_text('modules', lang)}:", module_titles, text_width - 60), "Cert-Sans", 9.5, MUTED, 12,
               1.4),
    ]


def _draw_body(canvas, blocks: list[_Block], middle: float, top: float, bottom: float) -> None:
    """Draw the blocks from `top` down, spreading spare room over the gaps so the page looks balanced."""
    gaps = sum(block.gap for block in blocks[1:])
    spare = (top - bottom) - sum(block.height for block in blocks) - gaps
    stretch = max(0.6, min(2.0, 1 + spare / gaps))
    y = top - max(0.0, spare - gaps * (stretch - 1)) / 2
    for index, block in enumerate(blocks):
        y -= (block.gap * stretch if index else 0) + block.size
        canvas.setFont(block.font, block.size)
        canvas.setFillColor(block.color)
        for line in block.lines:
            canvas.drawCentredString(middle, y, line)
            y -= block.size * block.leading_factor
        y += block.size * block.leading_factor
        if block.ornament:
            y -= 18
            _ornament(canvas, middle, y + 4, block.ornament)


def _draw_page(canvas, page: CertificatePage, width: float, height: float, logo: Path | None) -> None:
    facts = page.statement.facts
    lang = facts.language
    middle = width / 2
    text_width = width - 200
    _frame(canvas, width, height)

    top = height - 52
    if logo is not None:
        image = _logo_image(logo, logo.stat().st_mtime)
        canvas.drawImage(image, middle - LOGO_POINTS / 2, top - LOGO_POINTS, width=LOGO_POINTS, height=LOGO_POINTS,
                         mask="auto", preserveAspectRatio=True)
        top -= LOGO_POINTS
    top = _draw_organization(canvas, facts.organization.upper(), middle, top - 20, text_width)

    title = _text(f"title-{facts.kind}", lang).upper()
    title_size, _ = _fit(title, "Cert-Serif-Bold", 30, 20, text_width, 1)
    canvas.setFont("Cert-Serif-Bold", title_size)
    canvas.drawCentredString(middle, top - 42, title, charSpace=1.5)
    _ornament(canvas, middle, top - 58, 120)
    top -= 72

    _draw_body(canvas, _body(facts, page.module_titles, text_width), middle, top, FOOTER_TOP)
    _draw_footer(canvas, page, width)


def _draw_organization(canvas, name: str, middle: float, baseline: float, width: float) -> float:
    """The organization's name in spaced capitals, on two lines if it must be; returns the last baseline."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    spacing = 2.2 if stringWidth(name, "Cert-Sans", 10.5) + 2.2 * len(name) <= width else 0.6
    size, lines = _fit(name, "Cert-Sans", 10.5, 8.5, width - spacing * len(name), 2)
    canvas.setFont("Cert-Sans", size)
    canvas.setFillColor(NAVY)
    for index, line in enumerate(lines):
        canvas.drawCentredString(middle, baseline - index * size * 1.4, line, charSpace=spacing)
    return baseline - (len(lines) - 1) * size * 1.4


def _draw_footer(canvas, page: CertificatePage, width: float) -> None:
    facts = page.statement.facts
    lang = facts.language
    qr_size = QR_SIZE
    qr_x = width - 48 - qr_size
    draw_qr(canvas, page.statement.token, qr_x, 62, qr_size)
    canvas.setFont("Cert-Sans", 10)
    canvas.setFillColor(NAVY)
    canvas.drawCentredString(qr_x + qr_size / 2, 48, facts.code, charSpace=0.6)

    left, line_width, baseline = 80, 200, 92
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(left, baseline, left + line_width, baseline)
    signer, role = (facts.trainer, _text("trainer", lang)) if facts.trainer else (facts.organization, _text("issuer", lang))
    signer_size, signer_lines = _fit(signer, "Cert-Serif", 12, 8, line_width + 40, 3)
    canvas.setFont("Cert-Serif", signer_size)
    canvas.setFillColor(INK)
    for index, line in enumerate(signer_lines):
        canvas.drawCentredString(left + line_width / 2, baseline - 16 - index * signer_size * 1.2, line)
    canvas.setFont("Cert-Sans", 9)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(left + line_width / 2, baseline - 29 - (len(signer_lines) - 1) * signer_size * 1.2, role)

    centre = (left + line_width + qr_x) / 2
    canvas.setFont("Cert-Serif-Italic", 11.5)
    canvas.setFillColor(INK)
    canvas.drawCentredString(centre, baseline - 16, _text("issued", lang, date=format_date(facts.issued_on, lang)))
    canvas.setFont("Cert-Sans", 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(centre, baseline - 29, _text("signed", lang, key_id=facts.key_id))
    hint_size, hint = _fit(_text("verify", lang, code=facts.code), "Cert-Sans", 7.5, 5.5, qr_x - left - line_width - 16, 1)
    canvas.setFont("Cert-Sans", hint_size)
    canvas.drawCentredString(centre, 44, hint[0])


def render_certificates(
    pages: Sequence[CertificatePage], paper: str = "a4", logo: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One PDF with a page per certificate. `progress(done, total)` is called after each page and may raise to stop."""
    from reportlab.lib.pagesizes import A4, LETTER, landscape
    from reportlab.pdfgen.canvas import Canvas

    _prepare_reportlab()
    width, height = landscape(A4 if paper == "a4" else LETTER)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), pageCompression=1, initialFontName="Cert-Serif")
    first = pages[0].statement.facts
    canvas.setTitle(_text("pdf-title", first.language, code=first.code) if len(pages) == 1 else first.organization)
    canvas.setAuthor(first.organization)
    canvas.setSubject(first.course)
    canvas.setCreator("Trainer")
    canvas.setKeywords(" ".join(KEYWORD_PREFIX + base64.urlsafe_b64encode(p.statement.token.encode("utf-8"))
                                .rstrip(b"=").decode("ascii") for p in pages))
    for index, page in enumerate(pages):
        _draw_page(canvas, page, width, height, logo)
        canvas.showPage()
        if progress is not None:
            progress(index + 1, len(pages))
    canvas.save()
    return buffer.getvalue()


def embedded_statements(data: bytes) -> list[str]:
    """The statements written into a certificate PDF by `render_certificates`, in page order."""
    found = []
    for match in EMBEDDED_PATTERN.findall(data):
        try:
            found.append(base64.urlsafe_b64decode(match + b"=" * (-len(match) % 4)).decode("utf-8", "replace"))
        except binascii.Error:  # a damaged copy: keep it, so that verifying it says so
            found.append(match.decode("ascii"))
    return found
