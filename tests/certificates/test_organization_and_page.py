"""The organization on the page, its logo, and how dates and hours read in each language."""

from datetime import date

import pytest
from pypdf import PdfReader

from trainer.certificates.organization import DEFAULT_LOGO, organization, set_organization
from trainer.certificates.pdf import format_hours, format_period
from trainer.errors import UserError


def test_the_default_organization_is_trainer_with_the_bundled_logo(db):
    assert organization(db).name == "Trainer" and organization(db).logo == DEFAULT_LOGO


def test_a_chosen_logo_is_copied_into_the_data_folder(db, isolated, tmp_path):
    chosen = tmp_path / "usb" / "logo.png"
    chosen.parent.mkdir()
    chosen.write_bytes(DEFAULT_LOGO.read_bytes())
    result = set_organization(db, name="  Cooperativa   de Sololá ", logo=chosen)
    chosen.unlink()  # the USB stick is gone
    assert result.name == "Cooperativa de Sololá"
    assert result.logo.parent == isolated and result.logo.is_file()
    assert set_organization(db, logo="").logo is None


def test_a_bad_logo_is_refused_and_nothing_changes(db, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image", encoding="utf-8")
    with pytest.raises(UserError) as error:
        set_organization(db, name="Nueva", logo=fake)
    assert error.value.message("es") == f"el logotipo {fake} no es una imagen PNG ni JPEG"
    assert organization(db).name == "Trainer"
    with pytest.raises(UserError) as error:
        set_organization(db, name=" ")
    assert error.value.code == "name-required"


def test_a_logo_that_went_missing_is_reported_with_what_to_do(db):
    db.set_setting("organization_logo", "/nowhere/logo.png")
    with pytest.raises(UserError) as error:
        organization(db)
    assert "--no-logo" in error.value.message("en")


def test_the_organization_and_no_logo_appear_on_the_page(room, exports):
    from trainer.certificates.issuing import issue_certificate

    set_organization(room.db, name="Cooperativa de Exportadores de Sololá", logo="")
    maria = room.graduate()
    _, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    page = PdfReader(path).pages[0]
    assert "COOPERATIVA DE EXPORTADORES DE SOLOLÁ" in page.extract_text()
    assert not page["/Resources"].get("/XObject")  # no logo, and the QR code is a path, not an image


@pytest.mark.parametrize("start, end, lang, expected", [
    (date(2026, 3, 2), date(2026, 3, 6), "es", "del 2 al 6 de marzo de 2026"),
    (date(2026, 3, 2), date(2026, 3, 6), "en", "2–6 March 2026"),
    (date(2026, 2, 27), date(2026, 3, 3), "es", "del 27 de febrero al 3 de marzo de 2026"),
    (date(2025, 12, 29), date(2026, 1, 2), "en", "29 December 2025 – 2 January 2026"),
    (date(2026, 3, 2), date(2026, 3, 2), "es", "2 de marzo de 2026"),
])
def test_periods_read_naturally(start, end, lang, expected):
    assert format_period(start, end, lang) == expected


@pytest.mark.parametrize("hours, lang, expected", [
    (1, "es", "1 hora"), (1, "en", "1 hour"), (12.5, "es", "12,5 horas"), (12.5, "en", "12.5 hours"), (16, "es", "16 horas"),
])
def test_hours_read_naturally(hours, lang, expected):
    assert format_hours(hours, lang) == expected


def test_the_qr_code_is_one_vector_path_holding_the_whole_statement(room, exports):
    import re

    import segno

    from trainer.certificates.issuing import issue_certificate

    maria = room.graduate()
    outcome, path = issue_certificate(room.db, maria.id, room.course, workshop_id=room.workshop.id)
    content = PdfReader(path).pages[0].get_contents().get_data().decode("latin-1")
    [qr_path] = re.findall(r"((?:\d+ \d+ \d+ 1 re )+)f", content)
    expected = segno.make(outcome.certificate.statement.token, error="m", encoding="utf-8", eci=True).matrix
    drawn = [[0] * len(expected) for _ in expected]
    for column, row, length in re.findall(r"(\d+) (\d+) (\d+) 1 re", qr_path):
        for x in range(int(column), int(column) + int(length)):
            drawn[len(expected) - 1 - int(row)][x] = 1
    assert drawn == [list(row) for row in expected]
