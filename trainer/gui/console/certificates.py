"""Certificates: who may receive one and why not yet, issuing them all, the issued ones (revoke, reprint),
the organization printed on them, the public key other laptops need to verify them (with its fingerprint, to
read aloud), and the keys other organizations' bundles offered, approved only after comparing fingerprints.

Issuing runs off the GUI thread; Cancel leaves neither a certificate nor a file
(the service draws every page before it records or writes anything). Issuing again reprints the
certificates whose facts are the same; when some would change, the changes are listed and only a Yes
replaces those certificates (ReissueDialog). Before the first certificate, an organization nobody has
named is named (trainer.gui.organization.OrganizationDialog).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton, QRadioButton, QSplitter, QTableView, QVBoxLayout,
)

from trainer.errors import UserError
from trainer.gui.console.common import OK_TEXT, FileActions, Section, TextTableModel, compact, error_text
from trainer.gui.console.roster import roster_rows
from trainer.gui.operations import run_in_background
from trainer.gui.operations import ProgressJob
from trainer.gui.usb import FingerprintDialog
from trainer.gui.widgets import ErrorLine, FingerprintLabel, heading, muted
from trainer.locale import format_number

LOGO_HEIGHT = 40
PASSPHRASE_ERRORS = ("bad-passphrase", "key-locked")  # trainer.certificates.keys: the key did not open


def load_workshop_certificates(db, workshop_id: str, course, lang: str, labels: dict):
    """The roster, the eligibility table's rows (None without the course) and the workshop's certificates."""
    from trainer.certificates.eligibility import workshop_eligibility
    from trainer.certificates.issuing import list_certificates

    people = roster_rows(db, workshop_id)
    eligibility = workshop_eligibility(db, workshop_id, course) if course is not None else None
    certificates = [c for c in list_certificates(db) if c.workshop_id == workshop_id]
    table = eligibility_table(people, eligibility, lang, labels) if eligibility is not None else None
    return people, table, certificates


def eligibility_table(people, eligibility, lang: str, labels: dict):
    """Each person's row (name, certificate, hours, why) with its tooltip, and how many of each kind: built off the
    GUI thread, as the reasons of thousands of people take a while to put in words. `labels` are the translated
    certificate kinds (None: not yet)."""
    rows, tips = [], []
    totals = {"completion": 0, "participation": 0, None: 0}
    for person in people:
        found = eligibility.get(person.id)
        if found is None:
            continue
        totals[found.kind] += 1
        why = found.explain(lang)
        rows.append([person.name, labels[found.kind] if found.eligible else labels[None],
                     format_number(found.hours, lang), why])
        tips.append(why)
    return rows, tips, totals


def load_keys():
    """This organization's own public key (None before the organization is set up) and the keys bundles offered."""
    from trainer.certificates.keys import known_keys, offered_keys

    own = next((key for key in known_keys().values() if key.own), None)
    return own, list(offered_keys().values())


def approve_key(db, proof, key_id: str):
    """Trust an offered key (a trainer compared its fingerprint with the organization) and record who did."""
    from trainer.certificates.keys import approve_offered_key, known_keys
    from trainer.trust import record

    was_known = key_id in known_keys()
    key = approve_offered_key(key_id)
    if not was_known:
        record(db, proof, "approve-key", f"{key.key_id} {key.fingerprint} {key.organization} ({key.offered_by})")
    return key


def passphrase_field() -> QLineEdit:
    from trainer.gui.organization import secret_field

    return secret_field(QCoreApplication.translate("PassphraseDialog", "Passphrase of the organization's key"))


def wrong_passphrase(error: Exception) -> bool:
    return isinstance(error, UserError) and error.code in PASSPHRASE_ERRORS


class PassphraseDialog(QDialog):
    """Asks for the organization key's passphrase for one signing action; it is never kept afterwards."""

    entered = Signal(str)

    def __init__(self, action: str, explanation: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase of the organization's key"))
        self.setMinimumWidth(500)
        self.passphrase = passphrase_field()
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.passphrase)
        intro = QLabel(explanation + "\n" + self.tr("The passphrase is not kept: it is asked for each time "
                                                    "certificates are signed."))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.AcceptRole)
        self.ok_button.setDefault(True)
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.passphrase, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        super().accept()
        self.entered.emit(passphrase)

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()


