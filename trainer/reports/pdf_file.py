"""A report as a printable PDF: charts first, then each table, on A4 or Letter, turned to landscape when a
table is too wide to read upright.

Cells are plain strings (not paragraphs) so a 300-person table lays out at the
speed of a bare reportlab table; a cell too long for its column is cut with an
ellipsis rather than overflowing into the next one.
"""

import math
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Paragraph, Spacer
from reportlab.platypus import Table as PdfTable
from reportlab.platypus import TableStyle

from trainer.reports.model import DATE, Chart, Report, Table, text_formatter
from trainer.reports.pdf_document import INK, RULE, build_pdf, escape_markup, fit_text, fonts, frame_width, styles

FONT_SIZE = 7.5
PADDING = 4.0
MIN_TEXT_WIDTH = 40.0
UPRIGHT_TEXT_WIDTH = 110.0  # a text column this wide still reads well; only tables wider than that turn the page
HEADER_LINE_WIDTH = 48.0  # a header up to this wide stays on one line
BAR = "#457b9d"
CHART_WIDTH = 500.0


def write_pdf(report: Report, stream: BinaryIO, paper: str = "a4", progress=None) -> None:
    f = fonts()
    total, done = report.row_count, 0
    prepared = []
    for table in report.tables:
        cells, formats = [], [text_formatter(column, report.lang) for column in table.columns]
        for row in table.rows:
            cells.append([format_value(value) for format_value, value in zip(formats, row)])
            done += 1
            if progress and (done % 100 == 0 or done == total):
                progress(done, total + 1)
        widths = [[stringWidth(text, f.regular, FONT_SIZE) for text in row] for row in cells]
        prepared.append((table, cells, widths, _natural_widths(table, widths)))
    landscape = any(_upright_width(table, natural) > frame_width(paper) for table, *_, natural in prepared)
    room = frame_width(paper, landscape)
    story = []
    for index, (table, cells, widths, natural) in enumerate(prepared):
        if index == report.charts_after:
            story += [item for chart in report.charts for item in (Spacer(1, 10), _chart(chart, min(room, CHART_WIDTH)))]
        story += _table(table, cells, widths, _fit_widths(table, natural, room))
    build_pdf(stream, story, title=report.title, subtitle=report.scope, lang=report.lang, paper=paper,
              landscape=landscape, progress=(lambda: progress(total, total + 1)) if progress else None)
    if progress:
        progress(total + 1, total + 1)


def _natural_widths(table: Table, widths: list[list[float]]) -> list[float]:
    """Each column's width with nothing cut: its widest cell, or its header (on one line if short, else its
    longest word)."""
    bold = fonts().bold
    natural = []
    for index, column in enumerate(table.columns):
        header = stringWidth(column.label, bold, FONT_SIZE)
        if header > HEADER_LINE_WIDTH:
            header = max(stringWidth(word, bold, FONT_SIZE) for word in column.label.split())
        content = max((row[index] for row in widths), default=0.0)
        natural.append(max(header, content) + 2 * PADDING + 1)
    return natural


def _upright_width(table: Table, natural: list[float]) -> float:
    """The table's width on an upright page, its text columns narrowed to a width that still reads well."""
    return sum(w if column.numeric or column.kind == DATE else min(w, UPRIGHT_TEXT_WIDTH)
               for w, column in zip(natural, table.columns))


def _fit_widths(table: Table, natural: list[float], room: float) -> list[float]:
    """Natural widths, or, when they do not fit, text columns narrowed from the widest down (numbers never)."""
    if sum(natural) <= room:
        return natural
    flexible = [i for i, column in enumerate(table.columns) if not column.numeric and column.kind != DATE]
    fixed = sum(w for i, w in enumerate(natural) if i not in flexible)
    spare = max(room - fixed, MIN_TEXT_WIDTH * len(flexible))
    low, high = MIN_TEXT_WIDTH, max(natural[i] for i in flexible)
    for _ in range(30):  # the cap such that the capped text columns just fill the spare room
        cap = (low + high) / 2
        if sum(min(natural[i], cap) for i in flexible) > spare:
            high = cap
        else:
            low = cap
    return [min(w, low) if i in flexible else w for i, w in enumerate(natural)]


def _table(table: Table, cells: list[list[str]], widths: list[list[float]], column_widths: list[float]) -> list:
    f, st = fonts(), styles()
    rooms = [w - 2 * PADDING for w in column_widths]
    for row, row_widths in zip(cells, widths):
        for index, width in enumerate(row_widths):
            if width > rooms[index]:
                row[index] = fit_text(row[index], f.regular, FONT_SIZE, rooms[index])
    header = [Paragraph(escape_markup(column.label), st["header-cell"]) for column in table.columns]
    flowable = PdfTable([header] + cells, colWidths=column_widths, repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), f.regular, FONT_SIZE),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#e8eef5")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if cells:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, HexColor("#f3f6f9")]))
    commands += [("ALIGN", (i, 1), (i, -1), "RIGHT") for i, column in enumerate(table.columns) if column.numeric]
    flowable.setStyle(TableStyle(commands))
    story = [CondPageBreak(80), Paragraph(escape_markup(table.title), st["section"])]
    if table.note:
        story.append(Paragraph(escape_markup(table.note), st["note"]))
    story.append(flowable)
    return story


def _whole_step(top: float) -> int:
    """A tick step of 1, 2 or 5 times a power of ten that gives at most six ticks up to `top`."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            if top / (factor * magnitude) <= 6:
                return factor * magnitude
        magnitude *= 10


def _chart(chart: Chart, room: float):
    """A horizontal bar chart, one bar per group, the count written at the end of each bar."""
    f = fonts()
    bar_height, size = 15, 8
    labels = [fit_text(label, f.regular, size, 150) for label in chart.labels] or ["—"]
    values = list(chart.values) or [0]
    label_room = max(stringWidth(label, f.regular, size) for label in labels) + 8
    height = 32 + bar_height * len(values)
    drawing = Drawing(room, height + 8, initialFontName=f.regular, initialFontSize=size)
    drawing.add(String(0, height - 4, chart.title, fontName=f.bold, fontSize=9.5, fillColor=HexColor(INK)))
    bars = HorizontalBarChart()
    bars.x, bars.y = label_room, 14
    bars.width, bars.height = room - label_room - 40, bar_height * len(values)
    bars.data = [values[::-1]]
    bars.categoryAxis.categoryNames = labels[::-1]
    bars.categoryAxis.labels.fontName, bars.categoryAxis.labels.fontSize = f.regular, size
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dx = -4
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(max(values) * 1.12, 1)
    if all(float(v).is_integer() for v in values):  # counts of people: whole-number ticks, never "0.5"
        step = _whole_step(max(values))
        bars.valueAxis.valueStep = step
        bars.valueAxis.valueMax = step * math.ceil(max(max(values) * 1.12, 1) / step)
    bars.valueAxis.labels.fontName, bars.valueAxis.labels.fontSize = f.regular, size - 1
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = HexColor("#dddddd")
    bars.bars[0].fillColor = HexColor(BAR)
    bars.bars[0].strokeColor = None
    bars.barWidth = bar_height * 0.7
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName, bars.barLabels.fontSize = f.regular, size
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    drawing.add(bars)
    return drawing
