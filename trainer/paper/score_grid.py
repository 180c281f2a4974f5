"""Paper results typed into an on-screen grid (one row per person, one column per question), checked like a file.

The grid becomes the same sheet a typed spreadsheet would be, so the rules of
`read_paper_scores` (what a cell may hold, who is enrolled) apply unchanged,
and each problem can be shown on its own cell.
"""

from pathlib import Path

from trainer.courses.model import Quiz
from trainer.paper.scores import PaperScores, read_paper_scores
from trainer.roster.preview import RowProblem
from trainer.roster.spreadsheet import Sheet, SheetRow
from trainer.storage.database import Database

HEADER_ROW = 1


def grid_sheet(quiz: Quiz, rows: list[tuple[str, list[str]]], name: str) -> Sheet:
    """A sheet with an Id column and one column per question; `rows` are (participant id, one text per question)."""
    headers = ["Id", *(str(number) for number in range(1, len(quiz.questions) + 1))]
    sheet_rows = [SheetRow(HEADER_ROW + 1 + index, (participant_id, *cells))
                  for index, (participant_id, cells) in enumerate(rows)]
    return Sheet(Path(name), headers, HEADER_ROW, sheet_rows)


def read_score_grid(db: Database, workshop_id: str, quiz: Quiz, rows: list[tuple[str, list[str]]],
                    marks: bool = False, name: str = "") -> PaperScores:
    """Check the grid; nothing is saved (record it with `record_paper_scores`). Empty rows are people who did not
    take the quiz."""
    return read_paper_scores(db, workshop_id, quiz, grid_sheet(quiz, rows, name or quiz.id), marks=marks)


def problem_cell(problem: RowProblem) -> tuple[int, int | None]:
    """(grid row, question index) of a problem; the question is None for a problem with the whole row."""
    row = problem.row - HEADER_ROW - 1
    return row, int(problem.column) - 1 if problem.column.isdigit() else None
