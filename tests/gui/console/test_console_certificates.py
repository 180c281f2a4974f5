"""Certificates in the console: who may receive one and why not, issuing them all, revoking, reprinting,
the organization on them and the key other laptops verify them with."""

import threading

import pytest
from sqlalchemy import select

from tests.certificates.conftest import BASICS_RIGHT
from tests.gui.console.conftest import PASSPHRASE
from trainer.certificates.issuing import list_certificates
from trainer.certificates.organization import organization
from trainer.progress.service import complete_lesson, record_attempt
from trainer.workshops.service import record_attendance

WAIT = 20000


@pytest.fixture
def class_of_three(db, workshop, enrol, example_course):
    """Ana passed everything and came to every session; Beto came but passed nothing; Carla came once."""
    ana, beto, carla = enrol("Ana", "Beto", "Carla")
    record_attempt(db, ana.id, example_course, "basics-quiz", BASICS_RIGHT)
    complete_lesson(db, ana.id, example_course, "try-a-lab")
    for held in workshop.sessions:
        for person in (ana, beto):
            record_attendance(db, held.id, person.id, "present")
    record_attendance(db, workshop.sessions[0].id, carla.id, "present")
    return ana, beto, carla


def certificates_page(on_workshop, qtbot):
    page = on_workshop(6)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    return page


def issue_all(page, qtbot, passphrase=PASSPHRASE, wait=True):
    """Press Issue all eligible and type the organization key's passphrase when asked."""
    page.issue_button.click()
    dialog = page.passphrase_dialog
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    dialog.passphrase.setText(passphrase)
    dialog.ok_button.click()
    assert dialog.passphrase.text() == ""  # not kept
    if wait:
        qtbot.waitUntil(lambda: page.job is None and not page.loading, timeout=WAIT)


def pdfs(exports):
    return sorted((exports / "certificates").rglob("*.pdf")) if (exports / "certificates").exists() else []


def test_eligibility_says_who_gets_which_certificate_and_why_not(on_workshop, qtbot, class_of_three):
    page = certificates_page(on_workshop, qtbot)
    rows = {row[0]: row for row in page.eligible_model.rows}
    assert rows["Ana"][1:3] == ["✓ Completion", "12"]
    assert rows["Beto"][1] == "✓ Participation" and "module 'The basics' is not passed yet" in rows["Beto"][3]
    assert rows["Carla"][1] == "— Not yet"
    assert rows["Carla"][3].startswith("attended 4 of 12 hours (33.3 %), below the 80 %")
    assert page.counts.text() == "Completion: 1 · Participation: 1 · Not yet: 1"
    page.eligible_table.selectRow(2)  # the whole reason, which the table cuts short
    assert page.why.text() == "Carla: " + rows["Carla"][3] and page.why.isVisible()
    assert page.issue_button.isEnabled() and not page.revoke_button.isEnabled()


def test_issue_all_eligible_in_one_pdf_then_print_it(on_workshop, qtbot, db, exports, opened, class_of_three):
    page = certificates_page(on_workshop, qtbot)
    assert page.one_file.isChecked()
    issue_all(page, qtbot)
    [path] = pdfs(exports)
    assert path.name == "Taller-Solola_a4.pdf" and path.read_bytes().startswith(b"%PDF")
    assert page.issue_status.text() == ("✓ 2 new, 0 corrected (the old one revoked), 0 unchanged (printed again); "
                                        "1 not eligible yet.")
    page.file_actions.print_button.click()
    assert opened == [path]
    listed = {row[1]: row for row in page.issued_model.rows}
    assert set(listed) == {"Ana", "Beto"}
    assert listed["Ana"][2] == "Completion" and listed["Beto"][2] == "Participation"
    assert listed["Ana"][4] == "✓ Valid"
    assert {c.code for c in list_certificates(db)} == {row[0] for row in page.issued_model.rows}


def test_one_pdf_per_person_on_letter_paper_and_a_reprint(on_workshop, qtbot, exports, opened, class_of_three):
    page = certificates_page(on_workshop, qtbot)
    page.per_person.setChecked(True)
    page.paper.setCurrentIndex(page.paper.findData("letter"))
    issue_all(page, qtbot)
    files = pdfs(exports)
    assert [f.name.split("_")[0] for f in files] == ["Ana", "Beto"]
    assert page.file_actions.label.text() == f"✓ 2 PDF files saved in {files[0].parent}"
    assert page.file_actions.folder_button.isVisible() and not page.file_actions.print_button.isVisible()
    page.file_actions.folder_button.click()
    assert opened == [files[0].parent]

    page.issued_table.selectRow(0)
    page.reprint_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert page.file_actions.path.suffix == ".pdf" and page.file_actions.print_button.isVisible()
    assert page.file_actions.path.name.endswith(f"{page.issued_model.rows[0][0]}.pdf")


