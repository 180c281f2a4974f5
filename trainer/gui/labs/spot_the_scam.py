"""The Spot-the-scam lab's screen: an inbox to flag, then orders to ship, verify or cancel.

Messages look like messages, and every link reveals its real destination when
pointed at with the mouse or reached with Tab, as a careful reader checks it.
Links never open. The score is the mean of the inbox and the orders.
"""

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QSplitter, QTabWidget, QVBoxLayout, QWidget,
)

from trainer.countries import country_name
from trainer.i18n import pick
from trainer.labs.spot_the_scam import (
    CHANNELS, DECISIONS, INBOX, ORDERS, SETTING, WARNING_SIGNS, score_inbox, score_orders,
)
from trainer.gui.labs.widgets import (
    FAIL_MARK, OK_MARK, LabFooter, Verdict, heading, literal, money, paragraph, percent, scrolling,
)


class LinkPreview(QPushButton):
    """A link inside a simulated message: pointing at it or tabbing to it reveals where it really goes."""

    revealed = Signal(str)
    concealed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.destination = ""
        self.setFlat(True)
        self.setCursor(Qt.PointingHandCursor)
        font = QFont(self.font())
        font.setUnderline(True)
        self.setFont(font)
        self.setStyleSheet("QPushButton { color: palette(link); text-align: left; padding: 2px; }")
        self.clicked.connect(lambda: self.revealed.emit(self.destination))

    def show_link(self, text: str, destination: str) -> None:
        self.setText(literal(text))
        self.destination = destination
        tip = self.tr("Real destination: {url}").format(url=destination)
        self.setToolTip(tip)
        self.setAccessibleName(self.tr("Link: {text}").format(text=text))
        self.setAccessibleDescription(tip)

    def enterEvent(self, event) -> None:
        self.revealed.emit(self.destination)
        super().enterEvent(event)

    def leaveEvent(self, event) -> None:
        if not self.hasFocus():
            self.concealed.emit()
        super().leaveEvent(event)

    def focusInEvent(self, event) -> None:
        self.revealed.emit(self.destination)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.concealed.emit()
        super().focusOutEvent(event)


