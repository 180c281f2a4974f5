"""Lesson Markdown to reportlab flowables, for handouts printed for participants without a laptop.

Uses the same parser and the same rules as the screen (trainer.courses.markdown):
raw HTML is text, images come only from inside the course folder, and only the
country notes for the chosen country are kept. Links cannot be clicked on
paper, so a web link prints its address and a link into the course prints
its words only.
"""

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.platypus import HRFlowable, Image, ListFlowable, ListItem, Paragraph, Table, TableStyle, XPreformatted

from trainer.courses.markdown import NOTE_LABEL, filter_country_notes, link_scheme, note_countries, parser, resolve_image
from trainer.countries import country_name
from trainer.i18n import pick
from trainer.reports.pdf_document import INK, escape_markup, fonts, styles

WEB_SCHEMES = ("http", "https", "mailto")
NOTE_BACKGROUND = "#fff6dd"
NOTE_BORDER = "#e0c068"
MAX_IMAGE_HEIGHT = 260.0


def markdown_flowables(text: str, lang: str, country: str | None, lesson_file: Path, course_root: Path,
                       width: float) -> list:
    """The flowables of a lesson body laid out `width` points wide."""
    md = parser()
    env = {"lang": lang, "lesson_file": Path(lesson_file), "course_root": Path(course_root)}
    tokens = filter_country_notes(md.parse(text, env), country)
    return _Builder(env, width).blocks(tokens)


