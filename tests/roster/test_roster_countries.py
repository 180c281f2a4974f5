"""A roster from anywhere: every country's name in Spanish or English, or its code, is stored as its ISO code."""

from datetime import date

import pytest

from trainer.errors import UserError
from trainer.roster.columns import guess_mapping, read_country
from trainer.roster.enrolment import import_roster
from trainer.roster.preview import preview
from trainer.roster.spreadsheet import read_spreadsheet
from trainer.workshops.service import create_workshop, roster

ROWS = ("Nombre;Organización;País\n"
        "Jonas Weber;GIZ;Alemania\n"
        "Inês Costa;AICEP;Portugal\n"
        "Lena Vogel;DEG;DE\n"
        "Rui Santos;Banco de Portugal;portugal\n"
        "Ana Núñez;Tejidos del Lago;Rep. Dominicana\n"
        "Mary Smith;Chamber;St. Lucia\n")


def test_rows_from_germany_and_portugal_are_imported_with_iso_codes(db, tmp_path):
    workshop = create_workshop(db, "Taller Sololá", "example", country="GT", starts_on=date(2026, 3, 2))
    path = tmp_path / "lista.csv"
    path.write_bytes(ROWS.encode("cp1252"))
    sheet = read_spreadsheet(path)
    checked = preview(sheet, guess_mapping(sheet.headers), default_country="GT")
    assert checked.problems == []
    import_roster(db, workshop.id, checked)
    assert {p.name: p.country for p in roster(db, workshop.id)} == {
        "Jonas Weber": "DE", "Inês Costa": "PT", "Lena Vogel": "DE", "Rui Santos": "PT", "Ana Núñez": "DO",
        "Mary Smith": "LC"}


def test_a_country_nobody_knows_is_refused_naming_the_value():
    with pytest.raises(UserError) as error:
        read_country("Narnia")
    assert error.value.message("es") == ("el país 'Narnia' no es uno que conozcamos: escriba su nombre (Guatemala) "
                                         "o su código (GT)")
