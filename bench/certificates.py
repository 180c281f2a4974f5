"""300 certificates, as one printable PDF and as separate files, against a floor measured in the same run.

The floor (the "x floor" columns) is the same pages drawn by bare reportlab with a QR code drawn by
a bare library, the faster of two ways measured: reportlab's own QR widget, and segno's matrix (its
own mask choice) drawn as one path of a square per dark module. A certificate must carry its QR
code, so a floor without one would flatter every ratio. The same pages with no QR code at all are shown too, to tell the QR's share of
the cost. Trainer's rows: the pages as Trainer draws them (QR code
as one segno path), rendering only, in one process and in two (multiprocessing; the one-file case
then merges the two halves with pypdf), the same with a fixed QR mask for comparison (segno's
search for the best mask is most of a QR code's cost), and the whole `issue_workshop_certificates`
call on one core (eligibility, opening the passphrase-encrypted signing key, signing, recording, drawing,
writing). Budgets from ../shared/DESIGN.md: one printable PDF under 5 s on one core, separate files under 8 s.
The organization is set up as in the app (trainer.trust.set_up_organization: its organizer, PIN and encrypted
signing key), outside the timings.

    python bench/certificates.py [--count 300]
"""

import argparse
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FIRST_NAMES = ("María de los Ángeles", "José", "Ana Lucía", "Íñigo", "Begoña", "Raúl", "Sofía", "Ñusta", "John", "Zoë")
LAST_NAMES = ("Domínguez Ñúñez", "Pérez", "Gutiérrez Solís", "Castañeda", "Muñoz", "Hernández", "Ibáñez", "Smith")
PIN, PASSPHRASE = "482915", "bench passphrase, not a secret"  # issuing opens the key with it, as in the app


def correct_responses(quiz) -> dict:
    """The right answer to every question, as a learner would give it."""
    answers = {}
    for question in quiz.questions:
        if question.type == "single":
            answers[question.id] = next(o.id for o in question.options if o.correct)
        elif question.type == "multiple":
            answers[question.id] = [o.id for o in question.options if o.correct]
        elif question.type == "text":
            answers[question.id] = next(iter(question.answers.values()))[0]
        else:
            answers[question.id] = question.answer
    return answers


def populate(db, course, count: int) -> str:
    """A workshop of `count` people who all attended and passed every module."""
    from trainer.certificates.organization import DEFAULT_NAME
    from trainer.people.service import ProfileInput, add_participant
    from trainer.progress.service import record_attempt
    from trainer.trust import set_up_organization
    from trainer.workshops.service import add_session, create_workshop, enrol, record_attendance

    # the first organizer, with her PIN and the organization's signing key, encrypted with PASSPHRASE
    organizer = set_up_organization(db, DEFAULT_NAME, ProfileInput(name="Rosa Elena Pérez Hernández"), PIN,
                                    PASSPHRASE)
    workshop = create_workshop(db, "Taller de comercio electrónico, Sololá", course.id, place="Sololá", country="GT",
                               trainer_id=organizer.actor_id)
    sessions = [add_session(db, workshop.id, date(2026, 3, day), 4) for day in range(2, 6)]
    responses = {quiz.id: correct_responses(quiz) for quiz in course.quizzes()}
    for index in range(count):
        name = f"{FIRST_NAMES[index % len(FIRST_NAMES)]} {LAST_NAMES[index % len(LAST_NAMES)]} {index}"
        person = add_participant(db, ProfileInput(name=name, language="en" if index % 4 == 3 else "es"))
        enrol(db, workshop.id, [person.id])
        for session in sessions:
            record_attendance(db, session.id, person.id, "present")
        for quiz_id, answers in responses.items():
            record_attempt(db, person.id, course, quiz_id, answers)
    return workshop.id


def fresh_database(template: Path, folder: Path):
    from trainer.storage.database import Database

    target = folder / f"copy-{time.perf_counter_ns()}.sqlite"
    shutil.copy(template, target)
    return Database(f"sqlite:///{target}")


def time_issue(template: Path, course, workshop_id: str, one_file: bool, work: Path) -> float:
    from trainer.certificates.issuing import issue_workshop_certificates

    db = fresh_database(template, work)
    db.device_id()
    out = Path(tempfile.mkdtemp(dir=work))
    start = time.perf_counter()
    issue_workshop_certificates(db, workshop_id, course, one_file=one_file, folder=out, passphrase=PASSPHRASE)
    elapsed = time.perf_counter() - start
    db.dispose()
    return elapsed


def render_and_write(pages, one_file: bool, folder: Path, logo) -> list[bytes] | None:
    """Trainer's own drawing and atomic writing, without eligibility or the database."""
    from trainer.certificates.pdf import render_certificates
    from trainer.files import atomic_write

    if one_file:
        return [render_certificates(pages, "a4", logo)]
    for page in pages:
        atomic_write(folder / f"{page.statement.facts.code}.pdf", render_certificates([page], "a4", logo))
    return None


def _worker(job) -> list[bytes] | None:
    pages, one_file, folder, logo = job
    return render_and_write(pages, one_file, Path(folder), logo)


