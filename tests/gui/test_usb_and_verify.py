"""A participant's laptop and the USB stick (prepare it for a workshop, save my progress), and checking a
certificate with the Verify dialog, as the people using them would."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from tests.certificates.conftest import LONG_NAME, PASSPHRASE, make_room
from trainer.bundles.archive import read_archive
from trainer.bundles.service import export_participant_bundle, export_workshop_bundle
from trainer.people.service import ProfileInput, add_participant, list_participants
from trainer.progress.service import complete_lesson
from trainer.workshops.service import create_workshop, enrol

WAIT = 20000


@pytest.fixture
def usb(tmp_path, monkeypatch):
    """A USB stick the person chooses in the file dialogs."""
    stick = tmp_path / "USB"
    stick.mkdir()
    monkeypatch.setattr("trainer.gui.usb.choose_folder", lambda parent, title: stick)
    return stick


def choose_file(monkeypatch, path):
    monkeypatch.setattr("trainer.gui.usb.choose_bundle_file", lambda parent, title: path)


def trainers_file(db, usb, example_course):
    """The trainer's laptop (`db`) writes a workshop file with Rosa as trainer and two participants."""
    trainer = add_participant(db, ProfileInput(name="Rosa Pérez"))
    workshop = create_workshop(db, "Taller Sololá", "example", trainer_id=trainer.id)
    people = [add_participant(db, ProfileInput(name=name, country="GT")) for name in ("Ana Núñez", "Beto Ruiz")]
    enrol(db, workshop.id, [p.id for p in people])
    return export_workshop_bundle(db, workshop.id, example_course, usb / "taller.trainer")


def test_prepare_a_participants_laptop_from_the_trainers_file(window, qtbot, db, usb, monkeypatch,
                                                              example_course):
    from trainer.gui.usb import prepare_this_laptop
    from trainer.trust import this_laptop_fingerprint

    choose_file(monkeypatch, trainers_file(db, usb, example_course))
    preparing = prepare_this_laptop(window, window.context)  # a laptop with no trainer: no PIN is asked
    assert preparing.pin_dialog is None
    qtbot.waitUntil(lambda: preparing.approval is not None, timeout=WAIT)
    approval = preparing.approval  # the trainer's laptop is new here: compare its fingerprint first
    assert approval.fingerprint.text() == this_laptop_fingerprint(db)
    assert approval.question.text() == ("Does the trainer's laptop show these same 16 digits? (Trainer console ▸ "
                                        "USB sticks ▸ This laptop's fingerprint)")
    assert list_participants(window.context.database) == []  # looking changed nothing

    with qtbot.waitSignal(preparing.prepared, timeout=WAIT):
        approval.yes_button.click()
    assert preparing.message.text().startswith("✓ This laptop is ready. Workshop: Taller Sololá: 2 people on the "
                                               "roster.")
    assert sorted(p.name for p in list_participants(window.context.database)) == [
        "Ana Núñez", "Beto Ruiz", "Rosa Pérez"]

    again = prepare_this_laptop(window, window.context)  # the same file twice: nothing to ask
    qtbot.waitUntil(lambda: again.message is not None, timeout=WAIT)
    assert again.approval is None and again.question is None
    assert again.message.text().startswith("✓ This laptop already has everything in ")


def test_different_digits_import_nothing(window, qtbot, db, usb, monkeypatch, example_course):
    from trainer.gui.usb import prepare_this_laptop

    choose_file(monkeypatch, trainers_file(db, usb, example_course))
    preparing = prepare_this_laptop(window, window.context)
    qtbot.waitUntil(lambda: preparing.approval is not None, timeout=WAIT)
    assert preparing.approval.no_button.isDefault()  # Enter never approves by accident
    preparing.approval.no_button.click()
    assert preparing.message.text().startswith("⚠ Nothing was imported: this laptop was not changed.")
    assert list_participants(window.context.database) == []

    again = prepare_this_laptop(window, window.context)  # still not approved: asked again
    qtbot.waitUntil(lambda: again.approval is not None, timeout=WAIT)