class RevokeDialog(QDialog):
    """Asks why a certificate is revoked, and the organization key's passphrase to sign the revocation; the reason
    is required, recorded, and shown to whoever checks it."""

    def __init__(self, code: str, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke {code}").format(code=code))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. issued by mistake: the person did not attend"))
        label = QLabel(self.tr("&Why is it revoked?"))
        label.setBuddy(self.reason)
        self.passphrase = passphrase_field()
        passphrase_label = QLabel(self.tr("&Passphrase of the organization's key (not kept):"))
        passphrase_label.setBuddy(self.passphrase)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.revoke_button = self.buttons.addButton(self.tr("&Revoke"), QDialogButtonBox.AcceptRole)
        self.revoke_button.setEnabled(False)
        self.reason.textChanged.connect(lambda _text: self.update_button())
        self.passphrase.textChanged.connect(lambda _text: self.update_button())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Certificate {code} of {name} will no longer be valid. The reason is recorded and "
                               "shown to whoever checks the certificate.").format(code=code, name=name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(passphrase_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def update_button(self) -> None:
        self.revoke_button.setEnabled(bool(self.reason.text().strip()) and bool(self.passphrase.text()))

    def reason_text(self) -> str:
        return self.reason.text()

    def take_passphrase(self) -> str:
        """The passphrase typed, which the dialog then forgets."""
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        return passphrase

    def reject(self) -> None:
        self.passphrase.clear()
        super().reject()


class ReissueDialog(QDialog):
    """Issuing again would change facts on certificates already handed out: each change, person by person, old
    → new. Yes replaces them (the old ones are revoked); No (the default) issues nothing."""

    def __init__(self, changes, lang: str, parent=None):
        from trainer.certificates.statement import difference_text

        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificates already handed out would change"))
        self.setMinimumWidth(680)
        intro = QLabel(self.tr("Issuing again would change what {count} certificate(s) already handed out state. "
                               "Each would be revoked (checking it would then say it was replaced by a corrected "
                               "one) and a new certificate with a new code would be issued:").format(
            count=len(changes)))
        intro.setWordWrap(True)
        self.model = TextTableModel([self.tr("Code"), self.tr("Name"), self.tr("What changes")])
        self.model.set_rows([[change.code, change.name, difference_text(*difference, lang)]
                             for change in changes for difference in change.differences])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What changes"))
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.verticalHeader().hide()
        compact(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.question = QLabel(self.tr("Replace these certificates?"))
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        note = muted(self.tr("If you answer No, nothing is issued: every certificate handed out stays valid as it is."))
        self.buttons = QDialogButtonBox()
        self.yes_button = self.buttons.addButton(self.tr("&Yes, replace them"), QDialogButtonBox.AcceptRole)
        self.no_button = self.buttons.addButton(self.tr("&No"), QDialogButtonBox.RejectRole)
        self.no_button.setDefault(True)  # Enter never revokes by accident
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.question)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.no_button.setFocus()


class CertificatesSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.course = None
        self.certificates: list = []
        self.loading = False
        self.eligible_count = 0
        self.loads = 0  # a load for a workshop no longer chosen is ignored
        self.job: ProgressJob | None = None
        self.writing = False
        self.revoke_dialog: RevokeDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self.reissue_dialog: ReissueDialog | None = None
        self.organization_dialog = None  # trainer.gui.organization.OrganizationDialog, while it is open
        self.verify_dialog = None
        self.offers: list = []  # the keys bundles offered, as listed
        self.key_loads = 0  # a list loaded before the latest change is not shown
        self.approving_key = False
        self.key_approval: FingerprintDialog | None = None
        self.title = heading(self.tr("Certificates"), 15)
        self.error = ErrorLine()

        # -- who may receive one
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.eligible_model = TextTableModel([self.tr("Name"), self.tr("Certificate"), self.tr("Hours"),
                                              self.tr("Why")])
        self.eligible_table = self._table(self.eligible_model, self.tr("Who can receive a certificate"))
        self.eligible_table.selectionModel().currentRowChanged.connect(lambda index, _old: self.show_why(index.row()))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.why.hide()
        self.per_person = QRadioButton(self.tr("One PDF per &person"))
        self.one_file = QRadioButton(self.tr("One PDF with every page, to pri&nt"))
        self.one_file.setChecked(True)
        files = QButtonGroup(self)
        files.addButton(self.per_person)
        files.addButton(self.one_file)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setAccessibleName(self.tr("Paper"))
        paper_label = QLabel(self.tr("Pape&r:"))
        paper_label.setBuddy(self.paper)
        self.issue_button = QPushButton(self.tr("Issue &all eligible"))
        self.issue_button.clicked.connect(self.issue_all)
        issue_row = QHBoxLayout()
        issue_row.addWidget(self.one_file)
        issue_row.addWidget(self.per_person)
        issue_row.addSpacing(12)
        issue_row.addWidget(paper_label)
        issue_row.addWidget(self.paper)
        issue_row.addStretch(1)
        issue_row.addWidget(self.issue_button)
        self.issue_status = QLabel()
        self.issue_status.setWordWrap(True)
        self.file_actions = FileActions(printable=True)
        eligible_box = QGroupBox(self.tr("Who can receive a certificate"))
        eligible_layout = QVBoxLayout(eligible_box)
        eligible_layout.addWidget(self.counts)
        eligible_layout.addWidget(self.eligible_table, 1)
        eligible_layout.addWidget(self.why)
        eligible_layout.addLayout(issue_row)
        eligible_layout.addWidget(self.issue_status)
        eligible_layout.addWidget(self.file_actions)

        # -- issued ones
        self.issued_model = TextTableModel([self.tr("Code"), self.tr("Name"), self.tr("Certificate"),
                                            self.tr("Issued"), self.tr("Status")])
        self.issued_table = self._table(self.issued_model, self.tr("Certificates issued in this workshop"))
        self.issued_table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.reprint_button = QPushButton(self.tr("R&eprint"))
        self.verify_button = QPushButton(self.tr("Veri&fy a certificate…"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.reprint_button.clicked.connect(self.reprint)
        self.verify_button.clicked.connect(self.open_verify)
        self.issued_status = QLabel()
        self.issued_status.setWordWrap(True)
        issued_buttons = QHBoxLayout()
        for button in (self.revoke_button, self.reprint_button):
            issued_buttons.addWidget(button)
        issued_buttons.addWidget(self.issued_status, 1)
        issued_buttons.addWidget(self.verify_button)
        issued_box = QGroupBox(self.tr("Issued in this workshop"))
        issued_layout = QVBoxLayout(issued_box)
        issued_layout.addWidget(self.issued_table, 1)
        issued_layout.addLayout(issued_buttons)

        # -- the organization and its key
        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organization name"))
        self.org_name.returnPressed.connect(self.save_name)
        name_label = QLabel(self.tr("Na&me:"))
        name_label.setBuddy(self.org_name)
        self.save_name_button = QPushButton(self.tr("&Save name"))
        self.save_name_button.clicked.connect(self.save_name)
        self.logo = QLabel()
        self.logo.setFixedHeight(LOGO_HEIGHT)
        self.logo.setMinimumWidth(LOGO_HEIGHT)
        self.logo.setAlignment(Qt.AlignCenter)
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.no_logo_button = QPushButton(self.tr("No lo&go"))
        self.no_logo_button.clicked.connect(lambda: self.save_organization(logo=""))
        self.org_status = QLabel()
        self.org_status.setWordWrap(True)
        org_box = QGroupBox(self.tr("Organization on the certificates"))
        org_row = QHBoxLayout()
        org_row.addWidget(name_label)
        org_row.addWidget(self.org_name, 1)
        org_row.addWidget(self.save_name_button)
        logo_row = QHBoxLayout()
        logo_row.addWidget(QLabel(self.tr("Logo:")))
        logo_row.addWidget(self.logo)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.no_logo_button)
        logo_row.addStretch(1)
        org_layout = QVBoxLayout(org_box)
        org_layout.addLayout(org_row)
        org_layout.addLayout(logo_row)
        org_layout.addWidget(self.org_status)
        self.export_key_button = QPushButton(self.tr("E&xport public key…"))
        self.import_key_button = QPushButton(self.tr("Impor&t public key…"))
        self.export_key_button.clicked.connect(self.export_key)
        self.import_key_button.clicked.connect(self.import_key)
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        self.own_key = QLabel()
        self.own_key.setWordWrap(True)
        self.own_fingerprint = FingerprintLabel("", 15)
        self.own_fingerprint.hide()
        key_box = QGroupBox(self.tr("Checking on other laptops"))
        key_layout = QVBoxLayout(key_box)
        key_layout.addWidget(muted(self.tr("Another laptop verifies these certificates once it has this "
                                           "organization's public key.")))
        key_layout.addWidget(self.own_key)
        key_layout.addWidget(self.own_fingerprint)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.export_key_button)
        key_buttons.addWidget(self.import_key_button)
        key_buttons.addStretch(1)
        key_layout.addLayout(key_buttons)
        key_layout.addWidget(self.key_status)
        bottom = QHBoxLayout()
        bottom.addWidget(org_box, 3)
        bottom.addWidget(key_box, 2)

        # -- keys other organizations' bundles offered: shown only while one waits for approval
        self.offered_model = TextTableModel([self.tr("Organization"), self.tr("Offered by laptop"), self.tr("Key"),
                                             self.tr("Fingerprint")])
        self.offered_table = self._table(self.offered_model, self.tr("Keys offered by bundles"))
        self.offered_table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.offered_table.doubleClicked.connect(lambda _index: self.ask_key_approval())
        self.approve_key_button = QPushButton(self.tr("Appr&ove this key…"))
        self.approve_key_button.setToolTip(self.tr("Compare the key's fingerprint with its organization; once "
                                                   "approved, the certificates it signed verify here."))
        self.approve_key_button.clicked.connect(self.ask_key_approval)
        self.offered_box = QGroupBox(self.tr("Keys offered by bundles"))
        offered_layout = QVBoxLayout(self.offered_box)
        offered_top = QHBoxLayout()
        offered_top.addWidget(muted(self.tr("Files from USB sticks (bundles) brought these organizations' public "
                                            "keys. Anyone can make a key with any name: it verifies nothing until "
                                            "you compare its fingerprint with the organization and approve it.")), 1)
        offered_top.addWidget(self.approve_key_button, 0, Qt.AlignBottom)
        offered_layout.addLayout(offered_top)
        offered_layout.addWidget(self.offered_table, 1)
        self.offered_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        lists = QSplitter(Qt.Vertical)  # the trainer drags the line between them to see more of either
        lists.setChildrenCollapsible(False)
        lists.addWidget(eligible_box)
        lists.addWidget(issued_box)
        lists.addWidget(self.offered_box)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        lists.setStretchFactor(2, 1)
        layout.addWidget(lists, 1)
        layout.addLayout(bottom)
        self.update_buttons()

    def _table(self, model: TextTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        compact(table)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- choosing files (tests replace these) --------------------------------------------------------------

    def choose_logo_file(self) -> Path | None:
        from trainer.gui.organization import ask_logo_file

        return ask_logo_file(self)

    def choose_key_target(self) -> Path | None:
        from trainer.paths import exports_dir

        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the public key"),
                                                    str(exports_dir() / "organization-public-key.pub"),
                                                    self.tr("Public keys (*.pub)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        return Path(path) if path else None

    def choose_key_file(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choose another organization's public key"),
                                                    str(Path.home()), self.tr("Public keys (*.pub);;All files (*)"),
                                                    options=QFileDialog.DontUseNativeDialog)
        return Path(path) if path else None

    # -- loading -------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        workshop = self.console.workshop()
        self.error.hide()
        self.show_organization()
        self.reload_keys()
        if workshop is None:
            self.title.setText(self.tr("Certificates"))
            self.counts.setText(self.tr("Create a workshop first (section Workshops)."))
            self.eligible_model.set_rows([])
            self.issued_model.set_rows([])
            self.certificates = []
            self.update_buttons()
            return
        self.title.setText(self.tr("Certificates: {workshop}").format(workshop=workshop.title))
        self.course = self.context.course(workshop.course_id)
        if self.course is None:
            self.error.show_error(self.tr("The course of this workshop ({course}) is not installed on this laptop: "
                                          "who may receive a certificate cannot be worked out.").format(
                course=workshop.course_id))
        self.loads += 1
        load, db, workshop_id, course = self.loads, self.db, workshop.id, self.course
        self.loading = True
        self.counts.setText(self.tr("Working out who may receive a certificate…"))
        self.update_buttons()
        labels = {kind: f"{OK_TEXT} {self.kind_text(kind)}" for kind in ("completion", "participation")}
        labels[None], lang = "— " + self.tr("Not yet"), self.lang
        run_in_background(lambda progress: load_workshop_certificates(db, workshop_id, course, lang, labels),
                          lambda result: self.loaded(load, result), lambda error: self.load_failed(load, error))

    def loaded(self, load: int, result) -> None:
        if load != self.loads:
            return
        self.loading = False
        people, table, certificates = result
        self.show_eligibility(people, table)
        self.show_certificates(certificates)
        self.update_buttons()

    def load_failed(self, load: int, error: Exception) -> None:
        if load != self.loads:
            return
        self.loading = False
        self.counts.clear()
        self.error.show_error(error_text(error, self.lang))
        self.update_buttons()

    def kind_text(self, kind: str | None) -> str:
        return {"completion": self.tr("Completion"), "participation": self.tr("Participation")}.get(kind, "")

    def show_eligibility(self, people, table) -> None:
        if table is None:
            self.counts.clear()
            self.eligible_model.set_rows([])
            self.eligible_count = 0
            return
        rows, tips, totals = table
        self.eligible_count = totals["completion"] + totals["participation"]
        self.eligible_model.set_rows(rows, tips=tips)
        self.show_why(self.eligible_table.currentIndex().row())
        self.eligible_table.resizeColumnsToContents()
        self.eligible_table.setColumnWidth(0, min(self.eligible_table.columnWidth(0), 260))
        if not people:
            self.counts.setText(self.tr("Nobody is enrolled in this workshop yet."))
            return
        self.counts.setText(self.tr("Completion: {completion} · Participation: {participation} · Not yet: "
                                    "{not_yet}").format(completion=totals["completion"],
                                                        participation=totals["participation"], not_yet=totals[None]))

    def show_why(self, row: int) -> None:
        """The chosen person's whole reason, which the table cuts short."""
        cells = self.eligible_model.rows[row] if 0 <= row < len(self.eligible_model.rows) else None
        self.why.setText(f"{cells[0]}: {cells[3]}" if cells and cells[3] else "")
        self.why.setVisible(bool(self.why.text()))

    def status_text(self, certificate) -> str:
        if not certificate.revoked:
            return OK_TEXT + " " + self.tr("Valid")
        from trainer.certificates.issuing import REISSUED

        reason = self.tr("replaced by a corrected one") if certificate.revoked_reason == REISSUED \
            else certificate.revoked_reason
        return self.tr("⊘ Revoked on {date}: {reason}").format(date=f"{certificate.revoked_at:%Y-%m-%d}",
                                                               reason=reason)

    def show_certificates(self, certificates) -> None:
        self.certificates = sorted(certificates, key=lambda c: c.facts.name.lower())  # newest first for each person
        certificates = self.certificates
        rows = [[c.code, c.facts.name, self.kind_text(c.facts.kind), c.facts.issued_on.isoformat(),
                 self.status_text(c)] for c in certificates]
        self.issued_model.set_rows(rows, keys=[c.code for c in certificates], tips=[row[4] for row in rows])
        self.issued_table.resizeColumnsToContents()

    def show_organization(self) -> None:
        from trainer.certificates.organization import NAME_SETTING, organization

        named = self.db.get_setting(NAME_SETTING)
        self.org_name.setText(named or "")
        self.org_name.setPlaceholderText(self.tr("Not named yet: name it before the first certificate"))
        try:
            logo = organization(self.db).logo
        except UserError as error:  # the chosen logo went missing: say so, and let a new one be chosen
            self.org_status.setText(f"⚠ {error_text(error, self.lang)}")
            logo = None
        if logo is None:
            self.logo.clear()
            self.logo.setText(self.tr("(none)"))
            self.logo.setAccessibleName(self.tr("No logo"))
        else:
            self.logo.setPixmap(QPixmap(str(logo)).scaledToHeight(LOGO_HEIGHT, Qt.SmoothTransformation))
            self.logo.setAccessibleName(self.tr("Logo: {file}").format(file=logo.name))
            self.logo.setToolTip(str(logo))

    def selected(self):
        row = self.issued_table.currentIndex().row()
        return self.certificates[row] if 0 <= row < len(self.certificates) else None

    def update_buttons(self) -> None:
        chosen = self.selected()
        idle = not self.loading and not self.writing and self.job is None and self.reissue_dialog is None
        self.issue_button.setEnabled(idle and self.course is not None and self.console.workshop() is not None
                                     and self.eligible_count > 0)
        self.revoke_button.setEnabled(idle and chosen is not None and not chosen.revoked)
        self.reprint_button.setEnabled(idle and chosen is not None)
        self.approve_key_button.setEnabled(not self.approving_key and self.selected_offer() is not None)

    # -- issuing -------------------------------------------------------------------------------------------

    def issue_all(self) -> None:
        """Have the organization named if nobody has, ask the organization key's passphrase, then issue everyone
        eligible (asking first if certificates already handed out would change)."""
        from trainer.certificates.organization import organization, organization_named

        if self.console.workshop() is None or self.course is None or self.job is not None or self.writing:
            return
        if self.context.proof is None:
            self.issue_status.setText(f"⚠ {self.no_proof_text()}")
            return
        if not organization_named(self.db):
            from trainer.gui.organization import OrganizationDialog

            try:
                logo = organization(self.db).logo
            except UserError:  # the chosen logo went missing: the dialog offers to choose another
                logo = None
            self.organization_dialog = OrganizationDialog(logo, self)
            self.organization_dialog.chosen.connect(
                lambda name, chosen_logo: self.save_organization(name, chosen_logo, then=self.issue_all))
            self.organization_dialog.open()
            return
        self.passphrase_dialog = PassphraseDialog(self.tr("&Issue and sign"), self.tr(
            "Issuing signs each certificate with the organization's key."), self)
        self.passphrase_dialog.entered.connect(lambda passphrase: self.issue_with(passphrase, False))
        self.passphrase_dialog.open()

    def no_proof_text(self) -> str:
        return self.tr("Open the console again with your PIN: only a trainer or organizer signs certificates.")

    def issue_with(self, passphrase: str, reissue) -> None:
        """Issue off the GUI thread; `reissue` is False, or the changes the trainer confirmed."""
        from trainer.certificates.issuing import issue_workshop_certificates

        workshop = self.console.workshop()
        proof = self.context.proof
        if workshop is None or self.course is None or self.job is not None or proof is None:
            return
        db, course, one_file, paper = self.db, self.course, self.one_file.isChecked(), self.paper.currentData()
        issued_by = proof.actor_id
        self.file_actions.hide()
        self.issue_status.clear()
        self.job = ProgressJob(
            self, self.tr("Issue certificates"), self.tr("Drawing the certificates…"),
            lambda progress: issue_workshop_certificates(db, workshop.id, course, one_file=one_file, paper=paper,
                                                         issued_by_id=issued_by, passphrase=passphrase,
                                                         progress=progress.report, reissue=reissue),
            self.issued, lambda error: self.issue_failed(error, passphrase), self.issue_cancelled)
        self.update_buttons()

    def issued(self, result) -> None:
        self.job = None
        counts = {status: sum(o.status == status for o in result.outcomes) for status in ("new", "reissued",
                                                                                          "unchanged")}
        self.issue_status.setText(OK_TEXT + " " + self.tr(
            "{new} new, {reissued} corrected (the old one revoked), {unchanged} unchanged (printed again); "
            "{not_yet} not eligible yet.").format(**counts, not_yet=len(result.not_eligible)))
        if len(result.files) == 1:
            self.file_actions.show_file(result.files[0])
        elif result.files:
            self.file_actions.show_file(result.files[0])
            self.file_actions.label.setText(self.tr("✓ {count} PDF files saved in {folder}").format(
                count=len(result.files), folder=result.files[0].parent))
            self.file_actions.open_button.hide()
            self.file_actions.print_button.hide()
            self.file_actions.folder_button.setFocus()
        self.data_saved()
        self.reload()

    def issue_failed(self, error: Exception, passphrase: str) -> None:
        from trainer.certificates.issuing import ReissueNeeded

        self.job = None
        if isinstance(error, ReissueNeeded):
            self.ask_reissue(error.changes, passphrase)
        elif wrong_passphrase(error):
            self.issue_status.setText("⚠ " + self.tr("That passphrase does not open the organization's key (capital "
                                                    "letters and spaces count). No certificate was issued."))
        else:
            self.issue_status.setText(f"⚠ {error_text(error, self.lang)}")
        self.update_buttons()

    def ask_reissue(self, changes, passphrase: str) -> None:
        """List what would change; Yes issues with exactly these changes confirmed, with the passphrase just typed
        (held only until the answer)."""
        self.issue_status.setText(self.tr("Certificates already handed out would change: answer the question."))
        self.reissue_dialog = ReissueDialog(changes, self.lang, self)
        self.reissue_dialog.accepted.connect(lambda: self.issue_with(passphrase, changes))
        self.reissue_dialog.rejected.connect(lambda: self.issue_status.setText(self.tr(
            "Nothing was issued: the certificates already handed out stay valid as they are.")))
        self.reissue_dialog.finished.connect(lambda _result: self.forget_reissue())
        self.update_buttons()
        self.reissue_dialog.open()

    def forget_reissue(self) -> None:
        """The dialog's slots hold the passphrase: drop them once it is answered."""
        dialog, self.reissue_dialog = self.reissue_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.update_buttons()

    def issue_cancelled(self) -> None:
        self.job = None
        self.issue_status.setText(self.tr("Cancelled: no certificate was issued and no file was written."))
        self.update_buttons()

    # -- issued certificates -------------------------------------------------------------------------------

    def ask_revoke(self) -> None:
        certificate = self.selected()
        if certificate is None or certificate.revoked:
            return
        if self.context.proof is None:
            self.issued_status.setText(f"⚠ {self.no_proof_text()}")
            return
        self.revoke_dialog = RevokeDialog(certificate.code, certificate.facts.name, self)
        self.revoke_dialog.accepted.connect(lambda: self.revoke(certificate.code, self.revoke_dialog.reason_text(),
                                                                self.revoke_dialog.take_passphrase()))
        self.revoke_dialog.open()

    def revoke(self, code: str, reason: str, passphrase: str) -> None:
        """Revoke off the GUI thread: the revocation is signed with the organization's key."""
        from trainer.certificates.issuing import revoke_certificate

        proof = self.context.proof
        if proof is None:
            return
        db, revoked_by = self.db, proof.actor_id

        def revoked(certificate) -> None:
            self.issued_status.setText(self.tr("{code} revoked.").format(code=certificate.code))
            self.data_saved()
            self.reload()

        def failed(error: Exception) -> None:
            if wrong_passphrase(error):
                self.issued_status.setText("⚠ " + self.tr(
                    "That passphrase does not open the organization's key (capital letters and spaces count). "
                    "{code} was not revoked.").format(code=code))
            else:  # no reason given, or revoked meanwhile
                self.issued_status.setText(f"⚠ {error_text(error, self.lang)}")

        self.write(lambda progress: revoke_certificate(db, code, reason, passphrase=passphrase,
                                                       revoked_by_id=revoked_by),
                   self.tr("Revoking {code}…").format(code=code), revoked, failed=failed)

    def reprint(self) -> None:
        from trainer.certificates.issuing import reprint_certificate

        certificate = self.selected()
        if certificate is None:
            return
        db, code, paper = self.db, certificate.code, self.paper.currentData()
        course = self.context.course(certificate.course_id)
        self.write(lambda progress: reprint_certificate(db, code, course, paper=paper),
                   self.tr("Printing {code} again…").format(code=code), self.reprinted)

    def reprinted(self, path: Path) -> None:
        self.issued_status.clear()
        self.file_actions.show_file(path)

    def write(self, work, doing: str, done, status: QLabel | None = None, failed=None) -> None:
        """Small writes (one PDF, a key, a logo, a revocation) off the GUI thread, with what is happening said
        beside them."""
        if self.writing:
            return
        status = status or self.issued_status
        self.writing = True
        status.setText(doing)
        self.update_buttons()

        def finished(result) -> None:
            self.writing = False
            self.update_buttons()
            done(result)

        def went_wrong(error: Exception) -> None:
            self.writing = False
            self.update_buttons()
            if failed is not None:
                failed(error)
            else:
                status.setText(f"⚠ {error_text(error, self.lang)}")

        run_in_background(work, finished, went_wrong)

    def open_verify(self) -> None:
        from trainer.gui.verify import VerifyDialog

        self.verify_dialog = VerifyDialog(self.context, self)
        certificate = self.selected()
        if certificate is not None:
            self.verify_dialog.subject.setText(certificate.code)
        self.verify_dialog.open()

    # -- organization and keys -----------------------------------------------------------------------------

    def save_name(self) -> None:
        self.save_organization(name=self.org_name.text())

    def choose_logo(self) -> None:
        path = self.choose_logo_file()
        if path is not None:
            self.save_organization(logo=str(path))

    def save_organization(self, name: str | None = None, logo: str | None = None, then=None) -> None:
        """Save off the GUI thread; `then` runs once it is saved."""
        from trainer.certificates.organization import set_organization

        db = self.db

        def saved(current) -> None:
            self.show_organization()
            self.org_status.setText(OK_TEXT + " " + self.tr("Saved: new certificates will show it."))
            if then is not None:
                then()

        self.write(lambda progress: set_organization(db, name, logo), self.tr("Saving…"), saved, self.org_status)

    def export_key(self) -> None:
        from trainer.certificates.keys import export_public_key

        from trainer.certificates.organization import organization_name

        path = self.choose_key_target()
        if path is None:
            return
        name = organization_name(self.db)

        def exported(key_id: str) -> None:
            self.key_status.setText(OK_TEXT + " " + self.tr(
                "Public key {key_id} saved in {file}. On the other laptop: Trainer console → Certificates → "
                "Import public key…").format(key_id=key_id, file=path))

        self.write(lambda progress: export_public_key(path, name), self.tr("Saving the key…"), exported,
                   self.key_status)

    def import_key(self) -> None:
        from trainer.certificates.keys import import_public_key

        path = self.choose_key_file()
        if path is None:
            return

        def imported(result) -> None:
            key, new = result
            text = self.tr("This laptop now trusts key {key_id} ({organization}): its certificates verify here.") \
                if new else self.tr("This laptop already trusted key {key_id} ({organization}).")
            self.key_status.setText(OK_TEXT + " " + text.format(key_id=key.key_id,
                                                                organization=key.organization or "?"))
            self.reload_keys()  # an imported key is no longer waiting as an offer

        self.write(lambda progress: import_public_key(path), self.tr("Reading the key…"), imported, self.key_status)

    # -- this organization's key, and the keys bundles offered ---------------------------------------------

    def reload_keys(self) -> None:
        self.key_loads += 1
        load = self.key_loads
        run_in_background(lambda progress: load_keys(), lambda result: self.keys_loaded(load, result),
                          lambda error: self.keys_failed(load, error))

    def keys_loaded(self, load: int, result) -> None:
        if load != self.key_loads:
            return
        own, offers = result
        if own is None:
            self.own_key.setText(self.tr("This laptop has no organization key yet: it is made when the organization "
                                         "is set up."))
            self.own_fingerprint.hide()
        else:
            self.own_key.setText(self.tr("This organization's key is {key_id}. Its fingerprint, to read aloud to "
                                         "whoever approves it on another laptop:").format(key_id=own.key_id))
            self.own_fingerprint.set_fingerprint(own.fingerprint)
            self.own_fingerprint.show()
        chosen = self.selected_offer()
        self.offers = sorted(offers, key=lambda key: (key.organization.casefold(), key.key_id))
        self.offered_model.set_rows([[key.organization or "?", key.offered_by or "?", key.key_id, key.fingerprint]
                                     for key in self.offers], keys=[key.key_id for key in self.offers])
        self.offered_table.resizeColumnsToContents()
        shown = min(max(len(self.offers), 1), 3)  # up to three rows without scrolling
        self.offered_table.setMinimumHeight(self.offered_table.horizontalHeader().sizeHint().height()
                                            + shown * self.offered_table.verticalHeader().defaultSectionSize()
                                            + 2 * self.offered_table.frameWidth())
        keep = next((row for row, key in enumerate(self.offers) if chosen and key.key_id == chosen.key_id), 0)
        if self.offers:
            self.offered_table.selectRow(keep)
        self.offered_box.setVisible(bool(self.offers))
        self.update_buttons()

    def keys_failed(self, load: int, error: Exception) -> None:
        if load == self.key_loads:
            self.key_status.setText(f"⚠ {error_text(error, self.lang)}")

    def selected_offer(self):
        row = self.offered_table.currentIndex().row()
        return self.offers[row] if 0 <= row < len(self.offers) else None

    def ask_key_approval(self) -> None:
        """Show the offered key's fingerprint in large digits; Yes (the organization confirmed it) trusts it here."""
        key = self.selected_offer()
        if key is None or self.approving_key:
            return
        if self.context.proof is None:
            self.key_status.setText("⚠ " + self.tr("Open the console again with your PIN: only a trainer or "
                                                  "organizer approves a key."))
            return
        self.key_approval = FingerprintDialog.for_key(key, self)
        self.key_approval.accepted.connect(lambda: self.approve_key(key))
        self.key_approval.rejected.connect(lambda: self.key_status.setText(self.tr(
            "Not approved: certificates signed with key {key_id} still answer “unknown key”.").format(
            key_id=key.key_id)))
        self.key_approval.open()

    def approve_key(self, key) -> None:
        db, proof = self.db, self.context.proof
        if proof is None or self.approving_key:
            return
        self.approving_key = True
        self.key_status.setText(self.tr("Approving key {key_id}…").format(key_id=key.key_id))
        self.update_buttons()

        def approved(trusted) -> None:
            self.approving_key = False
            self.key_status.setText(OK_TEXT + " " + self.tr(
                "This laptop now trusts key {key_id} ({organization}): its certificates verify here.").format(
                key_id=trusted.key_id, organization=trusted.organization or "?"))
            self.reload_keys()

        def failed(error: Exception) -> None:
            self.approving_key = False
            self.key_status.setText(f"⚠ {error_text(error, self.lang)}")
            self.reload_keys()

        run_in_background(lambda progress: approve_key(db, proof, key.key_id), approved, failed)
