from datetime import date
from decimal import Decimal

import pytest

from trainer.labs.common import LabInputError, InvalidAmountError, UnknownChoiceError
from trainer.labs.landed_cost import (
    COST_ITEMS, INCOTERMS, MODEL_NOTES, RISK_POINTS, US_DE_MINIMIS, de_minimis_applies,
    find_incoterm, landed_cost,
)


def test_eleven_rules_seven_for_any_mode_four_for_sea():
    assert list(INCOTERMS) == ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]
    assert [c for c, t in INCOTERMS.items() if t.mode == "any"] == ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP"]
    assert [c for c, t in INCOTERMS.items() if t.mode == "sea"] == ["FAS", "FOB", "CFR", "CIF"]


def test_every_rule_says_who_pays_every_cost_and_where_risk_passes_in_both_languages():
    for term in INCOTERMS.values():
        assert list(term.payers) == list(COST_ITEMS)
        assert set(term.payers.values()) <= {"seller", "buyer"}
        assert term.risk_point in RISK_POINTS
        for text in (term.name, term.risk_passes) + ((term.note,) if term.note else ()):
            assert text["es"] and text["en"] and text["es"] != text["en"]


def test_insurance_is_paid_by_the_seller_under_cif_and_by_the_buyer_under_fob():
    assert INCOTERMS["CIF"].payers["insurance"] == "seller"
    assert INCOTERMS["CIP"].payers["insurance"] == "seller"
    assert INCOTERMS["FOB"].payers["insurance"] == "buyer"
    assert "(C)" in INCOTERMS["CIF"].note["en"] and "(A)" in INCOTERMS["CIP"].note["en"]


def test_the_extremes_exw_and_ddp():
    assert set(INCOTERMS["EXW"].payers.values()) == {"buyer"}
    assert INCOTERMS["DDP"].payers["import-clearance"] == "seller"
    assert [c for c, t in INCOTERMS.items() if t.payers["import-clearance"] == "seller"] == ["DDP"]
    assert [c for c, t in INCOTERMS.items() if t.payers["export-clearance"] == "buyer"] == ["EXW"]
    assert [c for c, t in INCOTERMS.items() if t.payers["destination-unloading"] == "seller"] == ["DPU"]


def test_c_rules_move_risk_at_origin_although_the_seller_pays_freight():
    for code in ("CFR", "CIF"):
        assert INCOTERMS[code].payers["main-carriage"] == "seller"
        assert INCOTERMS[code].risk_point == INCOTERMS["FOB"].risk_point == "on-board"
    for code in ("CPT", "CIP"):
        assert INCOTERMS[code].risk_point == "handed-to-carrier"


def test_lookup_accepts_any_case_and_refuses_unknown_or_retired_rules():
    assert find_incoterm(" fob ").code == "FOB"
    for bad in ("FOX", "DAT", ""):
        with pytest.raises(UnknownChoiceError) as error:
            find_incoterm(bad)
        assert "Incoterm" in error.value.text("es") and "DPU" in error.value.text("en")


def _line(result, line_id):
    return next(line for line in result.lines if line.id == line_id)


def test_cif_basis_customs_value_and_mfn_duty():
    result = landed_cost(1000, 150, 20, 10, "CIF")
    assert result.customs_value == Decimal("1170.00")
    assert result.duty == result.duty_mfn == Decimal("117.00")
    assert result.total == Decimal("1287.00")


def test_cafta_dr_preference_makes_duty_zero_and_shows_the_saving():
    result = landed_cost(1000, 150, 20, 10, "CIF", preference=True)
    assert result.duty == Decimal("0") and _line(result, "duty").amount == Decimal("0")
    assert result.duty_mfn == Decimal("117.00")
    assert result.preference_saving == Decimal("117.00")
    assert result.total == Decimal("1170.00")
    assert any("0 %" in note["es"] and "0%" in note["en"] for note in MODEL_NOTES)