class SpotTheScamScreen(QWidget):
    """Two tabs, inbox and orders, each a list beside the selected item; answers lock once scored."""

    finished = Signal(float)

    def __init__(self, lab, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lab, self.lang = lab, lang
        self.flags: dict[str, bool] = {}
        self.decisions: dict[str, str] = {}
        self.inbox_score = self.orders_score = None
        self._showing = False

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Exercises"))
        self.tabs.addTab(self._build_inbox(), self.tr("&Inbox"))
        self.tabs.addTab(self._build_orders(), self.tr("&Orders to screen"))
        self.footer = LabFooter(lang)
        self.footer.finish_clicked.connect(self._finish)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(pick(lab.title, lang)))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.footer)
        self.inbox_list.setCurrentRow(0)
        self.order_list.setCurrentRow(0)
        self._update_footer()

    # -- inbox -----------------------------------------------------------------------------------

    def _build_inbox(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(pick(SETTING, self.lang)))
        self.inbox_list = QListWidget()
        self.inbox_list.setAccessibleName(self.tr("Inbox"))
        self.inbox_list.setWordWrap(True)
        self.inbox_list.setSpacing(2)
        self.inbox_list.setMinimumWidth(300)
        for item in INBOX:
            entry = QListWidgetItem()
            entry.setData(Qt.UserRole, item.id)
            self.inbox_list.addItem(entry)
        self.inbox_list.currentRowChanged.connect(self._show_message)

        view = QWidget()
        view_layout = QVBoxLayout(view)
        self.channel_label = QLabel()
        self.shown_as_label = paragraph()
        self.sender_label = paragraph()
        self.sender_title = QLabel()
        header = QFormLayout()
        header.addRow(self.tr("Channel:"), self.channel_label)
        header.addRow(self.tr("Shown as:"), self.shown_as_label)
        header.addRow(self.sender_title, self.sender_label)
        self.subject_label = heading("", 2)
        self.subject_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.body_label = paragraph()
        self.link_button = LinkPreview()
        self.link_button.revealed.connect(self._reveal_link)
        self.link_button.concealed.connect(self._conceal_link)
        self.attachment_label = QLabel()
        self.link_status = paragraph()
        self.link_status.setTextFormat(Qt.RichText)
        self.link_status.setAccessibleName(self.tr("Where the link really goes"))
        self.link_status.setFrameShape(QFrame.StyledPanel)
        message = QFrame()
        message.setFrameShape(QFrame.StyledPanel)
        message.setBackgroundRole(QPalette.Base)
        message.setAutoFillBackground(True)
        message.setAccessibleName(self.tr("Message"))
        message_layout = QVBoxLayout(message)
        message_layout.addLayout(header)
        message_layout.addWidget(self.subject_label)
        message_layout.addWidget(self.body_label)
        message_layout.addWidget(self.link_button, 0, Qt.AlignLeft)
        message_layout.addWidget(self.attachment_label)
        view_layout.addWidget(message)
        view_layout.addWidget(self.link_status)

        judgement = QGroupBox(self.tr("Your judgement"))
        judgement_layout = QHBoxLayout(judgement)
        self.scam_radio = QRadioButton(self.tr("This is a &scam"))
        self.genuine_radio = QRadioButton(self.tr("This is &genuine"))
        self.flag_group = QButtonGroup(self)
        self.flag_group.addButton(self.scam_radio)
        self.flag_group.addButton(self.genuine_radio)
        self.flag_group.buttonToggled.connect(self._flag_toggled)
        judgement_layout.addWidget(self.scam_radio)
        judgement_layout.addWidget(self.genuine_radio)
        judgement_layout.addStretch()
        self.message_verdict = Verdict()
        self.message_verdict.setAccessibleName(self.tr("Result for this message"))
        self.message_explanation = paragraph()
        self.signs_label = paragraph()
        self.signs_label.setTextFormat(Qt.RichText)
        view_layout.addWidget(judgement)
        view_layout.addWidget(self.message_verdict)
        view_layout.addWidget(self.message_explanation)
        view_layout.addWidget(self.signs_label)
        view_layout.addStretch()

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.inbox_list)
        splitter.addWidget(scrolling(view))
        splitter.setSizes([360, 640])
        self.inbox_count = QLabel()
        self.score_inbox_button = QPushButton(self.tr("S&core the inbox"))
        self.score_inbox_button.clicked.connect(self._score_inbox)
        self.inbox_summary = QLabel()
        self.inbox_summary.setWordWrap(True)
        bold = QFont(self.inbox_summary.font())
        bold.setBold(True)
        self.inbox_summary.setFont(bold)
        bottom = QHBoxLayout()
        bottom.addWidget(self.inbox_count)
        bottom.addWidget(self.score_inbox_button)
        bottom.addWidget(self.inbox_summary, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._refresh_inbox()
        return page

    def _current_message(self):
        row = self.inbox_list.currentRow()
        return INBOX[row] if row >= 0 else None

    def _show_message(self) -> None:
        item = self._current_message()
        if item is None:
            return
        self.channel_label.setText(pick(CHANNELS[item.channel], self.lang))
        self.shown_as_label.setText(pick(item.display_name, self.lang))
        self.sender_title.setText(self.tr("Page address:") if item.channel == "shop" else self.tr("Real sender:"))
        self.sender_label.setText(item.sender)
        self.subject_label.setText(pick(item.subject, self.lang))
        self.body_label.setText(pick(item.body, self.lang))
        self.link_button.setVisible(item.link_url is not None)
        if item.link_url:
            self.link_button.show_link(pick(item.link_text, self.lang), item.link_url)
        self.attachment_label.setVisible(item.attachment is not None)
        self.attachment_label.setText(self.tr("Attachment: {name}").format(name=item.attachment or ""))
        self._conceal_link()
        self._showing = True
        flag = self.flags.get(item.id)
        self.flag_group.setExclusive(False)
        self.scam_radio.setChecked(flag is True)
        self.genuine_radio.setChecked(flag is False)
        self.flag_group.setExclusive(True)
        self._showing = False
        self._show_message_result(item)

    def _reveal_link(self, destination: str) -> None:
        template = escape(self.tr("This link really goes to: {url}"))
        self.link_status.setText(template.format(url=f"<b>{escape(destination)}</b>"))

    def _conceal_link(self) -> None:
        item = self._current_message()
        if item is not None and item.link_url:
            self.link_status.setText(escape(self.tr(
                "Point at the link, or reach it with Tab, to see where it really goes. Links never open here.")))
        else:
            self.link_status.setText(escape(self.tr("This message has no link.")))

    def _flag_toggled(self, button, checked: bool) -> None:
        item = self._current_message()
        if self._showing or not checked or item is None:
            return
        self.flags[item.id] = button is self.scam_radio
        self._refresh_inbox()

    def _refresh_inbox(self) -> None:
        results = {r.item_id: r for r in self.inbox_score.results} if self.inbox_score else {}
        for row, item in enumerate(INBOX):
            flag = self.flags.get(item.id)
            status = (self.tr("not flagged yet") if flag is None
                      else self.tr("flagged: scam") if flag else self.tr("flagged: genuine"))
            if item.id in results:
                status += " · " + self._result_mark(results[item.id].correct)
            entry = self.inbox_list.item(row)
            entry.setText(f"{pick(item.display_name, self.lang)}\n{pick(item.subject, self.lang)}\n"
                          f"{pick(CHANNELS[item.channel], self.lang)} · {status}")
        flagged = len(self.flags)
        self.inbox_count.setText(self.tr("Flagged {count} of {total}.").format(count=flagged, total=len(INBOX)))
        self.score_inbox_button.setEnabled(self.inbox_score is None and flagged == len(INBOX))

    def _result_mark(self, correct: bool) -> str:
        """✓ right or ✗ wrong, kept on one line when the list wraps."""
        if correct:
            text = self.tr("{mark} right").format(mark=OK_MARK)
        else:
            text = self.tr("{mark} wrong").format(mark=FAIL_MARK)
        return text.replace(" ", "\u00a0")

    def _score_inbox(self) -> None:
        self.inbox_score = score_inbox(self.flags)
        for radio in (self.scam_radio, self.genuine_radio):
            radio.setEnabled(False)
        summary = self.tr("Inbox: {correct} of {total} right ({percent}). Select each message to read why.")
        self.inbox_summary.setText(summary.format(correct=self.inbox_score.correct_count, total=len(INBOX),
                                                  percent=percent(self.inbox_score.percent, self.lang)))
        self._refresh_inbox()
        self._show_message()
        self._update_footer()

    def _show_message_result(self, item) -> None:
        result = next((r for r in self.inbox_score.results if r.item_id == item.id), None) if self.inbox_score else None
        if result is None:
            self.message_verdict.clear()
            self.message_explanation.setText("")
            self.signs_label.setText("")
            return
        truth = self.tr("a scam") if item.is_scam else self.tr("genuine")
        if result.correct:
            self.message_verdict.set_result(True, self.tr("Right: it is {truth}.").format(truth=truth))
        else:
            self.message_verdict.set_result(False, self.tr("Not quite: it is {truth}.").format(truth=truth))
        self.message_explanation.setText(pick(item.explanation, self.lang))
        if item.signs:
            signs = "".join(f"<li>{escape(pick(WARNING_SIGNS[sign], self.lang))}</li>" for sign in item.signs)
            title = escape(self.tr("Warning signs in this message:"))
            self.signs_label.setText(f"<b>{title}</b><ul>{signs}</ul>")
        else:
            self.signs_label.setText(escape(self.tr("No warning signs in this message.")))

    # -- orders ----------------------------------------------------------------------------------

    def _build_orders(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(self.tr(
            "These orders reached your online shop today. For each one decide: ship it, verify it before "
            "shipping, or cancel it.")))
        self.order_list = QListWidget()
        self.order_list.setAccessibleName(self.tr("Orders"))
        self.order_list.setWordWrap(True)
        self.order_list.setSpacing(2)
        self.order_list.setMinimumWidth(300)
        for order in ORDERS:
            entry = QListWidgetItem()
            entry.setData(Qt.UserRole, order.id)
            self.order_list.addItem(entry)
        self.order_list.currentRowChanged.connect(self._show_order)

        view = QWidget()
        view_layout = QVBoxLayout(view)
        facts = QGroupBox(self.tr("Order details"))
        form = QFormLayout(facts)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.order_fields: dict[str, QLabel] = {}
        for key, title in (
            ("customer", self.tr("Customer:")), ("amount", self.tr("Amount:")),
            ("billing", self.tr("Billing country:")), ("shipping", self.tr("Shipping country:")),
            ("ship_to", self.tr("Ship to:")), ("ip", self.tr("IP address located in:")),
            ("delivery", self.tr("Delivery:")), ("cards", self.tr("Cards tried:")),
            ("previous", self.tr("Previous orders:")), ("note", self.tr("Note:")),
        ):
            self.order_fields[key] = paragraph()
            form.addRow(title, self.order_fields[key])
        decision_box = QGroupBox(self.tr("Your decision"))
        decision_layout = QHBoxLayout(decision_box)
        self.decision_group = QButtonGroup(self)
        self.decision_radios: dict[str, QRadioButton] = {}
        for number, (decision, label) in enumerate(DECISIONS.items(), 1):
            radio = QRadioButton(f"&{number}. {literal(pick(label, self.lang))}")
            radio.setProperty("decision", decision)
            self.decision_group.addButton(radio)
            self.decision_radios[decision] = radio
            decision_layout.addWidget(radio)
        decision_layout.addStretch()
        self.decision_group.buttonToggled.connect(self._decision_toggled)
        self.order_verdict = Verdict()
        self.order_verdict.setAccessibleName(self.tr("Result for this order"))
        self.order_explanation = paragraph()
        view_layout.addWidget(facts)
        view_layout.addWidget(decision_box)
        view_layout.addWidget(self.order_verdict)
        view_layout.addWidget(self.order_explanation)
        view_layout.addStretch()

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.order_list)
        splitter.addWidget(scrolling(view))
        splitter.setSizes([360, 640])
        self.orders_count = QLabel()
        self.score_orders_button = QPushButton(self.tr("S&core the orders"))
        self.score_orders_button.clicked.connect(self._score_orders)
        self.orders_summary = QLabel()
        self.orders_summary.setWordWrap(True)
        bold = QFont(self.orders_summary.font())
        bold.setBold(True)
        self.orders_summary.setFont(bold)
        bottom = QHBoxLayout()
        bottom.addWidget(self.orders_count)
        bottom.addWidget(self.score_orders_button)
        bottom.addWidget(self.orders_summary, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._refresh_orders()
        return page

    def _current_order(self):
        row = self.order_list.currentRow()
        return ORDERS[row] if row >= 0 else None

    def _show_order(self) -> None:
        order = self._current_order()
        if order is None:
            return
        values = {
            "customer": order.customer, "amount": money(order.amount_usd),
            "billing": country_name(order.billing_country, self.lang),
            "shipping": country_name(order.shipping_country, self.lang),
            "ship_to": pick(order.ship_to, self.lang), "ip": pick(order.ip_location, self.lang),
            "delivery": self.tr("Express (rush)") if order.express else self.tr("Standard"),
            "cards": str(order.cards_tried), "previous": str(order.previous_orders),
            "note": pick(order.note, self.lang),
        }
        for key, value in values.items():
            self.order_fields[key].setText(value)
        self._showing = True
        chosen = self.decisions.get(order.id)
        self.decision_group.setExclusive(False)
        for decision, radio in self.decision_radios.items():
            radio.setChecked(decision == chosen)
        self.decision_group.setExclusive(True)
        self._showing = False
        results = self.orders_score.results if self.orders_score else ()
        result = next((r for r in results if r.item_id == order.id), None)
        if result is None:
            self.order_verdict.clear()
            self.order_explanation.setText("")
            return
        expected = pick(DECISIONS[result.expected], self.lang)
        if result.correct:
            self.order_verdict.set_result(True, self.tr("Right: {decision}.").format(decision=expected))
        else:
            text = self.tr("Not quite: you chose {chosen}; the careful choice is {decision}.")
            self.order_verdict.set_result(False, text.format(chosen=pick(DECISIONS[result.answer], self.lang),
                                                             decision=expected))
        self.order_explanation.setText(pick(order.explanation, self.lang))

    def _decision_toggled(self, button, checked: bool) -> None:
        order = self._current_order()
        if self._showing or not checked or order is None:
            return
        self.decisions[order.id] = button.property("decision")
        self._refresh_orders()

    def _refresh_orders(self) -> None:
        results = {r.item_id: r for r in self.orders_score.results} if self.orders_score else {}
        for row, order in enumerate(ORDERS):
            decision = self.decisions.get(order.id)
            status = (self.tr("not decided yet") if decision is None
                      else self.tr("decision: {decision}").format(decision=pick(DECISIONS[decision], self.lang)))
            if order.id in results:
                status += " · " + self._result_mark(results[order.id].correct)
            billing = country_name(order.billing_country, self.lang)
            shipping = country_name(order.shipping_country, self.lang)
            route = f"{billing} → {shipping}"
            self.order_list.item(row).setText(f"{order.customer} · {money(order.amount_usd)}\n{route}\n{status}")
        decided = len(self.decisions)
        self.orders_count.setText(self.tr("Decided {count} of {total}.").format(count=decided, total=len(ORDERS)))
        self.score_orders_button.setEnabled(self.orders_score is None and decided == len(ORDERS))

    def _score_orders(self) -> None:
        self.orders_score = score_orders(self.decisions)
        for radio in self.decision_radios.values():
            radio.setEnabled(False)
        summary = self.tr("Orders: {correct} of {total} right ({percent}). Select each order to read why.")
        self.orders_summary.setText(summary.format(correct=self.orders_score.correct_count, total=len(ORDERS),
                                                   percent=percent(self.orders_score.percent, self.lang)))
        self._refresh_orders()
        self._show_order()
        self._update_footer()

    # -- finishing -------------------------------------------------------------------------------

    def _update_footer(self) -> None:
        remaining = []
        if self.inbox_score is None:
            remaining.append(self.tr("flag and score the inbox"))
        if self.orders_score is None:
            remaining.append(self.tr("decide and score the orders"))
        if remaining:
            self.footer.set_status(self.tr("Still to do: {tasks}.").format(tasks="; ".join(remaining)), False)
        else:
            done = self.tr("Both parts are scored: {score}. Review the explanations, then finish the lab.")
            self.footer.set_status(done.format(score=percent(self.score(), self.lang)), True)

    def score(self) -> float:
        parts = (self.inbox_score, self.orders_score)
        return sum(part.percent for part in parts if part) / len(parts)

    def _finish(self) -> None:
        score = self.score()
        self.footer.completed(score)
        self.finished.emit(score)
