"""Importing a roster: every problem named by row and column, all or nothing, and never a second profile."""

from datetime import date

import pytest
from sqlalchemy import func, select

from trainer.errors import UserError
from trainer.people.service import ProfileInput, add_participant, list_participants
from trainer.roster.columns import apply_overrides, guess_mapping
from trainer.roster.enrolment import add_and_enrol, import_roster
from trainer.roster.preview import preview
from trainer.roster.spreadsheet import read_spreadsheet
from trainer.storage.models import Enrollment, Participant
from trainer.workshops.service import create_workshop, roster

GOOD = ("Nombre;Organización;Sector;País;Sexo;Correo\n"
        "José Pérez;Cooperativa Ñandutí;Público;Guatemala;M;jose@coop.gt\n"
        "Ana Núñez;Tejidos del Lago;Privado;;Mujer;\n"
        "Iñaki Muñoz;Universidad de San Carlos;Académico;El Salvador;H;inaki@usac.edu.gt\n")


@pytest.fixture
def workshop(db):
    return create_workshop(db, "Taller Sololá", "example", place="Sololá", country="GT", starts_on=date(2026, 3, 2))


def checked(tmp_path, text: str, encoding: str = "cp1252", name: str = "lista.csv", **options):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    sheet = read_spreadsheet(path)
    return preview(sheet, guess_mapping(sheet.headers), **options)


def counts(db) -> tuple[int, int]:
    with db.session() as session:
        return (session.scalar(select(func.count()).select_from(Participant)),
                session.scalar(select(func.count()).select_from(Enrollment)))


def test_a_clean_file_imports_everyone_with_normalised_values(db, workshop, tmp_path):
    result = import_roster(db, workshop.id, checked(tmp_path, GOOD, default_country="GT"))
    assert (result.created, result.enrolled) == (3, 3)
    people = {p.name: p for p in roster(db, workshop.id)}
    assert sorted(people) == ["Ana Núñez", "Iñaki Muñoz", "José Pérez"]
    jose, ana, inaki = people["José Pérez"], people["Ana Núñez"], people["Iñaki Muñoz"]
    assert (jose.sector, jose.country, jose.sex, jose.email) == ("public", "GT", "male", "jose@coop.gt")
    assert (ana.sector, ana.country, ana.sex, ana.email) == ("private", "GT", "female", None)  # the workshop's country
    assert (inaki.sector, inaki.country, inaki.organization) == ("academic", "SV", "Universidad de San Carlos")


def test_importing_the_same_file_again_creates_no_one(db, workshop, tmp_path):
    import_roster(db, workshop.id, checked(tmp_path, GOOD))
    again = import_roster(db, workshop.id, checked(tmp_path, GOOD))
    assert (again.created, again.matched, again.enrolled, again.already_enrolled) == (0, 3, 0, 3)
    assert counts(db) == (3, 3)
    other = create_workshop(db, "Taller Antigua", "example")
    moved = import_roster(db, other.id, checked(tmp_path, GOOD.replace("José Pérez", "JOSE  PEREZ")))
    assert (moved.created, moved.matched, moved.enrolled) == (0, 3, 3)  # same people, now in two workshops
    assert counts(db) == (3, 6)


def test_someone_first_recorded_with_an_email_is_found_by_name_and_organization(db, workshop, tmp_path):
    add_participant(db, ProfileInput(name="Ana Núñez", organization="Tejidos del Lago", email="ana@lago.gt"))
    result = import_roster(db, workshop.id, checked(tmp_path, GOOD))
    assert (result.created, result.matched) == (2, 1)
    assert len(list_participants(db, "Ana")) == 1


def test_bad_rows_are_named_by_row_and_column_and_nothing_is_saved(db, workshop, tmp_path):
    text = ("Listado del taller;;;;;\n"
            "Nombre;Organización;Sector;País;Sexo;Correo\n"
            "José Pérez;Coop;Público;Guatemala;M;jose@coop.gt\n"
            "\n"
            "María Ñandú;UNI;Gobierno;Narnia;Mujer;maria@\n"
            ";Coop;Privado;GT;F;sin-nombre@coop.gt\n"
            "Luis Gómez;Coop;Mixto;CR;hombre;luis@coop.gt\n")
    result = checked(tmp_path, text)
    assert [p.message("es") for p in result.problems] == [
        "fila 5, columna 'País' (D): el país 'Narnia' no es uno que conozcamos: escriba su nombre (Guatemala) o su "
        "código (GT)",
        "fila 5, columna 'Correo' (F): 'maria@' no es una dirección de correo",
        "fila 6, columna 'Nombre' (A): el nombre está vacío",
        "fila 7, columna 'Sector' (C): el sector 'Mixto' no es uno de: público, privado, académico, otro",
    ]
    assert result.problems[0].message("en") == (
        "row 5, column 'País' (D): country 'Narnia' is not one we know: write its name (Guatemala) or its code (GT)")
    with pytest.raises(UserError) as error:
        import_roster(db, workshop.id, result)
    assert error.value.message("en") == ("lista.csv: 4 problem(s) found, so nothing was imported; correct the file, "
                                         "or import only the good rows (skip bad rows)")
    assert counts(db) == (0, 0)
    skipped = import_roster(db, workshop.id, result, skip_bad_rows=True)
    assert (skipped.created, skipped.skipped_rows) == (1, [5, 6, 7])
    assert [p.name for p in roster(db, workshop.id)] == ["José Pérez"]


