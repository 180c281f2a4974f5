"""The Landed-cost lab's screen: who pays what under each Incoterms 2020 rule, and what the goods cost delivered.

The learner changes the shipment on the left and reads, on the right, who pays
each line, where risk passes, the duty with and without the CAFTA-DR
preference, and the dated US de minimis rule. A bad number is explained next
to its field, in the learner's language, and nothing is computed until it is fixed.
"""

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget,
)

from trainer.i18n import pick
from trainer.labs.common import LabInputError
from trainer.labs.landed_cost import (
    COST_ITEMS, COST_NOTES, INCOTERMS, MODEL_NOTES, MODES, PARTIES, RISK_POINTS, US_DE_MINIMIS, VALUATION_BASES,
    de_minimis_applies, landed_cost,
)
from trainer.gui.labs.widgets import (
    LabFooter, Verdict, amount_text, fill_table, heading, money, paragraph, parameter_text, percent, read_only_table,
    scrolling,
)

_FIELDS = ("fob_value", "freight", "insurance", "duty_rate")
_DEFAULT_INCOTERM = "CIF"


class LandedCostScreen(QWidget):
    """The shipment on the left; on the right, tabs for the cost, the rule's duties and risk, and de minimis."""

    finished = Signal(float)

    def __init__(self, lab, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lab, self.lang = lab, lang
        self.result = None

        body = QHBoxLayout()
        body.addWidget(self._build_inputs())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Results"))
        self.tabs.addTab(scrolling(self._build_cost()), self.tr("&1. Landed cost"))
        self.tabs.addTab(scrolling(self._build_rule()), self.tr("&2. Who pays what, and risk"))
        self.tabs.addTab(scrolling(self._build_de_minimis()), self.tr("&3. US de minimis"))
        body.addWidget(self.tabs, 1)
        self.footer = LabFooter(lang)
        self.footer.finish_clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(pick(lab.title, lang)))
        layout.addLayout(body, 1)
        layout.addWidget(self.footer)

        for edit in self.inputs.values():
            edit.textChanged.connect(self.recompute)
        self.incoterm_combo.currentIndexChanged.connect(self.recompute)
        self.valuation_combo.currentIndexChanged.connect(self.recompute)
        self.preference_box.toggled.connect(self.recompute)
        self.de_minimis_value_edit.textChanged.connect(self._show_de_minimis)
        self.de_minimis_date_edit.dateChanged.connect(self._show_de_minimis)
        self.recompute()
        self._show_de_minimis()

    # -- inputs ----------------------------------------------------------------------------------

    def _build_inputs(self) -> QWidget:
        box = QGroupBox(self.tr("The shipment"))
        box.setFixedWidth(320)
        layout = QVBoxLayout(box)
        params = self.lab.params
        titles = {
            "fob_value": self.tr("F&OB value of the goods (US$):"), "freight": self.tr("F&reight (US$):"),
            "insurance": self.tr("&Insurance (US$):"), "duty_rate": self.tr("&Duty rate (%):"),
        }
        names = {
            "fob_value": self.tr("FOB value in US dollars"), "freight": self.tr("Freight in US dollars"),
            "insurance": self.tr("Insurance in US dollars"), "duty_rate": self.tr("Duty rate in percent"),
        }
        defaults = {"fob_value": 1000.0, "freight": 150.0, "insurance": 20.0, "duty_rate": 10.0}
        self.inputs: dict[str, QLineEdit] = {}
        self.input_errors: dict[str, Verdict] = {}
        for field in _FIELDS:
            value = float(params.get(field, defaults[field]))
            edit = QLineEdit(parameter_text(value, 0 if field == "duty_rate" else 2))
            edit.setAccessibleName(names[field])
            title = QLabel(titles[field])
            title.setBuddy(edit)
            error = Verdict(bold=False)
            error.setAccessibleName(self.tr("Problem with this field"))
            error.hide()
            self.inputs[field], self.input_errors[field] = edit, error
            layout.addWidget(title)
            layout.addWidget(edit)
            layout.addWidget(error)

        self.incoterm_combo = QComboBox()
        self.incoterm_combo.setAccessibleName(self.tr("Incoterms 2020 rule"))
        for code, term in INCOTERMS.items():
            self.incoterm_combo.addItem(f"{code} — {pick(term.name, self.lang)}", code)
        self.incoterm_combo.setCurrentIndex(self.incoterm_combo.findData(_DEFAULT_INCOTERM))
        incoterm_title = QLabel(self.tr("Inco&terms 2020 rule:"))
        incoterm_title.setBuddy(self.incoterm_combo)

        self.valuation_combo = QComboBox()
        self.valuation_combo.setAccessibleName(self.tr("Customs value basis"))
        for basis in VALUATION_BASES:
            self.valuation_combo.addItem(basis, basis)
        valuation_title = QLabel(self.tr("Customs &value basis:"))
        valuation_title.setBuddy(self.valuation_combo)
        self.valuation_note = paragraph()

        self.preference_box = QCheckBox(self.tr("CAFTA-DR &preference (originating goods)"))
        layout.addSpacing(6)
        layout.addWidget(incoterm_title)
        layout.addWidget(self.incoterm_combo)
        layout.addSpacing(6)
        layout.addWidget(valuation_title)
        layout.addWidget(self.valuation_combo)
        layout.addWidget(self.valuation_note)
        layout.addSpacing(6)
        layout.addWidget(self.preference_box)
        layout.addStretch()
        return box

    # -- results ---------------------------------------------------------------------------------

    def _build_cost(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        self.cost_title = heading("", 2)
        headers = [self.tr("Line"), self.tr("Amount"), self.tr("Paid by")]
        self.cost_table = read_only_table(headers, self.tr("Landed cost"), 0)
        self.cost_status = paragraph()
        self.customs_value_label = paragraph()
        self.duty_label = paragraph()
        self.duty_label.setAccessibleName(self.tr("Duty with and without the preference"))
        self.shares_label = paragraph()
        notes = "".join(f"<li>{escape(pick(note, self.lang))}</li>" for note in MODEL_NOTES)
        notes_title = escape(self.tr("About this model"))
        model_notes = paragraph(f"<b>{notes_title}</b><ul>{notes}</ul>")
        model_notes.setTextFormat(Qt.RichText)
        for widget in (self.cost_title, self.cost_status, self.cost_table, self.customs_value_label, self.duty_label,
                       self.shares_label, model_notes):
            layout.addWidget(widget)
        layout.addStretch()
        return page

    def _build_rule(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        self.rule_title = heading("", 2)
        self.rule_mode = paragraph()
        self.risk_label = paragraph()
        self.risk_path = paragraph()
        self.risk_path.setTextFormat(Qt.RichText)
        self.risk_path.setAccessibleName(self.tr("Where risk passes"))
        self.rule_note = paragraph()
        self.duties_title = heading("", 2)
        self.duties_table = read_only_table([self.tr("Cost"), self.tr("Paid by")], self.tr("Who pays what"), 0)
        self.duties_notes = paragraph()
        for widget in (self.rule_title, self.rule_mode, self.risk_label, self.risk_path, self.rule_note,
                       self.duties_title, self.duties_table, self.duties_notes):
            layout.addWidget(widget)
        layout.addStretch()
        return page

    def _build_de_minimis(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addWidget(heading(self.tr("United States de minimis: duty-free low-value shipments"), 2))
        self.de_minimis_warning = paragraph(f"⚠ {US_DE_MINIMIS.warning(self.lang)}")
        bold = QFont(self.de_minimis_warning.font())
        bold.setBold(True)
        self.de_minimis_warning.setFont(bold)
        self.de_minimis_value_edit = QLineEdit(self.inputs["fob_value"].text())
        self.de_minimis_value_edit.setAccessibleName(self.tr("Shipment value in US dollars"))
        self.de_minimis_value_edit.setMaximumWidth(140)
        value_title = QLabel(self.tr("Shipment v&alue (US$):"))
        value_title.setBuddy(self.de_minimis_value_edit)
        first_day = US_DE_MINIMIS.periods[0].start
        self.de_minimis_date_edit = QDateEdit(QDate(max(date.today(), first_day)))
        self.de_minimis_date_edit.setMinimumDate(QDate(first_day))
        self.de_minimis_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.de_minimis_date_edit.setCalendarPopup(True)
        self.de_minimis_date_edit.setAccessibleName(self.tr("Date of entry into the United States"))
        date_title = QLabel(self.tr("Date of &entry:"))
        date_title.setBuddy(self.de_minimis_date_edit)
        row = QHBoxLayout()
        for widget in (value_title, self.de_minimis_value_edit, date_title, self.de_minimis_date_edit):
            row.addWidget(widget)
        row.addStretch()
        self.de_minimis_result = Verdict()
        self.de_minimis_result.setAccessibleName(self.tr("De minimis result"))
        self.de_minimis_rule = paragraph()
        self.de_minimis_source = paragraph()
        layout.addWidget(self.de_minimis_warning)
        layout.addLayout(row)
        layout.addWidget(self.de_minimis_result)
        layout.addWidget(self.de_minimis_rule)
        layout.addWidget(self.de_minimis_source)
        layout.addStretch()
        return page

    # -- computing -------------------------------------------------------------------------------

    def field_errors(self) -> dict[str, LabInputError]:
        """Each box checked on its own, so every wrong one is marked, with the lab's message naming it."""
        errors = {}
        for field in _FIELDS:
            values = dict.fromkeys(_FIELDS, 0)
            values[field] = amount_text(self.inputs[field].text())
            try:
                landed_cost(**values, incoterm=_DEFAULT_INCOTERM)
            except LabInputError as error:
                errors[field] = error
        return errors

    def recompute(self) -> None:
        code = self.incoterm_combo.currentData()
        self._show_rule(code)
        self.cost_title.setText(self.tr("Landed cost under {rule}").format(rule=self.incoterm_combo.currentText()))
        self.valuation_note.setText(pick(VALUATION_BASES[self.valuation_combo.currentData()], self.lang))
        errors = self.field_errors()
        for field, label in self.input_errors.items():
            if field in errors:
                label.set_result(False, errors[field].text(self.lang))
            else:
                label.clear()
            label.setVisible(field in errors)
        if errors:
            self.result = None
            self.cost_table.setRowCount(0)
            self.cost_table.hide()
            self.cost_status.setText(self.tr("Correct the marked field on the left to see the landed cost."))
            for label in (self.customs_value_label, self.duty_label, self.shares_label):
                label.hide()
            self._update_footer()
            return
        values = {field: amount_text(self.inputs[field].text()) for field in _FIELDS}
        self.result = landed_cost(**values, incoterm=code, preference=self.preference_box.isChecked(),
                                  valuation=self.valuation_combo.currentData())
        self._show_cost(self.result)
        self._update_footer()

    def _show_rule(self, code: str) -> None:
        term = INCOTERMS[code]
        self.rule_title.setText(f"{code} — {pick(term.name, self.lang)}")
        self.rule_mode.setText(pick(MODES[term.mode], self.lang))
        risk = self.tr("Risk passes from seller to buyer: {when}")
        self.risk_label.setText(risk.format(when=pick(term.risk_passes, self.lang)))
        marker = escape(self.tr("risk passes here"))
        steps = []
        for point, name in RISK_POINTS.items():
            text = escape(pick(name, self.lang))
            if point == term.risk_point:
                text = f"<b><u>{text}</u></b> ◀ <b>{marker}</b>"
            steps.append(text)
        self.risk_path.setText(" → ".join(steps))
        self.rule_note.setText(pick(term.note, self.lang) if term.note else "")
        self.rule_note.setVisible(term.note is not None)
        self.duties_title.setText(self.tr("Who pays what under {code}").format(code=code))
        rows = [(pick(label, self.lang), pick(PARTIES[term.payers[item]], self.lang))
                for item, label in COST_ITEMS.items()]
        fill_table(self.duties_table, rows)
        self.duties_notes.setText("\n".join(f"* {pick(COST_ITEMS[item], self.lang)}: {pick(note, self.lang)}"
                                            for item, note in COST_NOTES.items()))

    def _show_cost(self, result) -> None:
        self.cost_status.setText(self.tr("The rule changes who pays each line, not the total."))
        rows = [(pick(line.label, self.lang), money(line.amount), pick(PARTIES[line.payer], self.lang))
                for line in result.lines if line.amount or line.id in ("goods", "freight", "insurance", "duty")]
        rows.append((self.tr("Total landed cost"), money(result.total), ""))
        fill_table(self.cost_table, rows, bold_last=True, right_aligned=(1,))
        for widget in (self.cost_table, self.customs_value_label, self.duty_label, self.shares_label):
            widget.show()
        self.customs_value_label.setText(self.tr("Customs value ({basis} basis): {value}").format(
            basis=result.valuation, value=money(result.customs_value)))
        rate = percent(float(amount_text(self.inputs["duty_rate"].text())), self.lang, 2).replace(".00", "")
        self.duty_label.setText(self.tr(
            "Duty at {rate} without the preference: {mfn}. With the CAFTA-DR preference: {preferential}. "
            "Saving: {saving}. Applied here: {applied}.").format(
            rate=rate, mfn=money(result.duty_mfn), preferential=money(result.duty_preferential),
            saving=money(result.preference_saving),
            applied=self.tr("with the preference") if result.preference else self.tr("without the preference")))
        shares = self.tr("The seller pays {seller} of these costs and the buyer {buyer}; "
                         "the seller recovers its share in the price.")
        seller, buyer = (money(result.paid_by(party)) for party in ("seller", "buyer"))
        self.shares_label.setText(shares.format(seller=seller, buyer=buyer))

    def _show_de_minimis(self) -> None:
        day = self.de_minimis_date_edit.date().toPython()
        value = amount_text(self.de_minimis_value_edit.text())
        try:
            applies = de_minimis_applies(value, day)
            period = US_DE_MINIMIS.period_on(day)
        except LabInputError as error:
            self.de_minimis_result.set_result(False, error.text(self.lang))
            self.de_minimis_rule.setText("")
            self.de_minimis_source.setText("")
            return
        if applies:
            text = self.tr("Enters duty-free under de minimis (up to {threshold}).")
        elif period.threshold_usd is not None:
            text = self.tr("Pays duty: the value is above the {threshold} threshold.")
        else:
            text = self.tr("Pays duty: no de minimis applies on that date, whatever the value.")
        threshold = money(period.threshold_usd) if period.threshold_usd is not None else ""
        self.de_minimis_result.set_result(applies, text.format(threshold=threshold))
        self.de_minimis_rule.setText(pick(period.summary, self.lang))
        self.de_minimis_source.setText(self.tr("Source: {source}").format(source=period.source))

    # -- finishing -------------------------------------------------------------------------------

    def _update_footer(self) -> None:
        if self.result is None:
            self.footer.set_status(self.tr("Correct the marked field to continue."), False)
        else:
            self.footer.set_status(self.tr("Try several Incoterms and the preference, then finish the lab."), True)

    def _finish(self) -> None:
        self.footer.completed(100.0)
        self.finished.emit(100.0)