def test_a_laptop_with_trainers_asks_one_of_them_first(window, qtbot, db, usb, monkeypatch, example_course):
    from trainer.gui.usb import prepare_this_laptop
    from trainer.storage.models import TrustEvent
    from trainer.trust import set_up_organization

    here = window.context.database
    marta = set_up_organization(here, "Cooperativa", ProfileInput(name="Marta Solís"), "135790", "tejidos del lago")
    chosen = []
    path = trainers_file(db, usb, example_course)
    monkeypatch.setattr("trainer.gui.usb.choose_bundle_file", lambda parent, title: chosen.append(title) or path)
    preparing = prepare_this_laptop(window, window.context)
    dialog = preparing.pin_dialog
    assert dialog.isVisible() and chosen == []  # the file is chosen only after a trainer here proved it
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Marta Solís"]
    dialog.pin.setText("000000")
    dialog.check()
    qtbot.waitUntil(lambda: not dialog.checking, timeout=WAIT)
    assert dialog.error.text() == "⚠ That PIN is not right. Try again." and dialog.isVisible() and chosen == []
    dialog.pin.setText("135790")
    dialog.check()
    qtbot.waitUntil(lambda: preparing.approval is not None, timeout=WAIT)
    assert len(chosen) == 1
    with qtbot.waitSignal(preparing.prepared, timeout=WAIT):
        preparing.approval.yes_button.click()
    with here.session() as session:
        approvals = list(session.scalars(select(TrustEvent.actor_id).where(TrustEvent.action == "approve-laptop")))
    assert approvals == [marta.actor_id]
    assert "Ana Núñez" in [p.name for p in list_participants(here)]

    cancelled = prepare_this_laptop(window, window.context)  # Cancel at the PIN: nothing is chosen or read
    cancelled.pin_dialog.reject()
    assert len(chosen) == 1 and cancelled.job is None


def test_a_learners_progress_file_does_not_prepare_a_laptop(window, qtbot, db, usb, monkeypatch):
    ana = add_participant(db, ProfileInput(name="Ana Núñez"))
    choose_file(monkeypatch, export_participant_bundle(db, ana.id, usb / "ana.trainer"))
    from trainer.gui.usb import prepare_this_laptop

    preparing = prepare_this_laptop(window, window.context)
    qtbot.waitUntil(lambda: preparing.message is not None, timeout=WAIT)
    assert preparing.message.text().startswith(
        "⚠ ana.trainer is not a workshop file: it holds Progress of Ana Núñez.")
    assert preparing.question is None and list_participants(window.context.database) == []


def test_a_learner_saves_progress_to_the_usb_stick(learner, qtbot, usb):
    from trainer.gui.usb import save_my_progress

    context = learner.context
    course = context.course("example")
    complete_lesson(context.database, context.participant.id, course, "welcome")
    saving = save_my_progress(learner, context)
    qtbot.waitUntil(lambda: saving.message is not None, timeout=WAIT)
    [written] = usb.iterdir()
    assert written == saving.path and written.name.startswith("progress-ana-nunez-") and written.suffix == ".trainer"
    bundle = read_archive(written)
    assert bundle.kind == "participant" and bundle.manifest["subject"]["name"] == "Ana Núñez"
    text = saving.message.text()
    assert text.startswith(f"✓ Your progress is saved in this file:\n{written}\n")
    assert "give it to your trainer" in text

    saving = save_my_progress(learner, context)  # saving again replaces the file with the latest progress
    qtbot.waitUntil(lambda: saving.message is not None, timeout=WAIT)
    assert list(usb.iterdir()) == [written]


