"""Checking every row of a roster before anything is saved, so a screen can show the trainer what will happen.

Each problem names the row as numbered in the spreadsheet, the column by its
header (and letter), and what is wrong, in either language. A row whose mapped
columns are all empty (a pre-numbered line nobody filled in) is not a person
and is left out silently.
"""

from dataclasses import dataclass

from trainer.errors import UserError
from trainer.i18n import pick
from trainer.people.service import ProfileInput
from trainer.roster.columns import (
    column_letter, read_country, read_email, read_language, read_name, read_sector, read_sex,
)
from trainer.roster.identity import identity_key
from trainer.roster.spreadsheet import Sheet

MESSAGES = {
    "no-name-column": {
        "en": "no column holds the names: name one 'Nombre' or 'Name' (or 'Nombres' and 'Apellidos'), or choose it "
              "in the column mapping",
        "es": "ninguna columna tiene los nombres: titule una 'Nombre' o 'Name' (o 'Nombres' y 'Apellidos'), o elíjala "
              "al asignar las columnas",
    },
    "duplicate-row": {
        "en": "the same person as row {first}; imported once",
        "es": "la misma persona que la fila {first}; se importa una sola vez",
    },
}

WHERE = {
    "cell": {"en": "row {row}, column '{column}' ({letter}): {message}",
             "es": "fila {row}, columna '{column}' ({letter}): {message}"},
    "row": {"en": "row {row}: {message}", "es": "fila {row}: {message}"},
}

READERS = {"sector": read_sector, "sex": read_sex, "email": read_email, "country": read_country}


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one cell or row; `blocking` problems stop the import, the others are for information."""

    row: int
    column: str
    letter: str
    error: UserError
    blocking: bool = True

    def message(self, lang: str) -> str:
        text = self.error.message(lang)
        if self.letter:
            return pick(WHERE["cell"], lang).format(row=self.row, column=self.column, letter=self.letter, message=text)
        return pick(WHERE["row"], lang).format(row=self.row, message=text)


@dataclass(frozen=True)
class PreviewRow:
    number: int
    profile: ProfileInput | None  # None when the row has an error
    problems: tuple[RowProblem, ...] = ()
    duplicate_of: int | None = None

    @property
    def importable(self) -> bool:
        return self.profile is not None and self.duplicate_of is None


@dataclass(frozen=True)
class RosterPreview:
    sheet: Sheet
    mapping: dict[str, int]
    rows: list[PreviewRow]
    file_problems: list[RowProblem]

    @property
    def problems(self) -> list[RowProblem]:
        """Every problem, file-wide ones first, then by row."""
        return self.file_problems + [problem for row in self.rows for problem in row.problems]

    @property
    def errors(self) -> list[RowProblem]:
        return [problem for problem in self.problems if problem.blocking]

    @property
    def bad_rows(self) -> list[int]:
        return [row.number for row in self.rows if row.profile is None]

    @property
    def importable(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.importable]


def preview(sheet: Sheet, mapping: dict[str, int], default_country: str = "", default_language: str = "es") -> RosterPreview:
    """Every row read through `mapping` (field -> column index); rows without a country get `default_country`."""
    if "name" not in mapping and "first_name" not in mapping:
        problem = RowProblem(sheet.header_row, "", "", UserError(MESSAGES, "no-name-column"))
        return RosterPreview(sheet, dict(mapping), [], [problem])
    rows, first_seen = [], {}
    for sheet_row in sheet.rows:
        if not any(sheet_row.cells[index] for index in mapping.values()):
            continue
        row = _read_row(sheet, mapping, sheet_row.number, sheet_row.cells, default_country, default_language)
        if row.profile is not None:
            key = identity_key(row.profile.name, row.profile.email, row.profile.organization)
            if key in first_seen:
                duplicate = RowProblem(row.number, "", "", UserError(MESSAGES, "duplicate-row", first=first_seen[key]),
                                       blocking=False)
                row = PreviewRow(row.number, row.profile, row.problems + (duplicate,), first_seen[key])
            else:
                first_seen[key] = row.number
        rows.append(row)
    return RosterPreview(sheet, dict(mapping), rows, [])


def _read_row(sheet: Sheet, mapping: dict[str, int], number: int, cells: tuple[str, ...], default_country: str,
              default_language: str) -> PreviewRow:
    problems, values = [], {}

    def read(field, reader, *args):
        index = mapping[field]
        try:
            values[field] = reader(cells[index], *args)
        except UserError as error:
            problems.append((index, RowProblem(number, sheet.column_name(index), column_letter(index), error)))

    if "name" in mapping:
        read("name", read_name)
    else:
        joined = " ".join(cells[mapping[f]] for f in ("first_name", "last_name") if f in mapping)
        try:
            values["name"] = read_name(joined)
        except UserError as error:
            index = mapping["first_name"]
            problems.append((index, RowProblem(number, sheet.column_name(index), column_letter(index), error)))
    for field, reader in READERS.items():
        if field in mapping:
            read(field, reader)
    if "language" in mapping:
        read("language", read_language, default_language)
    if problems:
        return PreviewRow(number, None, tuple(problem for _index, problem in sorted(problems, key=lambda p: p[0])))
    organization = cells[mapping["organization"]] if "organization" in mapping else ""
    profile = ProfileInput(
        name=values["name"], organization=organization, sector=values.get("sector", "other"),
        country=values.get("country") or default_country, sex=values.get("sex"), email=values.get("email"),
        language=values.get("language", default_language),
    )
    try:
        return PreviewRow(number, profile.cleaned())
    except UserError as error:  # a rule of the profile form the cell readers do not cover
        return PreviewRow(number, None, (RowProblem(number, "", "", error),))