def test_fob_basis_leaves_freight_and_insurance_out_of_the_customs_value():
    result = landed_cost(1000, 150, 20, 10, "FOB", valuation="FOB")
    assert result.customs_value == Decimal("1000.00") and result.duty == Decimal("100.00")
    assert result.total == Decimal("1270.00")


def test_import_tax_is_levied_on_customs_value_plus_duty():
    result = landed_cost(1000, 150, 20, 10, "CIF", tax_rate=12, fees=35.5)
    assert _line(result, "tax").amount == Decimal("154.44")
    assert result.total == Decimal("1476.94")


def test_lines_say_which_party_pays():
    cif, fob, ddp = (landed_cost(1000, 150, 20, 10, code) for code in ("CIF", "FOB", "DDP"))
    assert _line(cif, "insurance").payer == "seller" and _line(fob, "insurance").payer == "buyer"
    assert _line(cif, "freight").payer == "seller" and _line(fob, "freight").payer == "buyer"
    assert _line(ddp, "duty").payer == "seller" and _line(cif, "duty").payer == "buyer"
    assert ddp.paid_by("seller") + ddp.paid_by("buyer") == ddp.total
    assert fob.paid_by("seller") == 0


def test_the_rule_changes_who_pays_not_the_total():
    totals = {landed_cost(1000, 150, 20, 10, code, tax_rate=12).total for code in INCOTERMS}
    assert totals == {Decimal("1441.44")}


@pytest.mark.parametrize("args", [
    (-1, 150, 20, 10), (1000, -150, 20, 10), (1000, 150, -20, 10), (1000, 150, 20, -10),
])
def test_negative_values_are_refused_in_both_languages(args):
    with pytest.raises(InvalidAmountError) as error:
        landed_cost(*args, "FOB")
    assert isinstance(error.value, ValueError)
    assert "negativ" in error.value.text("es") and "negative" in error.value.text("en")


def test_negative_fob_names_the_field():
    with pytest.raises(InvalidAmountError) as error:
        landed_cost(-500, 0, 0, 5, "EXW")
    assert "FOB" in error.value.text("es") and "FOB" in str(error.value)


def test_unknown_incoterm_and_valuation_are_refused():
    with pytest.raises(UnknownChoiceError):
        landed_cost(1000, 150, 20, 10, "XYZ")
    with pytest.raises(UnknownChoiceError):
        landed_cost(1000, 150, 20, 10, "CIF", valuation="EXW")


def test_us_de_minimis_800_until_suspended_on_29_august_2025():
    assert de_minimis_applies(60, date(2024, 6, 1))
    assert de_minimis_applies(800, date(2024, 6, 1))
    assert not de_minimis_applies(800.01, date(2024, 6, 1))
    assert de_minimis_applies(60, date(2025, 8, 28))
    assert not de_minimis_applies(60, date(2025, 8, 29))
    assert not de_minimis_applies(1, date(2027, 7, 1))


def test_each_period_cites_its_source():
    suspension = US_DE_MINIMIS.period_on(date(2025, 9, 1))
    assert "14324" in suspension.source and "90 FR 42418" in suspension.source
    assert "114-125" in US_DE_MINIMIS.period_on(date(2020, 1, 1)).source
    repeal = US_DE_MINIMIS.period_on(date(2028, 1, 1))
    assert repeal is not suspension and "2027" in repeal.summary["en"]


def test_de_minimis_is_dated_and_warns_that_it_is_fluid():
    assert US_DE_MINIMIS.as_of == date(2026, 2, 24)
    assert "2026-02-24" in US_DE_MINIMIS.warning("es") and "verifique" in US_DE_MINIMIS.warning("es")
    assert "2026-02-24" in US_DE_MINIMIS.warning("en") and "check" in US_DE_MINIMIS.warning("en")


def test_de_minimis_refuses_dates_before_the_model_and_negative_values():
    with pytest.raises(LabInputError):
        de_minimis_applies(60, date(2015, 1, 1))
    with pytest.raises(InvalidAmountError):
        de_minimis_applies(-5, date(2024, 1, 1))
