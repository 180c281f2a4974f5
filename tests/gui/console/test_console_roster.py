"""Putting people on the roster from the console: typed with the keyboard, or imported from a spreadsheet."""

from PySide6.QtCore import Qt

from trainer.people.service import list_participants
from trainer.workshops.service import roster

ROSTER_CSV = (
    "Nombre;Organización;Sector;País;Sexo;Correo\n"
    "Ana López;Cooperativa del Lago;Privado;Guatemala;F;ana@example.org\n"
    "Beto Ruiz;Ministerio;Público;GT;M;beto(at)example\n"
    "Carla Díaz;UVG;Academia;Honduras;Mujer;\n"
)


def names(page):
    return [row[0] for row in page.model.rows]


def test_quick_add_three_people_with_the_keyboard(on_workshop, qtbot, db, workshop):
    page = on_workshop(1)
    fields = page.fields
    assert fields.country.currentData() == "GT"  # the workshop's country, ready for everyone
    qtbot.keyClicks(fields.name, "Ana Lopez")
    qtbot.keyClicks(fields.organization, "Cooperativa del Lago")
    qtbot.keyClick(fields.organization, Qt.Key_Return)
    assert fields.name.text() == "" and fields.organization.text() == ""
    qtbot.waitUntil(lambda: page.quick_done.text() == "✓ Ana Lopez added")
    qtbot.keyClicks(fields.name, "Beto Ruiz")
    fields.sex.setCurrentIndex(fields.sex.findData("male"))
    qtbot.keyClick(fields.sex, Qt.Key_Return)  # Enter saves from a drop-down too
    qtbot.keyClicks(fields.name, "Carla Diaz")
    qtbot.keyClicks(fields.email, "carla@example")
    qtbot.keyClick(fields.email, Qt.Key_Return)
    assert "'carla@example' is not an e-mail address" in page.quick_error.text()
    assert fields.name.text() == "Carla Diaz"  # nothing lost: fix and press Enter again
    fields.email.setText("carla@example.org")
    qtbot.keyClick(fields.email, Qt.Key_Return)

    qtbot.waitUntil(lambda: names(page) == ["Ana Lopez", "Beto Ruiz", "Carla Diaz"])
    assert page.count.text() == "People enrolled: 3"
    assert page.model.rows[1][4] == "Male" and page.model.rows[2][5] == "carla@example.org"
    assert [p.name for p in roster(db, workshop.id)] == ["Ana Lopez", "Beto Ruiz", "Carla Diaz"]
    assert fields.name.text() == "" and page.focusWidget() is fields.name


def test_import_a_spreadsheet_with_one_bad_row(on_workshop, qtbot, db, workshop, tmp_path):
    path = tmp_path / "inscritos.csv"
    path.write_text(ROSTER_CSV, encoding="utf-8")
    page = on_workshop(1)
    page.import_file(path)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    dialog = page.dialog
    assert dialog.count.text() == (
        "3 rows · ready to import: 2 · with errors (marked ⚠): 1 · repeated (imported once): 0")
    bad = dialog.model.rows[1]
    assert bad[0] == "3" and bad[1].startswith("⚠ ") and "'beto(at)example' is not an e-mail address" in bad[1]
    assert dialog.model.flagged == [False, True, False]
    assert "row 3, column 'Correo' (F)" in dialog.model.tips[1]
    assert [combo.currentData() for combo in dialog.combos] == [
        "name", "organization", "sector", "country", "sex", "email"]
    assert not dialog.import_button.isEnabled()

    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "new participant" in page.import_result.text(), timeout=5000)
    assert "2 new participant(s)" in page.import_result.text()
    qtbot.waitUntil(lambda: not page.loading)  # the roster is fetched again off the GUI thread
    assert names(page) == ["Ana López", "Carla Díaz"]

    page.dialog = None
    page.import_file(path)  # the same file again
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    page.dialog.skip.setChecked(True)
    page.dialog.import_button.click()
    qtbot.waitUntil(lambda: "0 new participant(s)" in page.import_result.text(), timeout=5000)
    assert "2 already known; 0 enrolled now, 2 were already enrolled" in page.import_result.text()
    assert names(page) == ["Ana López", "Carla Díaz"]
    assert len(list_participants(db)) == 3  # and the organizer