class _Builder:
    def __init__(self, env: dict, width: float):
        self.env, self.width = env, width
        self.st, self.f = styles(), fonts()

    def blocks(self, tokens: list, width: float | None = None) -> list:
        """Flowables for a run of block tokens (the whole lesson, or what is inside a list item, quote or note)."""
        width = width or self.width
        out, index = [], 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind in ("heading_open", "paragraph_open", "table_open", "bullet_list_open", "ordered_list_open",
                        "blockquote_open", "container_country_open"):
                end = self._close(tokens, index)
                out += self._block(token, tokens[index + 1: end], width)
                index = end + 1
                continue
            if kind in ("fence", "code_block"):
                out.append(self._code(token.content))
            elif kind == "hr":
                out.append(HRFlowable(width="100%", thickness=0.6, color=INK, spaceBefore=4, spaceAfter=6))
            index += 1
        return out

    @staticmethod
    def _close(tokens: list, start: int) -> int:
        """The index of the token that closes the one at `start`."""
        depth = 0
        for index in range(start, len(tokens)):
            depth += tokens[index].nesting
            if depth == 0:
                return index
        return len(tokens) - 1

    def _block(self, token, inner: list, width: float) -> list:
        kind = token.type
        if kind == "heading_open":
            style = {"h1": "h1", "h2": "h2"}.get(token.tag, "h3")
            return [Paragraph(self.inline(inner[0]), self.st[style])]
        if kind == "paragraph_open":
            return self._paragraph(inner[0], width)
        if kind == "table_open":
            return [self._table(inner, width)]
        if kind in ("bullet_list_open", "ordered_list_open"):
            return [self._list(inner, kind == "ordered_list_open", width)]
        if kind == "blockquote_open":
            return [self._boxed(self.blocks(inner, width - 24), None, width, "#f2f2f2", "#bbbbbb")]
        label = pick(NOTE_LABEL, self.env["lang"]).format(
            countries=", ".join(country_name(code, self.env["lang"]) for code in note_countries(token.info)))
        return [self._boxed(self.blocks(inner, width - 24), label, width, NOTE_BACKGROUND, NOTE_BORDER)]

    def _paragraph(self, inline, width: float) -> list:
        children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
        if len(children) == 1 and children[0].type == "image":
            return self._image(children[0], width)
        return [Paragraph(self.inline(inline), self.st["body"])]

    def inline(self, inline) -> str:
        """reportlab's paragraph markup for an inline token: bold, italics, code, links as words (and addresses)."""
        parts, links = [], []
        for child in inline.children or []:
            kind = child.type
            if kind == "text":
                parts.append(escape_markup(child.content))
            elif kind in ("softbreak",):
                parts.append(" ")
            elif kind == "hardbreak":
                parts.append("<br/>")
            elif kind == "strong_open":
                parts.append("<b>")
            elif kind == "strong_close":
                parts.append("</b>")
            elif kind == "em_open":
                parts.append("<i>")
            elif kind == "em_close":
                parts.append("</i>")
            elif kind == "code_inline":
                parts.append(f'<font face="{self.f.mono}">{escape_markup(child.content)}</font>')
            elif kind == "link_open":
                href = child.attrGet("href") or ""
                links.append(href if link_scheme(href) in WEB_SCHEMES else "")
            elif kind == "link_close":
                href = links.pop() if links else ""
                shown = href.removeprefix("mailto:")
                if href and shown not in "".join(parts[-3:]):
                    parts.append(f' <font size="8">({escape_markup(shown)})</font>')
            elif kind == "image":
                parts.append(f"<i>[{escape_markup(child.content or self._alt(child))}]</i>")
        return "".join(parts)

    @staticmethod
    def _alt(image) -> str:
        return "".join(c.content for c in image.children or [] if c.type == "text")

    def _image(self, token, width: float) -> list:
        alt = self._alt(token)
        target, problem = resolve_image(token.attrGet("src") or "", self.env["lesson_file"], self.env["course_root"])
        if problem:
            return [Paragraph(f"<i>[{escape_markup(alt)}]</i>", self.st["body"])]
        picture = Image(str(target))
        scale = min(1.0, width / picture.imageWidth, MAX_IMAGE_HEIGHT / picture.imageHeight)
        picture.drawWidth, picture.drawHeight = picture.imageWidth * scale, picture.imageHeight * scale
        picture.hAlign = "CENTER"
        caption = Paragraph(f"<i>{escape_markup(alt)}</i>", self.st["note"]) if alt else None
        return [picture] + ([caption] if caption else [])

    def _code(self, text: str):
        return XPreformatted(escape_markup(text.rstrip("\n")), self.st["code"])

    def _list(self, inner: list, ordered: bool, width: float):
        items, index = [], 0
        while index < len(inner):
            if inner[index].type == "list_item_open":
                end = self._close(inner, index)
                items.append(ListItem(self.blocks(inner[index + 1: end], width - 18)))
                index = end + 1
            else:
                index += 1
        return ListFlowable(items, bulletType="1" if ordered else "bullet", start="1" if ordered else "•",
                            leftIndent=16, bulletFontName=self.f.regular, bulletFontSize=9, spaceAfter=4)

    def _table(self, inner: list, width: float):
        rows, row, header_rows = [], None, 0
        for token in inner:
            if token.type == "tr_open":
                row = []
            elif token.type == "tr_close":
                rows.append(row)
            elif token.type == "inline" and row is not None:
                row.append(token)
            elif token.type == "thead_close":
                header_rows = len(rows)
        columns = max(len(r) for r in rows)
        lengths = [max((len(r[i].content) if i < len(r) else 0) for r in rows) for i in range(columns)]
        shares = [max(length, 8) for length in lengths]
        widths = [width * share / sum(shares) for share in shares]
        data = [[Paragraph(self.inline(cell), self.st["lesson-header-cell" if n < header_rows else "lesson-cell"])
                 for cell in r] + [""] * (columns - len(r)) for n, r in enumerate(rows)]
        table = Table(data, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        commands = [
            ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#a8b8cc")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header_rows:
            commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor("#e8eef5")))
        table.setStyle(TableStyle(commands))
        table.spaceAfter = 6
        return table

    def _boxed(self, content: list, label: str | None, width: float, background: str, border: str):
        """A shaded box around some flowables: a country note (with its label) or a quotation."""
        if label:
            content = [Paragraph(f"<b>{escape_markup(label)}</b>", self.st["body"])] + content
        box = Table([[content]], colWidths=[width])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(background)),
            ("BOX", (0, 0), (-1, -1), 0.8, HexColor(border)),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        box.spaceBefore, box.spaceAfter = 4, 8
        return box
