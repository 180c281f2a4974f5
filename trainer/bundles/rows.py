"""Rows as JSON: the one codec that bundles and kept losing versions share, with its checks and content hashes.

A row travels as a JSON object with exactly its table's columns. Times are
naive UTC written as `YYYY-MM-DDTHH:MM:SS.ffffff`, dates as `YYYY-MM-DD`, so
the same row encodes to the same bytes on every laptop and database.
"""

import hashlib
import json
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table

from trainer.errors import UserError
from trainer.storage.models import (
    Attendance, AttendanceChange, Certificate, Enrollment, LessonCompletion, MergeConflict, Participant,
    ParticipantAlias, QuizAnswer, QuizAttempt, Tombstone, Workshop, WorkshopSession,
)

# In the order rows must be written, so that what a row refers to is there first.
TRAVELLING = (
    Participant, ParticipantAlias, Workshop, WorkshopSession, Enrollment, LessonCompletion, QuizAttempt, QuizAnswer,
    Attendance, AttendanceChange, Certificate, MergeConflict, Tombstone,
)
TABLES: dict[str, Table] = {model.__tablename__: model.__table__ for model in TRAVELLING}
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"

MESSAGES = {
    "not-object": {
        "en": "{source}, row {row}: a row must be a JSON object",
        "es": "{source}, fila {row}: una fila debe ser un objeto JSON",
    },
    "columns": {
        "en": "{source}, row {row}: columns do not match table '{table}' (missing: {missing}; unknown: {unknown})",
        "es": "{source}, fila {row}: las columnas no coinciden con la tabla '{table}' (faltan: {missing}; "
              "desconocidas: {unknown})",
    },
    "bad-value": {
        "en": "{source}, row {row}, column '{column}': {value!r} is not {expected}",
        "es": "{source}, fila {row}, columna '{column}': {value!r} no es {expected}",
    },
}

EXPECTED = {
    "text": {"en": "text of at most {length} characters", "es": "un texto de como máximo {length} caracteres"},
    "time": {"en": "a time such as 2026-03-01T09:30:00.000000", "es": "una hora como 2026-03-01T09:30:00.000000"},
    "date": {"en": "a date such as 2026-03-01", "es": "una fecha como 2026-03-01"},
    "boolean": {"en": "true or false", "es": "true o false"},
    "integer": {"en": "a whole number", "es": "un número entero"},
    "number": {"en": "a number", "es": "un número"},
    "present": {"en": "a value (it cannot be empty)", "es": "un valor (no puede estar vacío)"},
}


class BadValue(Exception):
    def __init__(self, expected: str, length: int | None = None):
        self.expected, self.length = expected, length


def encode_value(value, column_type):
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        return value.strftime(TIME_FORMAT)
    if isinstance(column_type, Date):
        return value.isoformat()
    return value


def encode_row(table: Table, row) -> dict:
    """A database row (mapping) as the JSON object a bundle carries."""
    return {column.name: encode_value(row[column.name], column.type) for column in table.columns}


def _decode_value(value, column):
    kind = column.type
    if value is None:
        if not column.nullable and not isinstance(kind, JSON):  # in a JSON column, null is a value (no answer)
            raise BadValue("present")
        return None
    if isinstance(kind, (DateTime, Date)):
        parse, size, expected = (datetime.fromisoformat, 26, "time") if isinstance(kind, DateTime) else (
            date.fromisoformat, 10, "date")
        if isinstance(value, str) and len(value) == size:
            try:
                return parse(value)
            except ValueError:
                pass
        raise BadValue(expected)
    if isinstance(kind, Boolean):
        return value if isinstance(value, bool) else _raise("boolean")
    if isinstance(kind, Integer):
        return value if isinstance(value, int) and not isinstance(value, bool) else _raise("integer")
    if isinstance(kind, Float):
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else _raise("number")
    if isinstance(kind, JSON):
        return value
    if isinstance(kind, String):  # also Text, whose length is None
        if not isinstance(value, str) or (kind.length is not None and len(value) > kind.length):
            raise BadValue("text", kind.length or 10**9)
        return value
    raise AssertionError(f"no codec for {kind!r}")


def _raise(expected: str):
    raise BadValue(expected)


def decode_row(table: Table, data, source: str, row) -> dict:
    """The row as database values, or a UserError naming the file, the row, the column and what is wrong."""
    if not isinstance(data, dict):
        raise UserError(MESSAGES, "not-object", source=source, row=row)
    names = [column.name for column in table.columns]
    if set(data) != set(names):
        raise UserError(MESSAGES, "columns", source=source, row=row, table=table.name,
                        missing=", ".join(sorted(set(names) - set(data))) or "-",
                        unknown=", ".join(sorted(set(data) - set(names))) or "-")
    values = {}
    for column in table.columns:
        try:
            values[column.name] = _decode_value(data[column.name], column)
        except BadValue as bad:
            raise DecodeError(source, row, column.name, data[column.name], bad) from None
    return values


class DecodeError(UserError):
    """A bad value, with the expected kind spelled out in the user's language."""

    def __init__(self, source: str, row, column: str, value, bad: BadValue):
        self.bad = bad
        super().__init__(MESSAGES, "bad-value", source=source, row=row, column=column, value=value, expected=bad.expected)

    def message(self, lang: str = "en") -> str:
        expected = EXPECTED[self.bad.expected]
        text = expected.get(lang, expected["en"]).format(length=self.bad.length)
        texts = self.catalog[self.code]
        return texts.get(lang, texts["en"]).format(**{**self.params, "expected": text})


def canonical_json(data) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def content_hash(encoded_row: dict) -> str:
    """The same row gives the same hash on every laptop: it names a version of a row."""
    return hashlib.sha256(canonical_json(encoded_row)).hexdigest()
