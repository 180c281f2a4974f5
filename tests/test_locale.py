"""Numbers, dates and countries as a learner writes and reads them (trainer.locale, trainer.countries)."""

from datetime import date

import pytest

from trainer.cli import main
from trainer.countries import COUNTRIES, country_choices, country_name, find_country
from trainer.courses.markdown import render_markdown
from trainer.errors import UserError
from trainer.locale import (
    format_date_long, format_day_month, format_hours, format_number, format_typed, parse_number,
)
from trainer.storage.database import open_database


@pytest.mark.parametrize("text, lang, country, value", [
    ("1.234,5", "es", None, 1234.5),
    ("1,234.5", "es", None, 1234.5),
    ("1.234,5", "en", None, 1234.5),
    ("1 234,5", "es", "CR", 1234.5),  # Costa Rica groups with a space
    ("2,5", "es", None, 2.5),
    ("2.5", "es", None, 2.5),
    ("0,500", "es", None, 0.5),  # thousands never start with 0
    ("-3,75", "es", None, -3.75),
    ("1.234.567", "es", None, 1234567.0),
    ("2500", "es", None, 2500.0),
    ("2,500", "es", "AR", 2.5),
    ("2,500", "es", "CL", 2.5),
    ("2,500", "es", "CO", 2.5),
    ("2,500", "es", "MX", 2500.0),
    ("2,500", "es", "GT", 2500.0),
    ("2,500", "en", None, 2500.0),
    ("1.234", "es", "AR", 1234.0),
    ("1.234", "es", "MX", 1.234),
])
def test_parse_number_by_language_and_country(text, lang, country, value):
    assert parse_number(text, lang, country) == value


@pytest.mark.parametrize("text, lang, country", [("2,500", "es", None), ("1.234", "es", None), ("2,500", "es", "DE")])
def test_a_number_two_conventions_read_differently_is_not_guessed(text, lang, country):
    with pytest.raises(UserError) as error:
        parse_number(text, lang, country)
    assert error.value.code == "ambiguous-number"
    if text == "2,500":
        assert error.value.message("es") == ("'2,500' puede leerse de dos maneras: escriba 2500 si son miles, "
                                             "o 2,5 si tiene decimales")
        assert error.value.message("en") == ("'2,500' can be read two ways: write 2500 if it is thousands, "
                                             "or 2,5 if it has decimals")
    else:  # the suggested rewrites must themselves be unambiguous
        assert parse_number("1234", lang, country) == 1234 and parse_number("1.2340", lang, country) == 1.234


@pytest.mark.parametrize("value, lang, country", [
    (1.234, "es", None), (1.234, "es", "AR"), (1.234, "es", "MX"), (2500.0, "es", "AR"), (2.5, "es", "CL"),
    (1234.5, "en", None), (-0.75, "es", None),
])
def test_a_stored_answer_is_written_back_so_the_learner_reads_the_same_number(value, lang, country):
    assert parse_number(format_typed(value, lang, country), lang, country) == value


@pytest.mark.parametrize("text", ["", "dos", "2.", "1,2,3", "1e3", "12,34,567"])
def test_what_is_no_number_says_so(text):
    with pytest.raises(UserError) as error:
        parse_number(text, "es", "AR")
    assert error.value.code == "not-a-number"


@pytest.mark.parametrize("value, es, en", [
    (7.9, "7,9", "7.9"),
    (8.0, "8", "8"),
    (8, "8", "8"),
    (0, "0", "0"),
    (1234.5, "1.234,5", "1,234.5"),
    (12.345, "12,35", "12.35"),  # hours are never finer than minutes
])
def test_format_number_in_spanish_and_english(value, es, en):
    assert (format_number(value, "es"), format_number(value, "en")) == (es, en)


def test_hours_have_one_style_and_no_trailing_zero():
    assert [format_hours(h, "es") for h in (7.9, 8.0, 0)] == ["7,9 h", "8 h", "0 h"]
    assert [format_hours(h, "en") for h in (7.9, 8.0, 0)] == ["7.9 h", "8 h", "0 h"]


def test_long_dates():
    assert format_date_long(date(2026, 12, 4), "es") == "4 de diciembre de 2026"
    assert format_date_long(date(2026, 12, 4), "en") == "December 4, 2026"
    assert (format_day_month(date(2026, 3, 2), "es"), format_day_month(date(2026, 3, 2), "en")) == ("2 mar", "Mar 2")


def test_every_country_is_known_by_its_iso_code_with_spanish_and_english_names():
    assert len(COUNTRIES) > 240 and all(len(code) == 2 and code.isupper() for code in COUNTRIES)
    assert COUNTRIES["DE"] == {"es": "Alemania", "en": "Germany"} and country_name("pt", "es") == "Portugal"
    assert not {"EU", "UN", "ZZ", "XK", "IC"} & set(COUNTRIES)  # regions and reserved codes are not countries
    # names already printed on certificates stay as they were
    assert country_name("KN", "en") == "Saint Kitts and Nevis" and country_name("TT", "es") == "Trinidad y Tobago"


@pytest.mark.parametrize("text, code", [
    ("DE", "DE"), ("de", "DE"), ("DEU", "DE"), ("Alemania", "DE"), ("germany", "DE"), ("ALEMANIA ", "DE"),
    ("Portugal", "PT"), ("portugal", "PT"), ("Perú", "PE"), ("peru", "PE"), ("México", "MX"),
    ("St. Kitts & Nevis", "KN"), ("Saint Kitts and Nevis", "KN"), ("San Cristóbal y Nieves", "KN"),
    ("Reino Unido", "GB"), ("Japón", "JP"), ("Estados Unidos", "US"),
])
def test_a_country_is_found_by_code_or_name_in_either_language(text, code):
    assert find_country(text) == code


def test_unknown_countries_are_not_guessed():
    assert find_country("Narnia") is None and find_country("XX") is None and find_country("EU") is None


def test_country_pickers_sort_as_a_reader_expects():
    spanish = [name for _code, name in country_choices("es")]
    assert spanish.index("Alemania") < spanish.index("Guatemala") < spanish.index("Zimbabue")
    assert ("DE", "Germany") in country_choices("en")


def test_country_notes_in_lessons_keep_working_by_code(tmp_path):
    text = "Hola.\n\n::: country DE PT\nNota.\n:::\n\n::: country GT\nOtra.\n:::\n"
    shown = render_markdown(text, "es", "DE", tmp_path / "l.md", tmp_path)
    assert "Nota para Alemania, Portugal" in shown and "Otra." not in shown
    assert "Guatemala" in render_markdown(text, "es", "GT", tmp_path / "l.md", tmp_path)


def test_participants_add_with_any_country_code_or_name(capsys):
    assert main(["participants", "add", "Jonas Weber", "--country", "DE"]) == 0
    assert main(["participants", "add", "Inês Costa", "--country", "Portugal"]) == 0
    assert main(["participants", "add", "Nadie", "--country", "Narnia"]) == 2
    assert "country 'Narnia'" in capsys.readouterr().err
    db = open_database()
    from trainer.people.service import list_participants

    assert {p.name: p.country for p in list_participants(db)} == {"Jonas Weber": "DE", "Inês Costa": "PT"}
    db.dispose()


def test_a_number_too_long_for_a_float_is_no_number():
    """Read as infinity it would be saved, and then every bundle carrying it would fail to export."""
    with pytest.raises(UserError):
        parse_number("9" * 400, "es", "GT")
    assert parse_number("9" * 300, "en") > 1e299
