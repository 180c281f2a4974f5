"""A learner prices a shipment under different Incoterms, with and without the CAFTA-DR preference."""

from PySide6.QtCore import QDate, Qt

from trainer.labs.landed_cost import INCOTERMS, US_DE_MINIMIS


def cost_rows(screen):
    table = screen.cost_table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def choose(screen, code):
    screen.incoterm_combo.setCurrentIndex(screen.incoterm_combo.findData(code))


def test_inputs_start_from_the_course_and_all_eleven_rules_are_offered(open_lab):
    screen = open_lab("landed-cost")
    assert [screen.inputs[f].text() for f in ("fob_value", "freight", "insurance", "duty_rate")] == \
        ["2400.00", "350.00", "40.00", "12"]
    assert [screen.incoterm_combo.itemData(i) for i in range(screen.incoterm_combo.count())] == list(INCOTERMS)
    assert screen.incoterm_combo.currentData() == "CIF"
    assert cost_rows(screen)["Total landed cost"] == ("US$ 3,124.80", "")


def test_switching_cif_to_fob_moves_insurance_and_freight_to_the_buyer(open_lab):
    screen = open_lab("landed-cost")
    line = "Cargo insurance on main carriage"
    assert cost_rows(screen)[line] == ("US$ 40.00", "Seller")
    choose(screen, "FOB")
    assert cost_rows(screen)[line] == ("US$ 40.00", "Buyer")
    assert cost_rows(screen)["Main carriage (freight)"][1] == "Buyer"
    assert cost_rows(screen)["Total landed cost"] == ("US$ 3,124.80", "")
    assert screen.cost_title.text() == "Landed cost under FOB — Free On Board"
    duties = screen.duties_table
    assert [duties.item(2, c).text() for c in range(2)] == [line, "Buyer"]


def test_risk_point_is_marked_in_words(open_lab):
    screen = open_lab("landed-cost")
    choose(screen, "CPT")
    assert "<b><u>Handed to the carrier</u></b> ◀ <b>risk passes here</b>" in screen.risk_path.text()
    assert screen.risk_label.text().startswith("Risk passes from seller to buyer: When the seller hands the goods")


def test_the_preference_zeroes_the_duty_and_shows_both_figures(open_lab, qtbot):
    screen = open_lab("landed-cost")
    screen.preference_box.setFocus()
    qtbot.keyClick(screen.preference_box, Qt.Key_Space)
    assert screen.preference_box.isChecked()
    assert cost_rows(screen)["Duty"] == ("US$ 0.00", "Buyer")
    assert cost_rows(screen)["Total landed cost"][0] == "US$ 2,790.00"
    assert screen.duty_label.text() == ("Duty at 12% without the preference: US$ 334.80. With the CAFTA-DR preference: "
                                        "US$ 0.00. Saving: US$ 334.80. Applied here: with the preference.")


def test_a_negative_fob_value_is_explained_next_to_its_field_and_nothing_is_computed(open_lab):
    screen = open_lab("landed-cost")
    screen.inputs["fob_value"].setText("-500")
    error = screen.input_errors["fob_value"]
    assert error.isVisible()
    assert error.text() == "✗ The FOB value: negative values are not allowed (got -500)."
    assert all(screen.input_errors[f].isHidden() for f in ("freight", "insurance", "duty_rate"))
    assert screen.result is None and screen.cost_table.rowCount() == 0
    assert screen.duty_label.isHidden()
    assert not screen.footer.finish_button.isEnabled()
    screen.inputs["fob_value"].setText("2400")
    assert error.isHidden() and cost_rows(screen)["Goods (FOB value)"][0] == "US$ 2,400.00"


def test_every_bad_field_is_marked_in_spanish(open_lab):
    screen = open_lab("landed-cost", "es")
    screen.inputs["freight"].setText("-1")
    screen.inputs["duty_rate"].setText("doce")
    assert screen.input_errors["freight"].text() == "✗ El flete: no se admiten valores negativos (recibido: -1)."
    assert screen.input_errors["duty_rate"].text() == "✗ La tasa del arancel: «doce» no es un número válido."
    assert screen.input_errors["fob_value"].isHidden()
    assert screen.result is None  # the chrome stays English here: Qt's translator is not installed in tests


def test_amounts_may_use_a_decimal_comma(open_lab):
    screen = open_lab("landed-cost", "es")
    screen.inputs["fob_value"].setText("2.400,50")
    assert cost_rows(screen)["Mercancía (valor FOB)"] == ("US$ 2,400.50", "Comprador")


def test_de_minimis_is_dated_and_follows_the_chosen_day(open_lab):
    screen = open_lab("landed-cost")
    screen.tabs.setCurrentIndex(2)
    assert US_DE_MINIMIS.as_of.isoformat() in screen.de_minimis_warning.text()
    screen.de_minimis_value_edit.setText("600")
    screen.de_minimis_date_edit.setDate(QDate(2024, 6, 1))
    assert screen.de_minimis_result.text() == "✓ Enters duty-free under de minimis (up to US$ 800.00)."
    screen.de_minimis_value_edit.setText("900")
    assert screen.de_minimis_result.text() == "✗ Pays duty: the value is above the US$ 800.00 threshold."
    screen.de_minimis_date_edit.setDate(QDate(2025, 9, 1))
    assert screen.de_minimis_result.text().startswith("✗ Pays duty: no de minimis applies on that date")
    assert "14324" in screen.de_minimis_source.text()
    screen.de_minimis_value_edit.setText("-1")
    assert "negative" in screen.de_minimis_result.text()


def test_finishing_the_walkthrough_scores_100(open_lab, qtbot):
    screen = open_lab("landed-cost")
    with qtbot.waitSignal(screen.finished) as finished:
        qtbot.keyClick(screen.footer.finish_button, Qt.Key_Space)
    assert finished.args == [100.0]


def test_tab_walks_the_shipment_form_in_reading_order(open_lab, qtbot):
    screen = open_lab("landed-cost")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    expected = [screen.inputs[f] for f in ("fob_value", "freight", "insurance", "duty_rate")]
    expected += [screen.incoterm_combo, screen.valuation_combo, screen.preference_box]
    expected[0].setFocus()
    reached = [screen.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(screen.focusWidget(), Qt.Key_Tab)
        reached.append(screen.focusWidget())
    assert reached == expected
