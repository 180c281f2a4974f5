"""A learner orders the stages, splits a sale, answers a chargeback and compares payment methods."""

from PySide6.QtCore import QModelIndex, Qt

from trainer.labs.follow_the_money import EVIDENCE, STAGE_IDS


def press(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.keyClick(button, Qt.Key_Space)


def sort_with_the_keyboard(screen, qtbot, wanted):
    """Selection sort with Alt+Up only: bring each wanted stage up to its place."""
    stages = screen.stage_list
    for place, stage_id in enumerate(wanted):
        row = stages.stage_ids().index(stage_id)
        stages.setCurrentRow(row)
        for _ in range(row - place):
            qtbot.keyClick(stages, Qt.Key_Up, Qt.AltModifier)
    assert stages.stage_ids() == list(wanted)


def test_alt_up_and_alt_down_move_the_selected_stage(open_lab, qtbot):
    screen = open_lab("follow-the-money")
    stages = screen.stage_list
    start = stages.stage_ids()
    stages.setCurrentRow(0)
    qtbot.keyClick(stages, Qt.Key_Down, Qt.AltModifier)
    assert stages.stage_ids() == [start[1], start[0], *start[2:]]
    assert stages.currentRow() == 1 and stages.item(1).text().startswith("2. ")
    qtbot.keyClick(stages, Qt.Key_Up, Qt.AltModifier)
    assert stages.stage_ids() == start
    press(qtbot, screen.move_down_button)
    assert stages.stage_ids()[1] == start[0]


def test_a_wrong_order_reports_the_wrong_positions_in_words(open_lab, qtbot):
    screen = open_lab("follow-the-money")
    swapped = ["authorization", "clearing", "capture", "settlement", "funding"]
    sort_with_the_keyboard(screen, qtbot, swapped)
    press(qtbot, screen.check_order_button)
    assert screen.order_verdict.text().startswith("✗ Check positions 2, 3:")
    texts = [screen.stage_list.item(row).text() for row in range(5)]
    assert [t.split(":")[0] for t in texts] == ["✓ right place", "✗ wrong place", "✗ wrong place",
                                               "✓ right place", "✓ right place"]


def test_the_right_order_is_correct_and_moving_a_stage_clears_the_marks(open_lab, qtbot):
    screen = open_lab("follow-the-money")
    sort_with_the_keyboard(screen, qtbot, STAGE_IDS)
    press(qtbot, screen.check_order_button)
    assert screen.order_verdict.text() == "✓ Correct! That is how the money travels."
    screen.stage_list.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)  # what a drag and drop does
    assert screen.stage_list.stage_ids()[:3] == ["capture", "clearing", "authorization"]
    assert screen.order_verdict.text() == ""
    assert screen.stage_list.item(0).text().startswith("1. Capture\n")


def test_fee_split_of_the_course_sale_is_labelled_illustrative(open_lab):
    screen = open_lab("follow-the-money")
    table = screen.fee_table
    assert screen.sale_edit.text() == "100.00"
    assert screen.fee_caption.text() == "Where a sale of US$ 100.00 goes (illustrative rates)"
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows[0] == ["Interchange", "Issuing bank", "1.80%", "US$ 1.80"]
    assert rows[3] == ["Merchant net", "Merchant", "the rest", "US$ 97.25"]
    assert rows[4] == ["Total sale", "", "", "US$ 100.00"]
    assert screen.fee_note.text().startswith("Illustrative rates for the exercise")


def test_a_sale_typed_with_a_decimal_comma_is_understood(open_lab):
    screen = open_lab("follow-the-money", "es")
    screen.sale_edit.setText("1.234,56")
    assert screen.fee_table.item(4, 3).text() == "US$ 1,234.56"
    assert screen.fee_table.item(0, 2).text() == "1.80 %"


def test_a_negative_sale_is_explained_and_nothing_is_split(open_lab):
    screen = open_lab("follow-the-money", "es")
    screen.sale_edit.setText("-5")
    assert screen.sale_error.text() == "✗ El monto de la venta: no se admiten valores negativos (recibido: -5)."
    assert screen.fee_table.rowCount() == 0 and screen.fee_table.isHidden()
    screen.sale_edit.setText("50")
    assert screen.sale_error.text() == "" and screen.fee_table.rowCount() == 5


def test_chargeback_evidence_is_scored_and_every_item_explained(open_lab, qtbot):
    screen = open_lab("follow-the-money")
    screen.tabs.setCurrentIndex(2)
    assert not any(screen.evidence_results[item.id].isVisible() for item in EVIDENCE)
    for item_id in ("tracking-delivered", "delivery-signature", "product-page"):
        screen.evidence_boxes[item_id].setChecked(True)
    press(qtbot, screen.score_evidence_button)
    assert screen.evidence_verdict.text().startswith("✓ 5 of 8 points (63%). Your answer includes proof of delivery")
    results = {item.id: screen.evidence_results[item.id].text() for item in EVIDENCE}
    assert results["tracking-delivered"].startswith("✓ Right to send it. Strong evidence: ")
    assert results["product-page"].startswith("✗ Better left out. Does not answer this claim: ")
    assert results["3ds-result"].startswith("✗ You left out useful evidence. Supporting evidence: ")
    assert results["return-policy"].startswith("✓ Right to leave it out.")
    assert all(screen.evidence_results[item.id].isVisible() for item in EVIDENCE)


def test_payment_methods_follow_the_chosen_country(open_lab):
    screen = open_lab("follow-the-money")
    assert screen.country_combo.currentData() == "MX"
    assert "OXXO Pay" in screen.methods_view.toPlainText()
    screen.country_combo.setCurrentIndex(screen.country_combo.findData("BR"))
    text = screen.methods_view.toPlainText()
    assert "How buyers in Brazil can pay" in text and "Pix" in text and "OXXO" not in text
    screen.country_combo.setCurrentIndex(screen.country_combo.findData("CR"))
    assert "Facts as of 2025-08-06." in screen.methods_view.toPlainText()
    screen.country_combo.setCurrentIndex(screen.country_combo.findData("GT"))
    assert "for buyers in Guatemala it shows cards only" in screen.methods_view.toPlainText()


def test_the_score_is_the_mean_of_the_first_tries(open_lab, qtbot):
    screen = open_lab("follow-the-money")
    assert not screen.footer.finish_button.isEnabled()
    sort_with_the_keyboard(screen, qtbot, ["authorization", "clearing", "capture", "settlement", "funding"])
    press(qtbot, screen.check_order_button)                       # first try: 3 of 5 places right
    sort_with_the_keyboard(screen, qtbot, STAGE_IDS)
    press(qtbot, screen.check_order_button)                       # a later try does not change the score
    screen.evidence_boxes["tracking-delivered"].setChecked(True)
    screen.evidence_boxes["delivery-signature"].setChecked(True)
    press(qtbot, screen.score_evidence_button)                    # 75%
    assert screen.footer.finish_button.isEnabled()
    with qtbot.waitSignal(screen.finished) as finished:
        press(qtbot, screen.footer.finish_button)
    assert finished.args == [(60 + 75) / 2]
    assert screen.footer.status.text() == "Lab completed. Score: 68%."
    assert not screen.footer.finish_button.isEnabled()