def test_a_stick_that_cannot_be_written_says_so(learner, qtbot, tmp_path, monkeypatch):
    from trainer.gui.usb import save_my_progress

    not_a_folder = tmp_path / "USB"
    not_a_folder.write_text("a file where the stick should be")
    monkeypatch.setattr("trainer.gui.usb.choose_folder", lambda parent, title: not_a_folder)
    saving = save_my_progress(learner, learner.context)
    qtbot.waitUntil(lambda: saving.message is not None, timeout=WAIT)
    assert saving.path is None
    assert saving.message.text().startswith("⚠ Your progress could not be saved: ")
    assert "your progress is still on this laptop" in saving.message.text()


# -- verifying ---------------------------------------------------------------------------------------------


@pytest.fixture
def issued(db, example_course):
    """Two graduates of a workshop and their certificates, printed together in one PDF."""
    from trainer.certificates.issuing import issue_workshop_certificates

    room = make_room(db, example_course)
    room.graduate()
    room.graduate("Beto Ruiz", "en")
    return issue_workshop_certificates(db, room.workshop.id, example_course, one_file=True,
                                       issued_by_id=room.trainer.id, passphrase=PASSPHRASE)


@pytest.fixture
def dialog(qtbot, qapp, db):
    from trainer.courses.loader import load_course
    from trainer.gui.context import AppContext
    from trainer.gui.i18n import install_language
    from trainer.gui.verify import VerifyDialog
    from tests.conftest import EXAMPLE_COURSE

    install_language("en")
    context = AppContext("en")
    context.database = db
    context.course_loads = [load_course(EXAMPLE_COURSE, deep=False)]
    verify = VerifyDialog(context)
    qtbot.addWidget(verify)
    verify.show()
    return verify


