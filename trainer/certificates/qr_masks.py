"""The same QR mask choice as segno makes, about four times faster.

ISO/IEC 18004 §7.8.3 asks an encoder to try all eight data masks and keep
the one with the lowest penalty score. segno does that module by module in
pure Python, which is about 11 of the 16 ms a certificate page costs, enough
to push 300 certificates past their 5-second budget on one core. This module
computes the identical masks and scores a row at a time with whole-row byte
operations, and installs itself in place of segno's function. A test checks
that it chooses the same mask and the same matrix as segno for many texts;
if segno's internals change, `install()` leaves segno as it is.
"""

import re

import segno.encoder as encoder

_RUN = re.compile(rb"(.)\1{4,}", re.DOTALL)  # five or more equal modules in a row
_N3 = bytes((1, 0, 1, 1, 1, 0, 1))
_original = encoder.find_and_apply_best_mask
_patterns: dict[int, list[list[bytes]]] = {}


def _mask_rows(width: int) -> list[list[bytes]]:
    """For each of the 8 masks, the rows of bits it flips inside the encoding region (cached per size)."""
    if width not in _patterns:
        function = encoder.make_matrix(width, width)
        encoder.add_finder_patterns(function, width, width)
        encoder.add_alignment_patterns(function, width, width)
        function[-8][8] = 0x1
        masks = encoder.get_data_mask_functions(False)
        _patterns[width] = [
            [bytes(1 if function[i][j] > 0x1 and mask(i, j) else 0 for j in range(width)) for i in range(width)]
            for mask in masks
        ]
    return _patterns[width]


def _xor(a: bytes, b: bytes, width: int) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(width, "big")


def _n3(seq: bytes, size: int) -> int:
    """segno's N3 rule, unchanged: the 1:1:3:1:1 finder-like pattern with four light modules beside it."""
    count = 0
    idx = seq.find(_N3)
    while idx != -1:
        offset = idx + 7
        if idx in (0, size - 7) or not any(seq[max(idx - 4, 0):min(idx, size)]) \
                or not any(seq[max(offset, 0):min(offset + 4, size)]):
            count += 40
        else:
            offset = idx + 4
        idx = seq.find(_N3, offset)
    return count


def _score(rows: list[bytes], size: int) -> int:
    columns = [bytes(column) for column in zip(*rows)]
    n1 = sum(len(m.group()) - 2 for line in (*rows, *columns) for m in _RUN.finditer(line))
    n2 = 0
    previous = None
    for row in rows:
        value = int.from_bytes(row, "big")
        if previous is not None:
            # a 2x2 block of one colour: equal to the left in both rows, and equal to the row above
            differs = (value ^ (value >> 8)) | (previous ^ (previous >> 8)) | (value ^ previous)
            n2 += 3 * differs.to_bytes(size, "big")[1:].count(0)
        previous = value
    n3 = sum(_n3(line, size) for line in (*rows, *columns))
    dark = sum(sum(row) for row in rows)
    n4 = 10 * int(abs(float(dark) / (size ** 2) * 100 - 50) / 5)
    return n1 + n2 + n3 + n4


def find_and_apply_best_mask(matrix, width, height, proposed_mask=None):
    if proposed_mask is not None or width != height or width < 21:  # Micro QR or a fixed mask: segno's own way
        return _original(matrix, width, height, proposed_mask)
    base = [bytes(row) for row in matrix]
    best_score, best_mask, best_rows = None, None, None
    for number, flips in enumerate(_mask_rows(width)):
        rows = [_xor(row, flip, width) for row, flip in zip(base, flips)]
        score = _score(rows, width)
        if best_score is None or score < best_score:
            best_score, best_mask, best_rows = score, number, rows
    return best_mask, tuple(bytearray(row) for row in best_rows)


def install() -> bool:
    """Use the fast mask choice in segno; False (and segno untouched) if segno no longer looks as expected."""
    needed = ("make_matrix", "add_finder_patterns", "add_alignment_patterns", "get_data_mask_functions", "_encode")
    if not all(hasattr(encoder, name) for name in needed):
        return False
    encoder.find_and_apply_best_mask = find_and_apply_best_mask
    return True
