"""The fast mask choice must be exactly segno's: same mask, same modules, for any statement."""

import random
import string

import pytest
import segno
import segno.encoder

from trainer.certificates import qr_masks

ALPHABET = string.ascii_letters + string.digits + "áéíóúÁÉÍÓÚñÑüÜ|-,. "


def statements(count: int, seed: int):
    chooser = random.Random(seed)
    return ["TRN1|" + "".join(chooser.choice(ALPHABET) for _ in range(chooser.randint(1, 380))) for _ in range(count)]


@pytest.mark.parametrize("error", ["l", "m", "h"])
def test_same_mask_and_matrix_as_segno(monkeypatch, error):
    for text in statements(40, seed=ord(error)):
        monkeypatch.setattr(segno.encoder, "find_and_apply_best_mask", qr_masks._original)
        theirs = segno.make(text, error=error, encoding="utf-8", eci=True, micro=False)
        monkeypatch.setattr(segno.encoder, "find_and_apply_best_mask", qr_masks.find_and_apply_best_mask)
        ours = segno.make(text, error=error, encoding="utf-8", eci=True, micro=False)
        assert (ours.version, ours.mask, ours.matrix) == (theirs.version, theirs.mask, theirs.matrix), text


def test_a_fixed_mask_and_micro_codes_stay_with_segno(monkeypatch):
    monkeypatch.setattr(segno.encoder, "find_and_apply_best_mask", qr_masks.find_and_apply_best_mask)
    assert segno.make("TRN-7K3Q-M9XA", mask=3, micro=False).mask == 3
    assert segno.make("123", micro=True).is_micro


def test_install_replaces_segnos_search(monkeypatch):
    monkeypatch.setattr(segno.encoder, "find_and_apply_best_mask", qr_masks._original)
    assert qr_masks.install() is True
    assert segno.encoder.find_and_apply_best_mask is qr_masks.find_and_apply_best_mask