def check(qtbot, dialog, typed: str):
    dialog.subject.setText(typed)
    qtbot.keyClick(dialog.subject, Qt.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def test_a_pasted_qr_text_is_valid_and_shows_the_signed_facts(qtbot, dialog, issued):
    maria = next(o.certificate for o in issued.outcomes if o.certificate.facts.name == LONG_NAME)
    check(qtbot, dialog, maria.statement.token + "\n")
    assert dialog.verdict.text() == "✓  Valid"
    assert dialog.why.text().startswith("valid: signed by Trainer with key ")
    facts = {key: label.text() for key, label in dialog.fact_values.items()}
    assert facts["name"] == LONG_NAME and facts["code"] == maria.code and facts["kind"] == "Completion"
    assert facts["hours"] == "10 hours" and facts["dates"] == "2–6 March 2026"
    assert facts["place"] == "Sololá, Guatemala" and facts["trainer"] == "Rosa Elena Pérez"
    assert dialog.facts_box.title() == "What the certificate states (signed)" and dialog.compare.isVisible()


def test_a_tampered_statement_is_altered(qtbot, dialog, issued):
    token = issued.outcomes[0].certificate.statement.token
    fields = token.split("|")
    fields[5] = "120"  # someone raised the hours
    check(qtbot, dialog, "|".join(fields))
    assert dialog.verdict.text() == "✗  Altered"
    assert dialog.why.text().startswith("altered: the signature does not match what the statement says")
    assert dialog.fact_values["hours"].text() == "120 hours"
    assert dialog.facts_box.title() == "What it says (not confirmed by a valid signature)"
    assert not dialog.compare.isVisible()


def test_an_unknown_code_and_a_half_typed_code(qtbot, dialog, issued):
    check(qtbot, dialog, "TRN-2222-2222")
    assert dialog.verdict.text() == "?  Unknown code"
    assert dialog.why.text().startswith("unknown code: no certificate TRN-2222-2222 on this laptop")
    assert dialog.fact_values["name"].text() == ""
    check(qtbot, dialog, "TRN-7K3")
    assert dialog.verdict.text() == "?  Unknown code" and "is not a whole code" in dialog.why.text()


def test_a_batch_pdf_shows_each_certificate_in_it(qtbot, dialog, issued, monkeypatch, tmp_path):
    [pdf] = issued.files
    monkeypatch.setattr(dialog, "choose_pdf", lambda: pdf)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.page_choice.isVisible() and dialog.page_choice.count() == 2
    assert dialog.page_label.text() == "2 of 2 certificates in this PDF are valid. Sho&w:"
    assert dialog.page_choice.itemText(1) == "2. ✓ Valid — María de los Ángeles Domínguez Ñúñez"
    dialog.page_choice.setCurrentIndex(1)
    assert dialog.fact_values["name"].text() == LONG_NAME

    not_a_pdf = tmp_path / "certificado.pdf"
    not_a_pdf.write_text("hello")
    monkeypatch.setattr(dialog, "choose_pdf", lambda: not_a_pdf)
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.verdict.text() == "⚠  Cannot check" and dialog.why.text() == f"{not_a_pdf} is not a PDF file"
    assert not dialog.page_choice.isVisible()


def test_a_page_changed_after_signing_shows_what_it_says_beside_the_signed_facts(qtbot, dialog, issued,
                                                                                example_course, tmp_path):
    from types import SimpleNamespace

    from tests.certificates.test_verification import forged_page

    maria = next(o.certificate for o in issued.outcomes if o.certificate.facts.name == LONG_NAME)
    forged = tmp_path / "certificado.pdf"  # the genuine statement and QR code, another name and hours on the page
    forged.write_bytes(forged_page(SimpleNamespace(course=example_course), maria.statement,
                                   name="Juan Carlos Pérez López", hours=40))
    dialog.verify_pdf(forged)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.verdict.text() == "✗  Page does not match"
    assert dialog.why.text() == ("page does not match its signed statement: page 1 does not show what was signed "
                                 f"(name “{LONG_NAME}”, hours “10 horas”); the page was changed after signing, "
                                 "so only the signed facts count")
    assert dialog.facts_box.title() == "What the certificate states (signed)"  # the statement itself is genuine
    assert dialog.fact_values["name"].text() == LONG_NAME and dialog.fact_values["hours"].text() == "10 hours"
    marks = {key: mark.text() for key, mark in dialog.fact_marks.items() if mark.isVisible()}
    assert marks == {"name": "✗ not on page 1", "hours": "✗ not on page 1", "code": "✓ on page 1",
                     "course": "✓ on page 1", "organization": "✓ on page 1"}
    assert dialog.page_box.isVisible() and dialog.page_box.title() == "What page 1 shows"
    shown = dialog.page_text.toPlainText()
    assert "Juan Carlos Pérez López" in shown and "40 horas" in shown and LONG_NAME not in shown
    assert not dialog.hint.isVisible()

    dialog.verify_pdf(issued.files[0])  # the genuine batch: each page checked, nothing to compare by hand
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.verdict.text() == "✓  Valid" and not dialog.page_box.isVisible()
    assert not any(mark.isVisible() for mark in dialog.fact_marks.values())
    assert dialog.hint.text() == "✓ Page 1 shows the signed name, code, course, hours and organization."


def test_a_pdf_whose_page_text_cannot_be_read_asks_for_a_comparison_by_eye(qtbot, dialog, issued, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if pypdf were missing
    dialog.verify_pdf(issued.files[0])
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
    assert dialog.verdict.text() == "✓  Valid"
    assert dialog.hint.text() == ("The text of page 1 could not be read: compare that page with the facts below by "
                                  "eye.")


def test_the_dialog_knows_every_verdict_the_core_gives():
    from trainer.certificates import verification
    from trainer.gui import verify

    statuses = {verification.VALID, verification.ALTERED, verification.REVOKED, verification.UNKNOWN_KEY,
                verification.UNKNOWN_CODE, verification.PAGE_MISMATCH}
    assert verify.PAGE_MISMATCH == verification.PAGE_MISMATCH
    assert statuses <= set(verify.SYMBOLS) and statuses <= set(verify.COLORS)
