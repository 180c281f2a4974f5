from decimal import Decimal

import pytest

from trainer.labs.common import LabInputError, InvalidAmountError, UnknownChoiceError
from trainer.labs.follow_the_money import (
    EVIDENCE, ILLUSTRATIVE_RATES, PAYMENT_METHODS, STAGE_IDS, STAGES, VERDICTS, FeeRates,
    check_order, methods_for, score_evidence, scrambled_stage_ids, split_fees,
)


def test_stages_are_the_five_of_the_card_lifecycle_in_order():
    assert STAGE_IDS == ("authorization", "capture", "clearing", "settlement", "funding")
    for stage in STAGES:
        assert stage.name["es"] and stage.name["en"] and stage.description["es"] and stage.description["en"]


def test_right_order_is_correct():
    result = check_order(list(STAGE_IDS))
    assert result.correct and result.wrong_positions == ()
    assert "Correcto" in result.message("es")


def test_swapped_steps_are_reported_at_their_positions():
    order = ["authorization", "clearing", "capture", "settlement", "funding"]
    result = check_order(order)
    assert not result.correct
    assert result.wrong_positions == (1, 2)
    assert "2, 3" in result.message("es") and "2, 3" in result.message("en")


def test_reversed_order_leaves_only_the_middle_right():
    assert check_order(list(reversed(STAGE_IDS))).wrong_positions == (0, 1, 3, 4)


@pytest.mark.parametrize("order", [
    ["authorization", "capture", "clearing", "settlement"],
    ["authorization", "authorization", "clearing", "settlement", "funding"],
    ["authorization", "capture", "clearing", "settlement", "refund"],
])
def test_orders_that_are_not_the_five_stages_are_refused(order):
    with pytest.raises(UnknownChoiceError):
        check_order(order)


def test_scrambled_start_is_a_permutation_that_is_never_already_right():
    for seed in range(30):
        order = scrambled_stage_ids(seed)
        assert sorted(order) == sorted(STAGE_IDS) and tuple(order) != STAGE_IDS


@pytest.mark.parametrize("sale", [100, 33.33, 0.19, 0.01, 1234.57, 0])  # 0.19: separate roundings would lose a cent
def test_fee_split_adds_up_to_the_sale(sale):
    split = split_fees(sale)
    assert sum(line.amount for line in split.lines) == Decimal(str(sale)).quantize(Decimal("0.01"))
    assert split.sale == Decimal(str(sale)).quantize(Decimal("0.01"))


def test_fee_split_of_100_with_illustrative_rates():
    amounts = {line.id: line.amount for line in split_fees(100).lines}
    assert amounts == {
        "interchange": Decimal("1.80"), "scheme-fee": Decimal("0.15"),
        "acquirer-markup": Decimal("0.80"), "merchant-net": Decimal("97.25"),
    }


def test_default_rates_are_labelled_illustrative_in_both_languages():
    note = split_fees(100).note
    assert note is ILLUSTRATIVE_RATES.note
    assert "ilustrativas" in note["es"] and "Illustrative" in note["en"]


def test_interchange_goes_to_the_issuer():
    line = split_fees(100).lines[0]
    assert line.id == "interchange" and line.receiver["en"] == "Issuing bank"


@pytest.mark.parametrize("bad", [-1, "abc", float("nan")])
def test_bad_sale_amount_is_refused_in_both_languages(bad):
    with pytest.raises(InvalidAmountError) as error:
        split_fees(bad)
    assert error.value.text("es") != error.value.text("en")
    assert "venta" in error.value.text("es") and "sale" in error.value.text("en")


def test_rates_above_100_percent_are_refused():
    with pytest.raises(LabInputError):
        split_fees(100, FeeRates(90, 5, 10, ILLUSTRATIVE_RATES.note))


def test_delivery_proof_wins_the_not_received_case():
    score = score_evidence(["tracking-delivered", "delivery-signature"])
    assert score.proves_delivery
    assert score.percent == 75
    assert "prueba de entrega" in score.message("es")


def test_all_useful_evidence_scores_full_marks():
    useful = [item.id for item in EVIDENCE if item.weight > 0]
    assert score_evidence(useful).percent == 100


def test_irrelevant_evidence_without_delivery_proof_loses():
    score = score_evidence(["product-page", "thank-you-email", "3ds-result"])
    assert not score.proves_delivery
    assert score.percent == 0
    assert "Falta" in score.message("es") and "missing" in score.message("en")


def test_irrelevant_papers_lower_a_good_answer():
    assert score_evidence(["tracking-delivered", "return-policy"]).percent < score_evidence(["tracking-delivered"]).percent


def test_evidence_chosen_twice_counts_once():
    assert score_evidence(["tracking-delivered", "tracking-delivered"]).points == score_evidence(["tracking-delivered"]).points


def test_unknown_evidence_is_refused():
    with pytest.raises(UnknownChoiceError):
        score_evidence(["a-photo-of-my-cat"])


def test_every_evidence_item_has_a_verdict_and_both_languages():
    for item in EVIDENCE:
        assert item.verdict in VERDICTS
        for text in (item.label, item.explanation):
            assert text["es"] and text["en"]


def test_methods_by_country():
    assert [m.id for m in methods_for("MX")] == ["card", "oxxo-pay", "spei-codi"]
    assert [m.id for m in methods_for("br")] == ["card", "pix"]
    assert [m.id for m in methods_for("CR")] == ["card", "sinpe-movil"]
    assert [m.id for m in methods_for("GT")] == ["card"]


def test_payment_facts_carry_their_figures_and_sources():
    methods = {m.id: m for m in PAYMENT_METHODS}
    assert "10,000" in methods["oxxo-pay"].limits["en"]
    assert "No" in methods["oxxo-pay"].chargebacks["en"]
    assert "1 business day" in methods["oxxo-pay"].speed["en"]
    assert "16 November 2020" in methods["pix"].speed["en"] and "24/7" in methods["pix"].speed["en"]
    assert "May 2015" in methods["sinpe-movil"].how_it_works["en"]
    assert "₡100,000" in methods["sinpe-movil"].limits["en"] and methods["sinpe-movil"].as_of
    for method in PAYMENT_METHODS:
        assert method.source
        for text in (method.name, method.how_it_works, method.limits, method.speed, method.chargebacks):
            assert text["es"] and text["en"]