def time_render(pages, one_file: bool, work: Path, logo, processes: int = 1) -> float:
    from trainer.files import atomic_write

    folder = Path(tempfile.mkdtemp(dir=work))
    start = time.perf_counter()
    if processes == 1:
        result = render_and_write(pages, one_file, folder, logo)
        if one_file:
            atomic_write(folder / "all.pdf", result[0])
    else:
        half = (len(pages) + 1) // 2
        jobs = [(pages[:half], one_file, str(folder), logo), (pages[half:], one_file, str(folder), logo)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            parts = pool.map(_worker, jobs)
        if one_file:
            import io

            from pypdf import PdfWriter

            writer = PdfWriter()
            for part in parts:
                writer.append(io.BytesIO(part[0]))
            buffer = io.BytesIO()
            writer.write(buffer)
            atomic_write(folder / "all.pdf", buffer.getvalue())
    return time.perf_counter() - start


def no_qr(canvas, text, x, y, size) -> None:
    """Floor: the page without any QR code."""


def widget_qr(canvas, text, x, y, size) -> None:
    """Floor: the QR code drawn by reportlab's own widget."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def segno_qr(canvas, text, x, y, size) -> None:
    """Floor: the QR code as segno makes it, drawn naively (one square per dark module, in one path)."""
    import segno

    matrix = segno.make(text, error="m").matrix
    scale = size / len(matrix)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                path.rect(x + column * scale, y + size - (row + 1) * scale, scale, scale)
    canvas.drawPath(path, stroke=0, fill=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="trainer-bench-certificates-"))
    os.environ["TRAINER_HOME"] = str(work / "home")
    os.environ["TRAINER_EXPORTS"] = str(work / "exports")

    from trainer.certificates import pdf
    from trainer.certificates.issuing import issue_workshop_certificates, list_certificates, module_titles
    from trainer.certificates.organization import organization
    from trainer.courses.loader import load_course
    from trainer.storage.database import open_database

    course = load_course(REPO / "courses" / "ecommerce-export").course or load_course(REPO / "courses" / "example").course
    started = time.perf_counter()
    db = open_database()
    workshop_id = populate(db, course, args.count)
    logo = organization(db).logo
    db.dispose()
    template = Path(db.file)
    print(f"set-up: {args.count} participants passed {len(course.modules)} modules of '{course.id}' "
          f"({time.perf_counter() - started:.1f} s, not timed below)", file=sys.stderr)

    sample = fresh_database(template, work)
    issue_workshop_certificates(sample, workshop_id, course, folder=work / "sample", passphrase=PASSPHRASE)
    pages = [pdf.CertificatePage(c.statement, module_titles(course, c.facts))
             for c in sorted(list_certificates(sample), key=lambda c: c.facts.name)]
    sample.dispose()
    length = max(len(page.statement.token) for page in pages)
    pdf.render_certificates(pages[:1], "a4", logo)  # fonts registered and logo decoded once, as in the app

    results = {}
    real_qr = pdf.draw_qr
    for label, drawer in (("(comparison) bare reportlab page, no QR", no_qr),
                          ("bare page, reportlab QR widget", widget_qr),
                          ("bare page, segno matrix drawn square by square", segno_qr)):
        pdf.draw_qr = drawer
        results[label] = [time_render(pages, one, work, logo) for one in (True, False)]
    pdf.draw_qr = real_qr
    floor = [min(pair) for pair in zip(results["bare page, reportlab QR widget"],
                                       results["bare page, segno matrix drawn square by square"])]
    results = {"floor: bare page with a QR code (the faster of the two below)": floor, **results}
    results["Trainer page (segno QR path), render+write, 1 process"] = [
        time_render(pages, one, work, logo) for one in (True, False)]
    results["Trainer page, render+write, 2 processes"] = [
        time_render(pages, one, work, logo, processes=2) for one in (True, False)]
    pdf.QR_MASK = 0
    results["(comparison) same, 1 process, fixed QR mask"] = [time_render(pages, one, work, logo) for one in (True, False)]
    pdf.QR_MASK = None
    results["Trainer issue_workshop_certificates, 1 core"] = [
        time_issue(template, course, workshop_id, one, work) for one in (True, False)]

    budget = {"Trainer issue_workshop_certificates, 1 core": ("< 5 s", "< 8 s")}
    width = max(len(label) for label in results)
    print(f"{args.count} certificates (longest statement {length} characters), A4")
    print(f"{'measure':{width}}  {'one PDF':>9} {'x floor':>8} {'ms/page':>8}   {'separate':>9} {'x floor':>8} "
          f"{'ms/file':>8}   budget")
    for label, (one, separate) in results.items():
        one_budget, separate_budget = budget.get(label, ("", ""))
        print(f"{label:{width}}  {one:8.2f}s {one / floor[0]:7.1f}x {1000 * one / args.count:8.1f}   "
              f"{separate:8.2f}s {separate / floor[1]:7.1f}x {1000 * separate / args.count:8.1f}   "
              f"{one_budget} / {separate_budget}".rstrip(" /"))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
