"""A learner reads the inbox, checks where links go, flags each message, then screens the orders."""

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QEnterEvent

from trainer.labs.spot_the_scam import INBOX, ORDERS, WARNING_SIGNS


def press(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.keyClick(button, Qt.Key_Space)


def row_of(item_id):
    return [item.id for item in INBOX].index(item_id)


def flag_everything(screen, qtbot, wrong=()):
    """Flag every message right, except those in `wrong`, from the keyboard."""
    for row, item in enumerate(INBOX):
        screen.inbox_list.setCurrentRow(row)
        scam = item.is_scam != (item.id in wrong)
        press(qtbot, screen.scam_radio if scam else screen.genuine_radio)


def test_a_message_shows_its_display_name_and_real_sender(open_lab):
    screen = open_lab("spot-the-scam")
    assert screen.inbox_list.currentRow() == 0
    assert screen.shown_as_label.text() == "Banco del Ceibo"
    assert screen.sender_label.text() == "alertas@bancodelceibo-seguridad.example"
    assert screen.link_button.text() == "https://bancodelceibo.example/verificar"
    assert screen.message_verdict.text() == ""


def test_pointing_at_a_link_reveals_its_real_destination(open_lab):
    screen = open_lab("spot-the-scam")
    screen.inbox_list.setCurrentRow(row_of("parcel-customs-fee"))
    assert "colibri-envios-pago" not in screen.link_status.text()
    assert screen.link_button.toolTip() == "Real destination: https://colibri-envios-pago.example/tarjeta"
    point = QPointF(2, 2)
    QCoreApplication.sendEvent(screen.link_button, QEnterEvent(point, point, point))
    assert "This link really goes to: <b>https://colibri-envios-pago.example/tarjeta</b>" in screen.link_status.text()


def test_reaching_a_link_with_tab_reveals_it_too(open_lab, qtbot):
    screen = open_lab("spot-the-scam")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.inbox_list.setFocus()
    for _ in range(4):
        if screen.link_button.hasFocus():
            break
        qtbot.keyClick(screen.focusWidget(), Qt.Key_Tab)
    assert screen.link_button.hasFocus()
    assert "http://bancodelceibo-seguridad.example/login" in screen.link_status.text()
    qtbot.keyClick(screen.link_button, Qt.Key_Tab)
    assert "Point at the link" in screen.link_status.text()


def test_a_message_without_link_says_so_and_an_attachment_is_named(open_lab):
    screen = open_lab("spot-the-scam")
    screen.inbox_list.setCurrentRow(row_of("overdue-invoice"))
    assert screen.link_button.isHidden()
    assert screen.link_status.text() == "This message has no link."
    assert screen.attachment_label.text() == "Attachment: Factura_0425.zip"


def test_the_inbox_is_scored_once_every_message_is_flagged(open_lab, qtbot):
    screen = open_lab("spot-the-scam")
    flag_everything(screen, qtbot, wrong={"bank-statement"})
    screen.inbox_list.setCurrentRow(0)
    assert screen.scam_radio.isChecked()
    assert screen.inbox_count.text() == "Flagged 10 of 10."
    press(qtbot, screen.score_inbox_button)
    assert screen.inbox_summary.text().startswith("Inbox: 9 of 10 right (90%).")
    statement = screen.inbox_list.item(row_of("bank-statement")).text()
    assert statement.endswith("flagged: scam · ✗\u00a0wrong")
    assert screen.inbox_list.item(0).text().endswith("flagged: scam · ✓\u00a0right")
    assert not screen.scam_radio.isEnabled() and not screen.score_inbox_button.isEnabled()


def test_score_waits_for_every_flag(open_lab, qtbot):
    screen = open_lab("spot-the-scam")
    press(qtbot, screen.scam_radio)
    assert screen.inbox_count.text() == "Flagged 1 of 10."
    assert not screen.score_inbox_button.isEnabled()


def test_after_scoring_each_message_explains_itself_with_its_warning_signs(open_lab, qtbot):
    screen = open_lab("spot-the-scam", "es")
    flag_everything(screen, qtbot, wrong={"bank-statement"})
    press(qtbot, screen.score_inbox_button)
    screen.inbox_list.setCurrentRow(row_of("bank-lockout"))
    assert screen.message_verdict.text().startswith("✓")
    assert screen.message_explanation.text().startswith("Estafa.")
    for sign in INBOX[row_of("bank-lockout")].signs:
        assert WARNING_SIGNS[sign]["es"] in screen.signs_label.text()
    screen.inbox_list.setCurrentRow(row_of("bank-statement"))
    assert screen.message_verdict.text().startswith("✗")
    assert screen.message_explanation.text().startswith("Genuino.")


def test_orders_are_scored_with_the_careful_decision_shown(open_lab, qtbot):
    screen = open_lab("spot-the-scam")
    screen.tabs.setCurrentIndex(1)
    for row, order in enumerate(ORDERS):
        screen.order_list.setCurrentRow(row)
        decision = "ship" if order.id == "forwarder-rush" else order.decision
        press(qtbot, screen.decision_radios[decision])
    assert screen.orders_count.text() == "Decided 8 of 8."
    press(qtbot, screen.score_orders_button)
    assert screen.orders_summary.text().startswith("Orders: 7 of 8 right (88%).")
    screen.order_list.setCurrentRow([o.id for o in ORDERS].index("forwarder-rush"))
    assert screen.order_fields["cards"].text() == "4"
    assert screen.order_verdict.text() == "✗ Not quite: you chose Ship; the careful choice is Cancel."
    assert screen.order_explanation.text().startswith("Cancel and void the authorization.")


def test_the_lab_finishes_with_the_mean_of_inbox_and_orders(open_lab, qtbot):
    screen = open_lab("spot-the-scam")
    flag_everything(screen, qtbot)
    press(qtbot, screen.score_inbox_button)
    assert not screen.footer.finish_button.isEnabled()
    screen.tabs.setCurrentIndex(1)
    for row, order in enumerate(ORDERS):
        screen.order_list.setCurrentRow(row)
        press(qtbot, screen.decision_radios["ship"])
    press(qtbot, screen.score_orders_button)
    ships = sum(order.decision == "ship" for order in ORDERS)
    with qtbot.waitSignal(screen.finished) as finished:
        press(qtbot, screen.footer.finish_button)
    assert finished.args == [(100 + 100 * ships / len(ORDERS)) / 2]