def test_revoke_asks_a_reason_and_verifying_then_says_revoked(on_workshop, qtbot, db, exports, class_of_three):
    page = certificates_page(on_workshop, qtbot)
    issue_all(page, qtbot)
    row = next(i for i, cells in enumerate(page.issued_model.rows) if cells[1] == "Beto")
    code = page.issued_model.rows[row][0]
    page.issued_table.selectRow(row)
    page.revoke_button.click()
    dialog = page.revoke_dialog
    assert not dialog.revoke_button.isEnabled()  # a reason is required
    dialog.reason.setText("   ")
    assert not dialog.revoke_button.isEnabled()
    dialog.reason.setText("issued by mistake")
    assert not dialog.revoke_button.isEnabled()  # and the passphrase, to sign the revocation
    dialog.passphrase.setText(PASSPHRASE)
    dialog.revoke_button.click()
    assert dialog.passphrase.text() == ""  # not kept
    qtbot.waitUntil(lambda: not page.writing and not page.loading, timeout=WAIT)
    status = next(cells[4] for cells in page.issued_model.rows if cells[0] == code)
    assert status.startswith("⊘ Revoked on ") and status.endswith(": issued by mistake")
    assert [c.revoked_reason for c in list_certificates(db) if c.code == code] == ["issued by mistake"]

    page.issued_table.selectRow(row)
    assert not page.revoke_button.isEnabled()  # already revoked
    page.verify_button.click()
    verify = page.verify_dialog
    assert verify.subject.text() == code
    verify.verify_button.click()
    qtbot.waitUntil(lambda: not verify.busy, timeout=WAIT)
    assert verify.verdict.text() == "⊘  Revoked"
    assert verify.why.text().startswith("revoked on ") and verify.why.text().endswith(": issued by mistake")
    assert verify.fact_values["name"].text() == "Beto"

    verify.verify_pdf(page.file_actions.path)  # the printed batch: the revoked page is shown first
    qtbot.waitUntil(lambda: not verify.busy, timeout=WAIT)
    assert verify.page_label.text() == "1 of 2 certificates in this PDF are valid. Sho&w:"
    assert verify.verdict.text() == "⊘  Revoked" and verify.fact_values["name"].text() == "Beto"


def test_cancel_during_a_batch_leaves_no_certificate_and_no_file(on_workshop, qtbot, db, exports, monkeypatch,
                                                               class_of_three):
    from trainer.certificates import issuing

    drawing = threading.Event()
    real_render = issuing.render_certificates

    def slow_render(*args, **kwargs):  # the batch waits until the trainer has pressed Cancel
        drawing.wait(10)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(issuing, "render_certificates", slow_render)
    page = certificates_page(on_workshop, qtbot)
    page.per_person.setChecked(True)
    issue_all(page, qtbot, wait=False)
    assert page.job.dialog.isVisible()
    page.job.dialog.canceled.emit()  # the trainer presses Cancel
    drawing.set()
    qtbot.waitUntil(lambda: page.job is None, timeout=WAIT)
    assert page.issue_status.text() == "Cancelled: no certificate was issued and no file was written."
    assert pdfs(exports) == [] and list_certificates(db) == []
    assert not page.file_actions.isVisible() and page.issue_button.isEnabled()


def test_organization_name_and_logo_then_share_the_public_key(on_workshop, qtbot, db, tmp_path, monkeypatch):
    from trainer.certificates.organization import DEFAULT_LOGO

    page = on_workshop(6)
    page.org_name.setText("Cámara de Comercio de Sololá")
    page.save_name_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert organization(db).name == "Cámara de Comercio de Sololá"
    assert page.org_status.text() == "✓ Saved: new certificates will show it."

    page.no_logo_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert organization(db).logo is None and page.logo.text() == "(none)"
    monkeypatch.setattr(page, "choose_logo_file", lambda: DEFAULT_LOGO)
    page.logo_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert organization(db).logo.name == "organization-logo.png"
    assert not page.logo.pixmap().isNull() and page.logo.pixmap().height() == 40

    not_a_logo = tmp_path / "logo.png"
    not_a_logo.write_text("hello")
    monkeypatch.setattr(page, "choose_logo_file", lambda: not_a_logo)
    page.logo_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert page.org_status.text() == f"⚠ the logo {not_a_logo} is not a PNG or JPEG image"
    assert organization(db).logo.name == "organization-logo.png"  # unchanged

    key_file = tmp_path / "usb" / "solola.pub"
    key_file.parent.mkdir()
    monkeypatch.setattr(page, "choose_key_target", lambda: key_file)
    page.export_key_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert key_file.read_text().startswith("Trainer certificate key\nKey id: ")
    assert f"saved in {key_file}" in page.key_status.text()
    monkeypatch.setattr(page, "choose_key_file", lambda: key_file)
    page.import_key_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert page.key_status.text().startswith("✓ This laptop already trusted key ")
    monkeypatch.setattr(page, "choose_key_file", lambda: not_a_logo)
    page.import_key_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert page.key_status.text().startswith(f"⚠ {not_a_logo} is not a Trainer public key")


