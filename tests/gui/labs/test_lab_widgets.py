"""Numbers as learners in the region type and read them."""

import pytest

from trainer.gui.labs.widgets import amount_text, percent


@pytest.mark.parametrize("typed, number", [
    ("1234.5", "1234.5"), ("1,234.50", "1234.50"), ("1.234,50", "1234.50"), ("12,5", "12.5"),
    ("1,234", "1234"), ("1.234.567", "1234567"), ("US$ 960", "960"), ("12 %", "12"), (" -500 ", "-500"),
])
def test_amounts_are_read_with_either_decimal_mark(typed, number):
    assert amount_text(typed) == number


@pytest.mark.parametrize("typed", ["doce", "", "1e5x"])
def test_text_that_is_not_a_number_reaches_the_lab_as_typed(typed):
    assert amount_text(typed) == typed.strip()


def test_percentages_follow_each_language_and_round_halves_up():
    assert percent(62.5, "en") == "63%" and percent(62.5, "es") == "63 %"
    assert percent(1.8, "es", 2) == "1.80 %"
