import re
from decimal import Decimal
from urllib.parse import urlsplit

import pytest

from trainer.countries import COUNTRIES
from trainer.labs.common import UnknownChoiceError
from trainer.labs.spot_the_scam import (
    CHANNELS, DECISIONS, INBOX, ORDERS, SETTING, WARNING_SIGNS, score_inbox, score_orders,
)

DOMAIN = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b", re.IGNORECASE)
FILE_NAME = re.compile(r"\.(zip|pdf|docx?)$", re.IGNORECASE)


def _host(link: str) -> str:
    return urlsplit(link if "//" in link else "//" + link).hostname or ""


def _texts(item):
    fields = [item.display_name, item.subject, item.body, item.explanation]
    return fields + ([item.link_text] if item.link_text else [])


def test_inbox_has_ten_items_with_unique_ids_and_all_channels():
    assert len(INBOX) == 10
    assert len({item.id for item in INBOX}) == 10
    assert {item.channel for item in INBOX} == set(CHANNELS)


def test_every_inbox_item_has_both_languages():
    for item in INBOX:
        for text in _texts(item):
            assert text["es"].strip() and text["en"].strip(), item.id


def test_inbox_mixes_scams_and_at_least_three_genuine_messages():
    genuine = [item for item in INBOX if not item.is_scam]
    assert len(genuine) >= 3
    assert len(INBOX) - len(genuine) >= 3


def test_scams_show_known_warning_signs_and_genuine_items_none():
    for item in INBOX:
        assert set(item.signs) <= set(WARNING_SIGNS)
        assert bool(item.signs) == item.is_scam, item.id


def test_every_domain_is_fictitious():
    for item in INBOX:
        candidates = [item.sender, item.link_url or ""]
        for text in _texts(item) + [SETTING]:
            candidates += [text["es"], text["en"]]
        for candidate in candidates:
            for domain in DOMAIN.findall(re.sub(r"[\w.+-]+@", "", candidate)):
                if not FILE_NAME.search(domain):
                    assert domain.endswith(".example"), (item.id, domain)


def test_phone_numbers_use_the_block_reserved_for_fiction():
    for item in INBOX:
        if item.channel == "whatsapp":
            assert re.fullmatch(r"\+1 555-01\d\d", item.sender), item.id


def test_link_mismatch_is_flagged_exactly_when_the_shown_address_differs_from_the_destination():
    for item in INBOX:
        if not item.link_url:
            continue
        shown = item.link_text["en"]
        shows_address = bool(DOMAIN.search(shown))
        mismatch = shows_address and _host(shown) != _host(item.link_url)
        assert mismatch == ("link-mismatch" in item.signs), item.id


def test_perfect_inbox_answers_score_100():
    score = score_inbox({item.id: item.is_scam for item in INBOX})
    assert score.percent == 100 and all(r.correct for r in score.results)


def test_flagging_nothing_scores_only_the_genuine_items():
    score = score_inbox({})
    genuine = sum(not item.is_scam for item in INBOX)
    assert score.percent == 100 * genuine / len(INBOX)
    assert {r.item_id for r in score.results if not r.correct} == {i.id for i in INBOX if i.is_scam}


def test_flagging_a_genuine_message_is_marked_wrong_with_its_explanation():
    flags = {item.id: item.is_scam for item in INBOX}
    flags["bank-statement"] = True
    result = next(r for r in score_inbox(flags).results if r.item_id == "bank-statement")
    assert not result.correct and result.explanation["es"].startswith("Genuino")


def test_unknown_inbox_item_is_refused():
    with pytest.raises(UnknownChoiceError):
        score_inbox({"no-such-mail": True})


def test_eight_orders_use_every_decision_and_known_countries():
    assert len(ORDERS) == 8 and len({o.id for o in ORDERS}) == 8
    assert {o.decision for o in ORDERS} == set(DECISIONS)
    for order in ORDERS:
        assert order.billing_country in COUNTRIES and order.shipping_country in COUNTRIES
        assert order.amount_usd > Decimal(0)
        for text in (order.ship_to, order.ip_location, order.note, order.explanation):
            assert text["es"] and text["en"]


def test_several_cards_and_rush_to_a_forwarder_is_cancelled_while_a_regular_customer_ships():
    by_id = {o.id: o for o in ORDERS}
    risky = by_id["forwarder-rush"]
    assert risky.cards_tried > 1 and risky.express and risky.billing_country != risky.shipping_country
    assert risky.decision == "cancel"
    assert by_id["repeat-customer"].decision == "ship"


def test_order_scoring_reports_each_order_and_a_percentage():
    right = {o.id: o.decision for o in ORDERS}
    assert score_orders(right).percent == 100
    wrong = dict(right, **{"forwarder-rush": "ship"})
    score = score_orders(wrong)
    assert score.percent == 100 * 7 / 8
    result = next(r for r in score.results if r.item_id == "forwarder-rush")
    assert not result.correct and result.expected == "cancel" and result.answer == "ship"


def test_undecided_orders_count_as_wrong():
    score = score_orders({})
    assert score.percent == 0 and score.correct_count == 0


@pytest.mark.parametrize("decisions", [{"repeat-customer": "refund"}, {"no-such-order": "ship"}])
def test_bad_decisions_are_refused(decisions):
    with pytest.raises(UnknownChoiceError):
        score_orders(decisions)