def test_ctrl_7_and_ctrl_8_open_certificates_and_usb_sticks(console, qtbot):
    from PySide6.QtCore import Qt

    console.activateWindow()
    qtbot.waitActive(console)
    for key, page in ((Qt.Key_7, console.certificates), (Qt.Key_8, console.bundles)):
        qtbot.keyClick(console.nav, key, Qt.ControlModifier)
        assert console.pages.currentWidget() is page
    assert [console.nav.item(i).text() for i in (6, 7)] == ["Certificates", "USB sticks"]


# -- signing needs the organization key's passphrase, every time ----------------------------------------------


def test_issuing_asks_the_passphrase_each_time_and_refuses_a_wrong_one(on_workshop, qtbot, db, exports,
                                                                     organizer, class_of_three):
    from trainer.storage.models import Certificate

    page = certificates_page(on_workshop, qtbot)
    page.issue_button.click()
    page.passphrase_dialog.reject()  # Cancel: nothing is issued
    assert page.job is None and list_certificates(db) == []

    issue_all(page, qtbot, passphrase="tejidos del lagoo")
    assert page.issue_status.text() == ("⚠ That passphrase does not open the organization's key (capital letters "
                                        "and spaces count). No certificate was issued.")
    assert list_certificates(db) == [] and pdfs(exports) == []
    assert page.issue_button.isEnabled()

    issue_all(page, qtbot)  # asked again, not remembered from before
    assert page.issue_status.text().startswith("✓ 2 new")
    with db.session() as session:
        assert set(session.scalars(select(Certificate.issued_by_id))) == {organizer.actor_id}


def test_revoking_asks_the_passphrase_and_refuses_a_wrong_one(on_workshop, qtbot, db, exports, organizer,
                                                              class_of_three):
    from trainer.storage.models import TrustEvent

    page = certificates_page(on_workshop, qtbot)
    issue_all(page, qtbot)
    page.issued_table.selectRow(0)
    code = page.issued_model.rows[0][0]
    page.revoke_button.click()
    page.revoke_dialog.reason.setText("typo in the name")
    page.revoke_dialog.passphrase.setText("not the passphrase")
    page.revoke_dialog.revoke_button.click()
    qtbot.waitUntil(lambda: not page.writing, timeout=WAIT)
    assert page.issued_status.text() == (f"⚠ That passphrase does not open the organization's key (capital letters "
                                         f"and spaces count). {code} was not revoked.")
    assert not any(c.revoked for c in list_certificates(db))

    page.issued_table.selectRow(0)
    page.revoke_button.click()
    assert page.revoke_dialog.passphrase.text() == ""  # asked again
    page.revoke_dialog.reason.setText("typo in the name")
    page.revoke_dialog.passphrase.setText(PASSPHRASE)
    page.revoke_dialog.revoke_button.click()
    qtbot.waitUntil(lambda: not page.writing and not page.loading, timeout=WAIT)
    assert page.issued_status.text() == f"{code} revoked."
    assert [c.code for c in list_certificates(db) if c.revoked] == [code]
    with db.session() as session:
        actors = set(session.scalars(select(TrustEvent.actor_id).where(TrustEvent.action == "certificate-revoked")))
    assert actors == {organizer.actor_id}


# -- keys other organizations' bundles offered ---------------------------------------------------------------


