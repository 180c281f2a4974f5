"""The Follow-the-money lab's screen: order the stages, split the fees, answer a chargeback, compare methods.

Four tabs over `trainer.labs.follow_the_money`. The score is the mean of the
first try at ordering the stages and the first try at choosing the evidence;
after that the learner may try again as often as they like.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem,
    QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from trainer.countries import COUNTRIES, country_name
from trainer.i18n import pick
from trainer.labs.common import LabInputError
from trainer.labs.follow_the_money import (
    CHARGEBACK_CASE, COMPARISON_COLUMNS, EVIDENCE, STAGES, VERDICTS, check_order, methods_for, score_evidence,
    scrambled_stage_ids, split_fees,
)
from trainer.gui.labs.widgets import (
    FAIL_MARK, OK_MARK, LabFooter, Verdict, amount_text, fill_table, heading, literal, money, paragraph, parameter_text,
    percent, read_only_table, scrolling,
)

_STAGES_BY_ID = {stage.id: stage for stage in STAGES}
_LOCAL_METHOD_COUNTRIES = ("MX", "BR", "CR")


class StageList(QListWidget):
    """The stages to put in order: drag and drop with the mouse, or Alt+Up / Alt+Down from the keyboard."""

    order_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setWordWrap(True)
        self.setResizeMode(QListView.Adjust)
        self.setSpacing(2)
        self.model().rowsMoved.connect(self.order_changed)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        self.insertItem(target, self.takeItem(row))
        self.setCurrentRow(target)
        self.order_changed.emit()

    def keyPressEvent(self, event) -> None:
        if event.modifiers() & Qt.AltModifier and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def stage_ids(self) -> list[str]:
        return [self.item(row).data(Qt.UserRole) for row in range(self.count())]


class FollowTheMoneyScreen(QWidget):
    """Four tabs, one per exercise; the footer says which scored exercises are still to do."""

    finished = Signal(float)

    def __init__(self, lab, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lab, self.lang = lab, lang
        self.first_order_score: float | None = None
        self.first_evidence_score: float | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Exercises"))
        self.tabs.addTab(self._build_stages(), self.tr("&1. Stages of a card payment"))
        self.tabs.addTab(scrolling(self._build_fees()), self.tr("&2. Fee split"))
        self.tabs.addTab(scrolling(self._build_chargeback()), self.tr("&3. Chargeback evidence"))
        self.tabs.addTab(self._build_methods(), self.tr("&4. Payment methods by country"))
        self.footer = LabFooter(lang)
        self.footer.finish_clicked.connect(self._finish)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(pick(lab.title, lang)))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.footer)
        self._update_footer()

    # -- 1. stages -------------------------------------------------------------------------------

    def _build_stages(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(self.tr(
            "Put the five stages of a card payment in order, from the purchase to the money in the merchant's "
            "account. Drag a stage, or select it and press Alt+Up or Alt+Down.")))
        self.stage_list = StageList()
        self.stage_list.setAccessibleName(self.tr("Stages of a card payment, in your order"))
        for stage_id in scrambled_stage_ids():
            item = QListWidgetItem()
            item.setData(Qt.UserRole, stage_id)
            self.stage_list.addItem(item)
        self.stage_list.setCurrentRow(0)
        self.stage_list.order_changed.connect(self._order_changed)
        self.move_up_button = QPushButton(self.tr("Move &up"))
        self.move_up_button.setToolTip(self.tr("Alt+Up"))
        self.move_down_button = QPushButton(self.tr("Move &down"))
        self.move_down_button.setToolTip(self.tr("Alt+Down"))
        self.check_order_button = QPushButton(self.tr("&Check the order"))
        self.move_up_button.clicked.connect(lambda: self._move(-1))
        self.move_down_button.clicked.connect(lambda: self._move(1))
        self.check_order_button.clicked.connect(self._check_order)
        self.order_verdict = Verdict()
        self.order_verdict.setAccessibleName(self.tr("Result of the check"))
        buttons = QHBoxLayout()
        for button in (self.move_up_button, self.move_down_button, self.check_order_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addWidget(self.stage_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.order_verdict)
        self.wrong_positions: tuple[int, ...] | None = None
        self._show_stages()
        return page

    def _move(self, step: int) -> None:
        self.stage_list.move_current(step)
        self.stage_list.setFocus()

    def _order_changed(self) -> None:
        self.wrong_positions = None
        self.order_verdict.clear()
        self._show_stages()

    def _show_stages(self) -> None:
        """Number the stages by their place; after a check, mark each place right or wrong in words too."""
        for row in range(self.stage_list.count()):
            item = self.stage_list.item(row)
            stage = _STAGES_BY_ID[item.data(Qt.UserRole)]
            if self.wrong_positions is None:
                mark = ""
            elif row in self.wrong_positions:
                mark = self.tr("{mark} wrong place: ").format(mark=FAIL_MARK)
            else:
                mark = self.tr("{mark} right place: ").format(mark=OK_MARK)
            item.setText(f"{mark}{row + 1}. {pick(stage.name, self.lang)}\n{pick(stage.description, self.lang)}")

    def _check_order(self) -> None:
        result = check_order(self.stage_list.stage_ids())
        self.wrong_positions = result.wrong_positions
        self.order_verdict.set_result(result.correct, result.message(self.lang))
        if self.first_order_score is None:
            total = len(STAGES)
            self.first_order_score = 100 * (total - len(result.wrong_positions)) / total
        self._show_stages()
        self._update_footer()

    # -- 2. fees ---------------------------------------------------------------------------------

    def _build_fees(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(self.tr(
            "A card sale does not reach the merchant whole: the issuing bank, the card network and the acquirer "
            "each keep a part. Type a sale amount to see where each cent goes.")))
        self.sale_edit = QLineEdit(parameter_text(float(self.lab.params.get("sale_amount", 100.0))))
        self.sale_edit.setAccessibleName(self.tr("Sale amount in US dollars"))
        self.sale_edit.setMaximumWidth(160)
        sale_title = QLabel(self.tr("&Sale amount (US$):"))
        sale_title.setBuddy(self.sale_edit)
        self.sale_error = Verdict()
        self.sale_error.setAccessibleName(self.tr("Problem with the sale amount"))
        row = QHBoxLayout()
        row.addWidget(sale_title)
        row.addWidget(self.sale_edit)
        row.addWidget(self.sale_error, 1)
        self.fee_caption = heading("", 2)
        headers = [self.tr("Part"), self.tr("Who receives it"), self.tr("Rate"), self.tr("Amount")]
        self.fee_table = read_only_table(headers, self.tr("Fee split"), 1)
        self.fee_table.setMaximumWidth(760)
        self.fee_note = paragraph()
        self.fee_note.setAccessibleName(self.tr("About these rates"))
        layout.addLayout(row)
        layout.addWidget(self.fee_caption)
        layout.addWidget(self.fee_table)
        layout.addWidget(self.fee_note)
        layout.addStretch()
        self.sale_edit.textChanged.connect(self._split_fees)
        self._split_fees()
        return page

    def _split_fees(self) -> None:
        try:
            split = split_fees(amount_text(self.sale_edit.text()))
        except LabInputError as error:
            self.sale_error.set_result(False, error.text(self.lang))
            self.fee_table.setRowCount(0)
            self.fee_table.hide()
            self.fee_caption.setText(self.tr("Where the sale goes (illustrative rates)"))
            return
        self.sale_error.clear()
        caption = self.tr("Where a sale of {sale} goes (illustrative rates)")
        self.fee_caption.setText(caption.format(sale=money(split.sale)))
        rows = [(pick(line.label, self.lang), pick(line.receiver, self.lang),
                 percent(line.rate, self.lang, 2) if line.rate is not None else self.tr("the rest"), money(line.amount))
                for line in split.lines]
        rows.append((self.tr("Total sale"), "", "", money(split.sale)))
        fill_table(self.fee_table, rows, bold_last=True, right_aligned=(2, 3))
        self.fee_table.show()
        self.fee_note.setText(pick(split.note, self.lang))

    # -- 3. chargeback ---------------------------------------------------------------------------

    def _build_chargeback(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(pick(CHARGEBACK_CASE, self.lang)))
        self.evidence_boxes: dict[str, QCheckBox] = {}
        self.evidence_results: dict[str, Verdict] = {}
        for item in EVIDENCE:
            box = QCheckBox(literal(pick(item.label, self.lang)))
            result = Verdict(bold=False)
            result.setContentsMargins(24, 0, 0, 4)
            result.hide()
            self.evidence_boxes[item.id], self.evidence_results[item.id] = box, result
            layout.addWidget(box)
            layout.addWidget(result)
        self.score_evidence_button = QPushButton(self.tr("&Score my evidence"))
        self.score_evidence_button.clicked.connect(self._score_evidence)
        self.evidence_verdict = Verdict()
        self.evidence_verdict.setAccessibleName(self.tr("Evidence score"))
        layout.addWidget(self.score_evidence_button, 0, Qt.AlignLeft)
        layout.addWidget(self.evidence_verdict)
        layout.addStretch()
        return page

    def _score_evidence(self) -> None:
        selected = [item_id for item_id, box in self.evidence_boxes.items() if box.isChecked()]
        score = score_evidence(selected)
        for item in EVIDENCE:
            chosen, useful = item.id in selected, item.weight > 0
            judgement = {
                (True, True): self.tr("Right to send it."),
                (True, False): self.tr("Better left out."),
                (False, True): self.tr("You left out useful evidence."),
                (False, False): self.tr("Right to leave it out."),
            }[chosen, useful]
            result = self.evidence_results[item.id]
            result.set_result(chosen == useful, f"{judgement} {pick(VERDICTS[item.verdict], self.lang)}: "
                                                f"{pick(item.explanation, self.lang)}")
            result.show()
        summary = self.tr("{points} of {most} points ({percent}). {message}").format(
            points=score.points, most=score.max_points, percent=percent(score.percent, self.lang),
            message=score.message(self.lang))
        self.evidence_verdict.set_result(score.proves_delivery, summary)
        if self.first_evidence_score is None:
            self.first_evidence_score = score.percent
        self._update_footer()

    # -- 4. payment methods ----------------------------------------------------------------------

    def _build_methods(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Buyers' country"))
        for code in sorted(COUNTRIES, key=lambda c: country_name(c, self.lang)):
            self.country_combo.addItem(country_name(code, self.lang), code)
        country_title = QLabel(self.tr("Buyers' &country:"))
        country_title.setBuddy(self.country_combo)
        row = QHBoxLayout()
        row.addWidget(country_title)
        row.addWidget(self.country_combo)
        row.addStretch()
        self.methods_view = QTextBrowser()
        self.methods_view.setAccessibleName(self.tr("Comparison of payment methods"))
        self.methods_view.setOpenLinks(False)
        layout.addLayout(row)
        layout.addWidget(self.methods_view, 1)
        self.country_combo.currentIndexChanged.connect(self._show_methods)
        self.country_combo.setCurrentIndex(self.country_combo.findData("MX"))
        self._show_methods()
        return page

    def _show_methods(self) -> None:
        code = self.country_combo.currentData()
        methods = methods_for(code)
        head = "".join(f"<th>{escape(pick(m.name, self.lang))}</th>" for m in methods)
        rows = []
        for field, title in COMPARISON_COLUMNS.items():
            cells = "".join(f"<td>{escape(pick(getattr(m, field), self.lang))}</td>" for m in methods)
            rows.append(f'<tr><th align="left">{escape(pick(title, self.lang))}</th>{cells}</tr>')
        sources = []
        for method in methods:
            source = escape(method.source)
            if method.as_of:
                source += "<br>" + escape(self.tr("Facts as of {date}.").format(date=method.as_of))
            sources.append(f"<td><small>{source}</small></td>")
        source_title = escape(self.tr("Source"))
        rows.append(f'<tr><th align="left">{source_title}</th>{"".join(sources)}</tr>')
        note = ""
        if code not in _LOCAL_METHOD_COUNTRIES:
            note = "<p>" + escape(self.tr(
                "This lab describes local methods for Mexico, Brazil and Costa Rica; for buyers in {country} "
                "it shows cards only.").format(country=country_name(code, self.lang))) + "</p>"
        title = escape(self.tr("How buyers in {country} can pay").format(country=country_name(code, self.lang)))
        self.methods_view.setHtml(
            f"<h3>{title}</h3>{note}"
            f'<table border="1" cellspacing="0" cellpadding="6" width="100%" style="border-collapse:collapse;">'
            f"<tr><th></th>{head}</tr>{''.join(rows)}</table>")

    # -- finishing -------------------------------------------------------------------------------

    def _update_footer(self) -> None:
        remaining = []
        if self.first_order_score is None:
            remaining.append(self.tr("check the order of the stages"))
        if self.first_evidence_score is None:
            remaining.append(self.tr("score your chargeback evidence"))
        if remaining:
            self.footer.set_status(self.tr("Still to do: {tasks}. Your score counts your first try at each.").format(
                tasks="; ".join(remaining)), False)
        else:
            done = self.tr("Both scored exercises are done: score {score}. Explore the rest, then finish the lab.")
            self.footer.set_status(done.format(score=percent(self.score(), self.lang)), True)

    def score(self) -> float:
        return ((self.first_order_score or 0) + (self.first_evidence_score or 0)) / 2

    def _finish(self) -> None:
        score = self.score()
        self.footer.completed(score)
        self.finished.emit(score)