def test_duplicate_people_in_the_file_are_imported_once(db, workshop, tmp_path):
    text = GOOD + "JOSÉ PÉREZ;Otra organización;Privado;GT;M;Jose@Coop.gt\nAna  Nuñez;Tejidos del Lago;;;;\n"
    result = checked(tmp_path, text)
    assert [p.message("en") for p in result.problems] == [
        "row 5: the same person as row 2; imported once", "row 6: the same person as row 3; imported once"]
    assert result.errors == []
    imported = import_roster(db, workshop.id, result)
    assert (imported.created, imported.duplicate_rows) == (3, [5, 6])
    assert counts(db) == (3, 3)


def test_a_file_without_a_name_column_imports_nothing_even_skipping_bad_rows(db, workshop, tmp_path):
    result = checked(tmp_path, "Correo;País\nana@coop.gt;GT\n")
    assert [p.message("en") for p in result.problems] == [
        "row 1: no column holds the names: name one 'Nombre' or 'Name' (or 'Nombres' and 'Apellidos'), or choose it "
        "in the column mapping"]
    with pytest.raises(UserError) as error:
        import_roster(db, workshop.id, result, skip_bad_rows=True)
    assert error.value.code == "no-name-column"
    assert counts(db) == (0, 0)


def test_first_and_last_name_columns_make_the_name(db, workshop, tmp_path):
    result = checked(tmp_path, "Nombres,Apellidos,E-mail\nAna María,Núñez Pérez,ana@coop.gt\n", encoding="utf-8")
    import_roster(db, workshop.id, result)
    assert [p.name for p in roster(db, workshop.id)] == ["Ana María Núñez Pérez"]


def test_the_trainer_can_correct_the_guessed_columns(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Participante,Correo personal,Correo trabajo\nAna,ana@casa.gt,ana@coop.gt\n", encoding="utf-8")
    sheet = read_spreadsheet(path)
    mapping = guess_mapping(sheet.headers)
    assert mapping == {"name": 0, "email": 1}
    mapping = apply_overrides(sheet.headers, mapping, ["Correo trabajo=email", "B=ignore"])
    assert mapping == {"name": 0, "email": 2}
    assert preview(sheet, mapping).rows[0].profile.email == "ana@coop.gt"
    with pytest.raises(UserError) as error:
        apply_overrides(sheet.headers, mapping, ["Teléfono=email"])
    assert error.value.message("en") == ("the file has no column 'Teléfono'; its columns are: A 'Participante', "
                                         "B 'Correo personal', C 'Correo trabajo'")
    with pytest.raises(UserError) as error:
        apply_overrides(sheet.headers, mapping, ["C=phone"])
    assert error.value.code == "unknown-field"


def test_cancelling_an_import_saves_nothing(db, workshop, tmp_path):
    def cancel_at_second(done, total):
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_roster(db, workshop.id, checked(tmp_path, GOOD), progress=cancel_at_second)
    assert counts(db) == (0, 0)


def test_quick_add_enrols_a_walk_in_and_finds_someone_already_known(db, workshop, tmp_path):
    import_roster(db, workshop.id, checked(tmp_path, GOOD))
    person, created = add_and_enrol(db, workshop.id, ProfileInput(name="Luisa Fernández", organization="Coop",
                                                                  country="GT", sex="female"))
    assert created and person.name == "Luisa Fernández"
    again, created = add_and_enrol(db, workshop.id, ProfileInput(name="jose perez", email="JOSE@coop.gt"))
    assert not created and again.name == "José Pérez"
    assert counts(db) == (4, 4)
    with pytest.raises(UserError) as error:
        add_and_enrol(db, workshop.id, ProfileInput(name="Pedro", email="pedro@"))
    assert error.value.code == "bad-email"
    assert counts(db) == (4, 4)
