"""A learner hashes, changes one character, signs, tampers, verifies and watches a certificate revoked."""

from PySide6.QtCore import Qt

from trainer.labs.hash_sign import MLES_6_3, STEPS, sha256_hex, tamper

DOCUMENT = "Factura 0042 — Cooperativa Tejidos del Lago: 12 huipiles, US$ 960"


def press(qtbot, button):
    """Activate a button from the keyboard, as a learner tabbing through the screen would."""
    assert button.isEnabled(), button.text()
    qtbot.keyClick(button, Qt.Key_Space)


def step_index(step_id):
    return [step.id for step in STEPS].index(step_id)


def walk_to(screen, qtbot, step_id):
    """Do every step before `step_id` the obvious way and open it."""
    actions = {
        "change-one-character": lambda: press(qtbot, screen.tamper_button),
        "make-keys": lambda: press(qtbot, screen.keys_button),
        "sign": lambda: press(qtbot, screen.sign_button),
        "verify-untouched": lambda: press(qtbot, screen.verify_untouched_button),
        "verify-tampered-text": lambda: press(qtbot, screen.verify_tampered_text_button),
        "verify-tampered-signature": lambda: press(qtbot, screen.verify_tampered_signature_button),
        "verify-wrong-key": lambda: press(qtbot, screen.verify_wrong_key_button),
        "ca-issue": lambda: (press(qtbot, screen.issue_button), press(qtbot, screen.check_button)),
    }
    for step in STEPS[1:step_index(step_id) + 1]:
        press(qtbot, screen.next_button)
        assert screen.pages.currentIndex() == step_index(step.id)
        if step.id != step_id:
            actions[step.id]()


def test_the_document_from_the_course_is_hashed_and_typing_changes_the_digest(open_lab, qtbot):
    screen = open_lab("hash-sign")
    assert screen.document_edit.toPlainText() == DOCUMENT
    assert screen.digest_label.text().replace(" ", "") == sha256_hex(DOCUMENT)
    qtbot.keyClick(screen.document_edit, Qt.Key_End, Qt.ControlModifier)
    qtbot.keyClicks(screen.document_edit, "!")
    assert screen.digest_label.text().replace(" ", "") == sha256_hex(DOCUMENT + "!")


def test_changing_one_character_marks_the_hex_positions_that_differ(open_lab, qtbot):
    screen = open_lab("hash-sign")
    walk_to(screen, qtbot, "change-one-character")
    assert screen.comparison_summary.text().startswith("0 of 64")
    press(qtbot, screen.tamper_button)
    assert screen.changed_edit.toPlainText() == tamper(DOCUMENT)
    before, after = sha256_hex(DOCUMENT), sha256_hex(tamper(DOCUMENT))
    differing = [i for i in range(64) if before[i] != after[i]]
    assert list(screen.changed_positions) == differing
    html = screen.comparison_label.text()
    assert html.count("^") == len(differing) and html.count("<u>") == 2 * len(differing)
    assert screen.comparison_summary.text().startswith(f"{len(differing)} of 64 hexadecimal characters")
    positions = ", ".join(str(i + 1) for i in differing)
    assert screen.comparison_label.accessibleDescription() == f"Hex positions that differ: {positions}"


def test_steps_open_in_order(open_lab, qtbot):
    screen = open_lab("hash-sign")
    assert screen.next_button.isEnabled()
    press(qtbot, screen.next_button)
    assert not screen.next_button.isEnabled()
    assert not screen.step_list.item(step_index("make-keys")).flags() & Qt.ItemIsEnabled
    screen.step_list.setCurrentRow(step_index("ca-revoke"))
    assert screen.pages.currentIndex() == step_index("change-one-character")
    qtbot.keyClicks(screen.changed_edit, "x")
    assert screen.next_button.isEnabled()
    assert screen.step_list.item(step_index("make-keys")).flags() & Qt.ItemIsEnabled


def test_the_untouched_document_verifies(open_lab, qtbot):
    screen = open_lab("hash-sign")
    walk_to(screen, qtbot, "verify-untouched")
    press(qtbot, screen.verify_untouched_button)
    assert screen.untouched_verdict.text().startswith("✓ Valid")


def test_tampered_text_fails_and_restoring_it_verifies_again(open_lab, qtbot):
    screen = open_lab("hash-sign")
    walk_to(screen, qtbot, "verify-tampered-text")
    assert screen.tampered_edit.toPlainText() == tamper(DOCUMENT)
    press(qtbot, screen.verify_tampered_text_button)
    assert screen.tampered_text_verdict.text().startswith("✗ Verification failed")
    screen.tampered_edit.setPlainText(DOCUMENT)
    press(qtbot, screen.verify_tampered_text_button)
    assert screen.tampered_text_verdict.text().startswith("✓ Valid")


def test_tampered_signature_and_wrong_key_fail(open_lab, qtbot):
    screen = open_lab("hash-sign")
    walk_to(screen, qtbot, "verify-tampered-signature")
    assert "first byte of the signature changed" in screen.tampered_signature_label.text()
    press(qtbot, screen.verify_tampered_signature_button)
    assert screen.tampered_signature_verdict.text().startswith("✗ Verification failed")
    press(qtbot, screen.next_button)
    press(qtbot, screen.verify_wrong_key_button)
    assert screen.wrong_key_verdict.text().startswith("✗ Verification failed")
    assert "Public key used" in screen.other_key_label.text()


def test_the_authority_issues_then_revokes_and_the_lab_finishes_with_100(open_lab, qtbot):
    screen = open_lab("hash-sign")
    walk_to(screen, qtbot, "ca-issue")
    screen.holder_edit.setText("Cooperativa Tejidos del Lago")
    press(qtbot, screen.issue_button)
    assert "holder 'Cooperativa Tejidos del Lago'" in screen.certificate_label.text()
    press(qtbot, screen.check_button)
    assert screen.issued_verdict.text().startswith("✓ Valid")
    assert not screen.footer.finish_button.isEnabled()
    press(qtbot, screen.next_button)
    press(qtbot, screen.revoke_button)
    press(qtbot, screen.recheck_button)
    assert screen.revoked_verdict.text().startswith("✗ Revoked")
    with qtbot.waitSignal(screen.finished) as finished:
        press(qtbot, screen.footer.finish_button)
    assert finished.args == [100.0]
    assert "Score: 100%" in screen.footer.status.text()


def test_each_step_names_its_art_6_3_criteria_in_the_learners_language(open_lab):
    from PySide6.QtWidgets import QLabel

    screen = open_lab("hash-sign", "es")
    for index, step in enumerate(STEPS):
        page = screen.pages.widget(index)
        shown = {label.objectName(): label.text() for label in page.findChildren(QLabel)
                 if label.objectName().startswith("criterion-")}
        expected = {f"criterion-{letter}": f"Art. 6(3)({letter}): {MLES_6_3[letter]['es']}" for letter in step.criteria}
        assert shown == expected


def test_next_puts_the_keyboard_on_the_new_steps_action(open_lab, qtbot):
    screen = open_lab("hash-sign")
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    press(qtbot, screen.next_button)
    assert screen.tamper_button.hasFocus()
    qtbot.keyClick(screen.focusWidget(), Qt.Key_Space)
    assert screen.next_button.isEnabled()
    press(qtbot, screen.next_button)
    assert screen.keys_button.hasFocus()