@pytest.fixture
def atitlan_certificate(tmp_path, monkeypatch):
    """A certificate signed on another organization's laptop, whose public key a bundle from 'Aula 2' offered here."""
    import os
    from datetime import date

    from trainer.certificates.keys import create_signing_key, export_public_key, offer_public_key, signing_key
    from trainer.certificates.statement import Facts, sign

    here = os.environ["TRAINER_HOME"]
    monkeypatch.setenv("TRAINER_HOME", str(tmp_path / "atitlan-laptop"))
    key_id = create_signing_key("Cooperativa de Atitlán", "their own passphrase")
    export_public_key(tmp_path / "atitlan.pub", "Cooperativa de Atitlán")
    _, private = signing_key("Cooperativa de Atitlán", "their own passphrase")
    statement = sign(Facts("TRN-2345-6789", "Lucía Xoy", "participation", "Curso de ejemplo", 8.0, None,
                           "Panajachel", "Marta Coc", "Cooperativa de Atitlán", date(2026, 3, 6), "es", "example",
                           ("basics",), key_id), private)
    monkeypatch.setenv("TRAINER_HOME", here)
    offered, new = offer_public_key((tmp_path / "atitlan.pub").read_bytes(), "Aula 2")
    assert new
    return offered, statement


def keys_page(console, qtbot):
    console.show_section(6)
    page = console.pages.currentWidget()
    qtbot.waitUntil(lambda: page.own_fingerprint.isVisible(), timeout=WAIT)
    return page


def verify_token(page, qtbot, token: str):
    page.verify_button.click()
    dialog = page.verify_dialog
    dialog.subject.setText(token)
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    return dialog


def test_this_organizations_key_fingerprint_is_shown_to_read_aloud(console, qtbot):
    from trainer.certificates.keys import known_keys

    [own] = known_keys().values()
    page = keys_page(console, qtbot)
    assert page.own_fingerprint.text() == own.fingerprint and len(own.fingerprint.replace(" ", "")) == 16
    assert page.own_key.text() == (f"This organization's key is {own.key_id}. Its fingerprint, to read aloud to "
                                   "whoever approves it on another laptop:")
    assert not page.offered_box.isVisible()  # no bundle offered a key: nothing to approve


def test_an_offered_key_is_approved_only_after_the_organization_confirms_its_fingerprint(
        console, qtbot, db, organizer, atitlan_certificate):
    from trainer.certificates.keys import known_keys, offered_keys
    from trainer.storage.models import TrustEvent

    offered, statement = atitlan_certificate
    page = keys_page(console, qtbot)
    qtbot.waitUntil(lambda: page.offered_box.isVisible(), timeout=WAIT)
    assert page.offered_model.rows == [["Cooperativa de Atitlán", "Aula 2", offered.key_id, offered.fingerprint]]
    assert page.approve_key_button.isEnabled()

    verify = verify_token(page, qtbot, statement.token)
    assert verify.verdict.text() == "?  Unknown key"
    assert verify.why.text().endswith(f"then approve it with: trainer keys approve {offered.key_id}")
    assert verify.hint.isVisible() and verify.hint.text() == (
        "A trainer or organizer approves it in the Trainer console: Certificates ▸ Keys offered by bundles ▸ "
        "Approve this key…")
    verify.close()

    page.approve_key_button.click()  # No: the organization read other digits, or could not be reached
    approval = page.key_approval
    assert approval.isVisible() and approval.windowTitle() == "Approve an organization's key"
    assert approval.fingerprint.text() == offered.fingerprint
    assert approval.question.text().startswith("Does the organization confirm these same 16 digits? (they read them "
                                               "with 'trainer keys list' or in their console")
    assert approval.no_button.isDefault()
    approval.no_button.click()
    assert page.key_status.text() == (f"Not approved: certificates signed with key {offered.key_id} still answer "
                                      "“unknown key”.")
    assert list(offered_keys()) == [offered.key_id] and offered.key_id not in known_keys()
    assert verify_token(page, qtbot, statement.token).verdict.text() == "?  Unknown key"
    page.verify_dialog.close()

    page.approve_key_button.click()  # Yes: the same 16 digits
    page.key_approval.yes_button.click()
    qtbot.waitUntil(lambda: not page.approving_key and not page.offered_box.isVisible(), timeout=WAIT)
    assert page.key_status.text() == (f"✓ This laptop now trusts key {offered.key_id} (Cooperativa de Atitlán): its "
                                      "certificates verify here.")
    assert offered_keys() == {} and offered.key_id in known_keys()
    verify = verify_token(page, qtbot, statement.token)
    assert verify.verdict.text() == "✓  Valid"
    assert verify.why.text().startswith(f"valid: signed by Cooperativa de Atitlán with key {offered.key_id}")
    with db.session() as session:
        events = session.execute(select(TrustEvent.actor_id, TrustEvent.detail)
                                 .where(TrustEvent.action == "approve-key")).all()
    assert [(actor, detail.split()[0]) for actor, detail in events] == [(organizer.actor_id, offered.key_id)]
    assert offered.fingerprint in events[0][1]
