"""USB sticks on a participant's laptop: save my progress for the trainer, and prepare this laptop for a workshop.

Also what the trainer console's USB page shares with these: choosing a folder,
and saying in words what a bundle is and what it would add (`BundleText`).
"""

from datetime import timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from trainer.gui.console.common import error_text
from trainer.gui.operations import ProgressJob
from trainer.gui.widgets import FingerprintLabel, muted


def choose_folder(parent: QWidget, title: str) -> Path | None:
    """A folder (a USB stick's root, usually), or None when the person closed the chooser."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(Path.home()),
                                              QFileDialog.ShowDirsOnly | QFileDialog.DontUseNativeDialog)
    return Path(folder) if folder else None


def choose_bundle_file(parent: QWidget, title: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()),
                                                QCoreApplication.translate("BundleText", "Trainer files (*.trainer)"),
                                                options=QFileDialog.DontUseNativeDialog)
    return Path(path) if path else None


def bundle_file_name(kind: str, name: str, lang: str) -> str:
    """A readable file name in the interface's language ("progreso-jose-nunez-…") that stays the same for the same
    person or workshop, so saving again replaces it."""
    from trainer.bundles.archive import SUFFIX, file_name_stem

    return file_name_stem(kind, name, lang) + SUFFIX


def message(parent: QWidget, icon, title: str, text: str) -> QMessageBox:
    """A message the person reads and closes; it does not block, so nothing waits behind it."""
    box = QMessageBox(icon, title, text, QMessageBox.Ok, parent)
    box.button(QMessageBox.Ok).setText(QCoreApplication.translate("UsbMessage", "OK"))
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    box.setWindowModality(Qt.WindowModal)
    box.open()
    return box


class FingerprintDialog(QDialog):
    """Before a laptop's workshop or organizer files are accepted here: its fingerprint, in large digits, to
    compare with what that laptop shows. Yes accepts the dialog; No (the default) rejects it.

    The same comparison approves another organization's key a bundle offered (`for_key`)."""

    def __init__(self, device_name: str, fingerprint: str, what: str, question: str, parent=None, *,
                 title: str | None = None, intro: str | None = None, note: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Approve a laptop"))
        self.setMinimumWidth(620)
        opening = QLabel(intro or self.tr("This file comes from the laptop “{device}”, which this laptop has not "
                                          "approved yet.").format(device=device_name))
        opening.setWordWrap(True)
        holds = muted(what)
        label = QLabel(self.tr("Its fingerprint:"))
        self.fingerprint = FingerprintLabel(fingerprint, 30)
        self.fingerprint.setAlignment(Qt.AlignCenter)
        self.fingerprint.setAutoFillBackground(True)  # the palette's alternate base: light or dark theme alike
        self.fingerprint.setBackgroundRole(QPalette.AlternateBase)
        self.fingerprint.setForegroundRole(QPalette.Text)
        self.fingerprint.setStyleSheet("border: 1px solid palette(mid); border-radius: 6px; padding: 12px;")
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.question.setAccessibleName(question)
        warning = muted(note or self.tr("If even one digit differs, the file was not made by that laptop: answer "
                                        "No, and nothing is imported."))
        self.buttons = QDialogButtonBox()
        self.yes_button = self.buttons.addButton(self.tr("&Yes, the same 16 digits"), QDialogButtonBox.AcceptRole)
        self.no_button = self.buttons.addButton(self.tr("&No"), QDialogButtonBox.RejectRole)
        self.no_button.setDefault(True)  # Enter never approves by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(opening)
        layout.addWidget(holds)
        layout.addSpacing(6)
        layout.addWidget(label)
        layout.addWidget(self.fingerprint)
        layout.addSpacing(6)
        layout.addWidget(self.question)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.no_button.setFocus()

    @classmethod
    def for_key(cls, key, parent=None) -> "FingerprintDialog":
        """Approve an organization's public key a bundle offered (a `trainer.certificates.keys.PublicKey`)."""
        translate = QCoreApplication.translate
        organization, offered_by = key.organization or "?", key.offered_by or "?"
        return cls(
            offered_by, key.fingerprint,
            translate("FingerprintDialog", "Anyone can make a key and put any name in it: approve it only when the "
                                           "organization itself confirms its fingerprint, in person or by phone. "
                                           "Once approved, the certificates it signed verify as valid here."),
            translate("FingerprintDialog", "Does the organization confirm these same 16 digits? (they read them "
                                           "with 'trainer keys list' or in their console: Certificates ▸ Checking "
                                           "on other laptops)"),
            parent, title=translate("FingerprintDialog", "Approve an organization's key"),
            intro=translate("FingerprintDialog", "The laptop “{laptop}” offered the public key {key_id} of "
                                                 "“{organization}” in a bundle; this laptop does not trust it "
                                                 "yet.").format(laptop=offered_by, key_id=key.key_id,
                                                                organization=organization),
            note=translate("FingerprintDialog", "If even one digit differs, it is not that organization's key: "
                                                "answer No, and nothing changes."))


class BundleText(QObject):
    """Says in words what a bundle is and what merging it would add here."""

    def table_name(self, table: str) -> str:
        return {
            "participants": self.tr("people"), "participant_aliases": self.tr("merged profiles"),
            "workshops": self.tr("workshops"), "workshop_sessions": self.tr("sessions"),
            "enrollments": self.tr("enrollments"), "lesson_completions": self.tr("lessons completed"),
            "quiz_attempts": self.tr("quiz attempts"), "quiz_answers": self.tr("quiz answers"),
            "attendance": self.tr("attendance marks"), "attendance_changes": self.tr("attendance changes"),
            "certificates": self.tr("certificates"), "merge_conflicts": self.tr("kept conflicts"),
        }.get(table, table)

    def what_it_is(self, inspection) -> str:
        """'Progress of Ana Núñez', 'Workshop: Taller Sololá', 'For the organizer: …'."""
        subject = inspection.subject
        if inspection.kind == "participant":
            return self.tr("Progress of {name}").format(name=subject.get("name", "?"))
        titles = [w.get("title", "?") for w in subject.get("workshops", [])]
        shown = ", ".join(titles[:2])
        if len(titles) > 2:
            shown += self.tr(" and {count} more").format(count=len(titles) - 2)
        if inspection.kind == "workshop":
            return self.tr("Workshop: {titles}").format(titles=shown)
        return self.tr("For the organizer: {titles}").format(titles=shown or "—")

    def made(self, inspection) -> str:
        """When the bundle was made, on this laptop's clock (bundles record UTC)."""
        return f"{inspection.created_at.replace(tzinfo=timezone.utc).astimezone():%Y-%m-%d %H:%M}"

    def what_it_adds(self, inspection) -> str:
        """One line: '12 new · 3 changed · 40 already here', or that nothing is new."""
        report = inspection.report
        if not report.changes_anything:
            return self.tr("nothing new: already here")
        counts = report.tables.values()
        text = self.tr("{added} new · {changed} changed · {unchanged} already here").format(
            added=sum(c.added for c in counts), changed=sum(c.changed for c in counts),
            unchanged=sum(c.unchanged for c in counts))
        if inspection.conflicts:  # as the console's list of conflicts counts them
            text += " · " + self.tr("{count} conflict(s) to look at").format(count=inspection.conflicts)
        return text

    def table_lines(self, report) -> list[str]:
        """One line per kind of record: 'lessons completed: 3 new, 0 changed, 0 already here'."""
        return [self.tr("{table}: {added} new, {changed} changed, {unchanged} already here").format(
            table=self.table_name(table), added=counts.added, changed=counts.changed, unchanged=counts.unchanged)
            for table, counts in report.tables.items() if counts.added or counts.changed or counts.unchanged]


class SaveProgress(QObject):
    """A learner saves their progress to a USB stick (one .trainer file) to hand to the trainer."""

    def __init__(self, parent: QWidget, context):
        super().__init__(parent)
        self.parent_widget, self.context = parent, context
        self.job: ProgressJob | None = None
        self.path: Path | None = None
        self.message: QMessageBox | None = None

    def start(self) -> None:
        from trainer.bundles.service import export_participant_bundle

        participant = self.context.participant
        if participant is None:
            return
        folder = choose_folder(self.parent_widget, self.tr("Choose the USB stick to save your progress to"))
        if folder is None:
            return
        db, participant_id = self.context.database, participant.id
        target = folder / bundle_file_name("participant", f"{participant.name}-{participant.id[:6]}",
                                           self.context.lang)
        self.job = ProgressJob(
            self.parent_widget, self.tr("Save my progress"),
            self.tr("Saving your progress to {folder}…").format(folder=folder),
            lambda progress: export_participant_bundle(db, participant_id, target), self.saved, self.failed,
            cancellable=False)

    def saved(self, path: Path) -> None:
        self.path = Path(path)
        self.message = message(self.parent_widget, QMessageBox.Information, self.tr("Save my progress"), self.tr(
            "✓ Your progress is saved in this file:\n{file}\n\nWhat to do next: remove the USB stick safely and "
            "give it to your trainer, who adds your progress to the workshop's records.\n\nYou can keep "
            "learning on this laptop; save again later to bring the trainer your latest progress.").format(
            file=self.path))

    def failed(self, error: Exception) -> None:
        self.message = message(self.parent_widget, QMessageBox.Warning, self.tr("Save my progress"), self.tr(
            "⚠ Your progress could not be saved: {error}\n\nCheck that the USB stick is plugged in and has free "
            "space, then try again. Nothing was lost: your progress is still on this laptop.").format(
            error=error_text(error, self.context.lang)))


class PrepareLaptop(QObject):
    """A participant's laptop gets a workshop's roster from the trainer's file.

    On a laptop that has trainers or organizers, one of them first proves it with their PIN. The file is looked
    into; a file from a laptop not approved here shows that laptop's fingerprint to compare before anything is
    imported; otherwise what it adds is shown and confirmed.
    """

    prepared = Signal()  # the roster was imported: the profile list has new names

    def __init__(self, parent: QWidget, context):
        super().__init__(parent)
        self.parent_widget, self.context = parent, context
        self.job: ProgressJob | None = None
        self.path: Path | None = None
        self.proof = None
        self.inspection = None
        self.pin_dialog = None
        self.approval: FingerprintDialog | None = None
        self.question: QMessageBox | None = None
        self.import_button = None
        self.message: QMessageBox | None = None
        self.text = BundleText(self)

    @property
    def title(self) -> str:
        return self.tr("Prepare this laptop for a workshop")

    def start(self) -> None:
        from trainer.gui.screens.profiles import PinDialog, leader_pin_check
        from trainer.trust import has_leaders, leaders

        db = self.context.database
        if not has_leaders(db):  # a participant laptop: the trainer beside it compares the fingerprint
            self.choose_file()
            return
        people = [(participant_id, name) for participant_id, name, _role in leaders(db)]
        self.pin_dialog = PinDialog(
            db, people, leader_pin_check(db, "prepare-laptop"), self.context.lang, self.parent_widget,
            intro=self.tr("This laptop has trainers or organizers: one of them confirms, with their PIN, that it "
                          "takes a workshop file."), title=self.title)
        self.pin_dialog.proved.connect(self.proved)
        self.pin_dialog.open()

    def proved(self, proof) -> None:
        self.proof = proof
        self.choose_file()

    def choose_file(self) -> None:
        from trainer.bundles.service import inspect

        path = choose_bundle_file(self.parent_widget, self.tr("Choose the workshop file from the trainer"))
        if path is None:
            self.proof = None
            return
        self.path, db = path, self.context.database
        self.job = ProgressJob(self.parent_widget, self.title,
                               self.tr("Reading {file}…").format(file=path.name),
                               lambda progress: inspect(db, path), self.inspected, self.failed, cancellable=False)

    def inspected(self, inspection) -> None:
        self.inspection = inspection
        what = self.text.what_it_is(inspection)
        if inspection.kind != "workshop":
            self.message = message(self.parent_widget, QMessageBox.Warning, self.title, self.tr(
                "⚠ {file} is not a workshop file: it holds {what}.\n\nAsk the trainer for the file made with "
                "“Prepare laptops for this workshop…”.").format(file=self.path.name, what=what))
            return
        if inspection.needs_approval:
            self.ask_approval(inspection)
            return
        if not inspection.report.changes_anything:
            self.message = message(self.parent_widget, QMessageBox.Information, self.title, self.tr(
                "✓ This laptop already has everything in {file}: {what}.").format(file=self.path.name, what=what))
            return
        lines = "\n".join(f"• {line}" for line in self.text.table_lines(inspection.report))
        text = self.tr("{what}\nFrom the trainer's laptop “{device}”, made on {created}.\n\n"
                       "It adds to this laptop:\n{lines}").format(
            what=what, device=inspection.device_name, created=self.text.made(inspection), lines=lines)
        note = self.course_note(inspection.course or {})
        if note:
            text += "\n\n" + note
        self.question = QMessageBox(QMessageBox.Question, self.title, text + "\n\n" + self.tr("Import it?"),
                                    QMessageBox.NoButton, self.parent_widget)
        self.import_button = self.question.addButton(self.tr("&Import"), QMessageBox.AcceptRole)
        self.question.addButton(self.tr("Cancel"), QMessageBox.RejectRole)
        self.question.setDefaultButton(self.import_button)
        self.question.setWindowModality(Qt.WindowModal)
        self.question.buttonClicked.connect(lambda button: self.confirmed() if button is self.import_button else None)
        self.question.open()

    def ask_approval(self, inspection) -> None:
        """The trainer's laptop is new here: compare its fingerprint before anything of it is imported."""
        what = self.tr("It holds: {what}, made on {created}.").format(what=self.text.what_it_is(inspection),
                                                                    created=self.text.made(inspection))
        self.approval = FingerprintDialog(
            inspection.device_name, inspection.fingerprint, what,
            self.tr("Does the trainer's laptop show these same 16 digits? (Trainer console ▸ USB sticks ▸ "
                    "This laptop's fingerprint)"), self.parent_widget)
        self.approval.setWindowTitle(self.title)
        self.compared = inspection.fingerprint
        self.approval.accepted.connect(self.approved)
        self.approval.rejected.connect(self.not_approved)
        self.approval.open()

    def approved(self) -> None:
        from trainer.bundles.service import approve_sender, import_bundles

        db, path, proof, compared = self.context.database, self.path, self.proof, self.compared

        def work(progress):
            approve_sender(db, proof, path, expected_fingerprint=compared)  # the file compared, not one swapped since
            return import_bundles(db, [path], proof=proof)[0]

        self.job = ProgressJob(self.parent_widget, self.title, self.tr("Importing {file}…").format(file=path.name),
                               work, self.done, self.failed, cancellable=False)

    def not_approved(self) -> None:
        self.proof = None
        self.message = message(self.parent_widget, QMessageBox.Warning, self.title, self.tr(
            "⚠ Nothing was imported: this laptop was not changed.\n\nIf the digits differ, the file may not come "
            "from the trainer's laptop. Ask the trainer to make the file again, and compare the digits once "
            "more."))

    def course_note(self, wanted: dict) -> str:
        """Whether this laptop has the course the workshop teaches, in the version the trainer uses."""
        course = self.context.course(wanted.get("id", ""))
        if course is None:
            return self.tr("⚠ The course of this workshop ({course}) is not installed on this laptop yet: the roster "
                           "can be imported, but install the course before the workshop starts.").format(
                course=wanted.get("id", "?"))
        if wanted.get("version") and course.version != wanted.get("version"):
            return self.tr("Note: the trainer uses version {wanted} of the course; this laptop has version {here}.") \
                .format(wanted=wanted.get("version"), here=course.version)
        return ""

    def confirmed(self) -> None:
        from trainer.bundles.service import import_bundles

        db, path, proof = self.context.database, self.path, self.proof
        self.job = ProgressJob(self.parent_widget, self.title, self.tr("Importing {file}…").format(file=path.name),
                               lambda progress: import_bundles(db, [path], proof=proof)[0], self.done, self.failed,
                               cancellable=False)

    def done(self, result) -> None:
        self.proof = None
        if not result.ok:
            self.failed(result.error)
            return
        counts = result.inspection.report.tables.get("enrollments")
        people = (counts.added + counts.changed + counts.unchanged) if counts else 0
        text = self.tr("✓ This laptop is ready. {what}: {count} people on the roster.\n\nEach participant can now "
                       "choose their own name on the start screen.").format(
            what=self.text.what_it_is(result.inspection), count=people)
        note = self.course_note(result.inspection.course or {}) if self.approval is not None else ""
        if note:  # not shown yet: an approved file is imported without the question that shows it
            text += "\n\n" + note
        self.message = message(self.parent_widget, QMessageBox.Information, self.title, text)
        self.context.changed.emit()
        self.prepared.emit()

    def failed(self, error: Exception) -> None:
        self.proof = None
        self.message = message(self.parent_widget, QMessageBox.Warning, self.title, self.tr(
            "⚠ This laptop was not changed: {error}").format(error=error_text(error, self.context.lang)))


def save_my_progress(parent: QWidget, context) -> SaveProgress:
    """For the learner chosen in `context`: ask for the USB stick, write their progress there, say what next."""
    saving = SaveProgress(parent, context)
    saving.start()
    return saving


def prepare_this_laptop(parent: QWidget, context) -> PrepareLaptop:
    """Import a workshop file from the trainer (after showing what it adds), so participants find their names."""
    preparing = PrepareLaptop(parent, context)
    preparing.start()
    return preparing
