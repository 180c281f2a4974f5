"""Issuing again from the console: the same facts print the same certificates; changed facts are listed person by
person and replace nothing unless the trainer says Yes; and the first certificate waits for the organization to be
named."""

import pytest
from sqlalchemy import delete

from tests.certificates.conftest import BASICS_RIGHT
from tests.gui.console.conftest import PASSPHRASE
from trainer.certificates.issuing import list_certificates
from trainer.certificates.organization import NAME_SETTING, organization, organization_named
from trainer.certificates.verification import VALID, verify_code
from trainer.progress.service import complete_lesson, record_attempt
from trainer.storage.models import Participant, Setting
from trainer.workshops.service import record_attendance

WAIT = 20000


@pytest.fixture
def graduates(db, workshop, enrol, example_course):
    """Ana and Beto came to every session and passed every module."""
    people = enrol("Ana", "Beto")
    for person in people:
        record_attempt(db, person.id, example_course, "basics-quiz", BASICS_RIGHT)
        complete_lesson(db, person.id, example_course, "try-a-lab")
        for held in workshop.sessions:
            record_attendance(db, held.id, person.id, "present")
    return people


def certificates_page(on_workshop, qtbot):
    page = on_workshop(6)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    return page


def press_issue(page, qtbot):
    """Issue all eligible, typing the passphrase; returns once the console stopped working."""
    page.issue_button.click()
    page.passphrase_dialog.passphrase.setText(PASSPHRASE)
    page.passphrase_dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.job is None and not page.loading, timeout=WAIT)


def state(db, exports) -> tuple:
    """Every certificate (code, name, revoked) and every PDF's bytes."""
    files = {p: p.read_bytes() for p in sorted((exports / "certificates").rglob("*.pdf"))}
    return sorted((c.code, c.facts.name, c.revoked) for c in list_certificates(db)), files


def test_the_same_facts_print_the_same_certificates_without_asking(on_workshop, qtbot, db, graduates):
    page = certificates_page(on_workshop, qtbot)
    press_issue(page, qtbot)
    codes = {c.code for c in list_certificates(db)}
    press_issue(page, qtbot)
    assert page.reissue_dialog is None
    assert page.issue_status.text().startswith("✓ 0 new, 0 corrected (the old one revoked), 2 unchanged")
    assert {c.code for c in list_certificates(db)} == codes and not any(c.revoked for c in list_certificates(db))


def test_changed_facts_are_shown_and_no_changes_nothing(on_workshop, qtbot, db, exports, graduates):
    ana, beto = graduates
    page = certificates_page(on_workshop, qtbot)
    press_issue(page, qtbot)
    first = {c.facts.name: c.code for c in list_certificates(db)}
    with db.session() as session:
        session.get(Participant, ana.id).name = "Ana María Xoy"
    before = state(db, exports)

    press_issue(page, qtbot)
    dialog = page.reissue_dialog
    assert dialog is not None and dialog.isVisible()
    # Beto: nothing changes, so only Ana is listed
    assert dialog.model.rows == [[first["Ana"], "Ana", "name: “Ana” → “Ana María Xoy”"]]
    assert dialog.no_button.isDefault() and not dialog.yes_button.isDefault()
    assert not page.issue_button.isEnabled()  # one question at a time
    dialog.no_button.click()
    assert page.issue_status.text() == "Nothing was issued: the certificates already handed out stay valid as they are."
    assert state(db, exports) == before
    assert verify_code(db, first["Ana"]).status == VALID and page.issue_button.isEnabled()

    press_issue(page, qtbot)  # asked again; this time Yes
    page.reissue_dialog.yes_button.click()
    qtbot.waitUntil(lambda: page.job is None and not page.loading and page.issue_status.text().startswith("✓"),
                    timeout=WAIT)
    assert page.issue_status.text().startswith("✓ 0 new, 1 corrected (the old one revoked), 1 unchanged")
    valid = {c.facts.name: c.code for c in list_certificates(db) if not c.revoked}
    assert valid["Beto"] == first["Beto"] and "Ana María Xoy" in valid
    assert verify_code(db, first["Ana"]).status != VALID


def forget_the_name(db):
    """A laptop whose organizer predates the set-up naming the organization."""
    with db.session() as session:
        session.execute(delete(Setting).where(Setting.key == NAME_SETTING))


def test_the_first_certificate_waits_for_the_organization_to_be_named(on_workshop, qtbot, db, exports, graduates):
    forget_the_name(db)
    page = certificates_page(on_workshop, qtbot)
    assert page.org_name.text() == "" and "Not named yet" in page.org_name.placeholderText()

    page.issue_button.click()
    dialog = page.organization_dialog
    assert dialog.isVisible() and page.passphrase_dialog is None  # nothing is signed before it has a name
    assert "they would say “Trainer”, the name of the app" in dialog.intro.text()
    assert not dialog.save_button.isEnabled()
    dialog.reject()  # Cancel: still no name, no certificate
    assert not organization_named(db) and list_certificates(db) == []

    page.issue_button.click()
    dialog = page.organization_dialog
    dialog.name.setText("Cooperativa Tejidos del Lago")
    dialog.no_logo_button.click()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.passphrase_dialog is not None and page.passphrase_dialog.isVisible(), timeout=WAIT)
    assert organization(db).name == "Cooperativa Tejidos del Lago" and organization(db).logo is None
    assert page.org_name.text() == "Cooperativa Tejidos del Lago"
    page.passphrase_dialog.passphrase.setText(PASSPHRASE)
    page.passphrase_dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.job is None and not page.loading, timeout=WAIT)
    assert {c.facts.organization for c in list_certificates(db)} == {"Cooperativa Tejidos del Lago"}