def test_changing_a_column_mapping_reads_the_rows_again(on_workshop, qtbot, db, workshop, tmp_path):
    path = tmp_path / "inscritos.csv"
    path.write_text(ROSTER_CSV, encoding="utf-8")
    page = on_workshop(1)
    page.import_file(path)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
    dialog = page.dialog
    email = dialog.combos[5]
    email.setCurrentIndex(email.findData("ignore"))
    email.activated.emit(email.currentIndex())
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)  # no e-mail read, so no bad row left
    assert dialog.count.text().startswith("3 rows · ready to import: 3 · with errors (marked ⚠): 0")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: len(page.model.rows) == 3, timeout=5000)
    assert all(person.email is None for person in roster(db, workshop.id))


def test_a_file_that_cannot_be_read_says_why(on_workshop, qtbot, tmp_path):
    path = tmp_path / "inscritos.ods"
    path.write_text("x")
    page = on_workshop(1)
    page.import_file(path)
    qtbot.waitUntil(page.import_error.isVisible, timeout=5000)
    assert "Trainer reads .csv and .xlsx files" in page.import_error.text() and page.dialog is None


def test_make_a_trainer_with_a_new_pin_then_a_participant_again(on_workshop, qtbot, db, enrol, organizer):
    from trainer.people.service import role_of
    from trainer.storage.models import Account
    from trainer.trust import prove

    (ana,) = enrol("Ana")
    page = on_workshop(1)
    assert not page.role_button.isEnabled()  # nobody chosen yet
    page.table.selectRow(0)
    assert page.role_button.isEnabled()
    page.role_button.click()
    dialog = page.role_dialog
    assert [dialog.role.itemData(i) for i in range(dialog.role.count())] == ["trainer", "organizer", "participant"]
    assert dialog.role.currentData() == "trainer" and dialog.pin.isEnabled()
    dialog.pin.setText("1234")
    dialog.pin_again.setText("1234")
    dialog.save_button.click()
    assert dialog.error.text() == "⚠ The PIN must have 6 to 8 digits." and dialog.isVisible()
    dialog.pin.setText("864200")
    dialog.pin_again.setText("864201")
    dialog.save_button.click()
    assert dialog.error.text() == "⚠ The two PINs are not the same."
    dialog.pin_again.setText("864200")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not page.granting and not page.loading, timeout=5000)
    assert page.role_status.text() == ("✓ Ana is now a trainer on this laptop: they open the console with their "
                                       "new PIN.")
    assert role_of(db, ana.id) == "trainer" and page.model.rows[0][6] == "Trainer"
    assert prove(db, ana.id, "864200").name == "Ana"
    with db.session() as session:
        assert session.get(Account, ana.id).granted_by_id == organizer.actor_id

    page.table.selectRow(0)
    page.role_button.click()
    page.role_dialog.role.setCurrentIndex(page.role_dialog.role.findData("participant"))
    assert not page.role_dialog.pin.isEnabled()
    page.role_dialog.save_button.click()
    qtbot.waitUntil(lambda: not page.granting and not page.loading, timeout=5000)
    assert page.role_status.text() == "✓ Ana is a participant again: they can no longer open the console."
    assert role_of(db, ana.id) == "participant" and page.model.rows[0][6] == ""


def test_without_a_trainers_proof_nobody_is_made_a_trainer(on_workshop, context, enrol):
    enrol("Ana")
    context.proof = None
    page = on_workshop(1)
    page.table.selectRow(0)
    assert not page.role_button.isEnabled()
