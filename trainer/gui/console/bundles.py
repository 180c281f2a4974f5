"""USB sticks: collect learners' progress, prepare participants' laptops, send everything to the organizer,
and settle what two laptops recorded differently (conflicts, one person with two profiles).

Looking inside bundles, merging and writing them run off the GUI thread; Cancel
stops a merge between two bundles (each bundle goes in whole or not at all).
"""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from trainer.countries import country_name
from trainer.errors import UserError
from trainer.gui.console.common import ERROR_MARK, OK_TEXT, FileActions, Section, compact, error_text
from trainer.gui.operations import Cancelled, run_in_background
from trainer.gui.operations import ProgressJob
from trainer.gui.usb import BundleText, FingerprintDialog, bundle_file_name, choose_folder
from trainer.gui.widgets import ErrorLine, FingerprintLabel, heading, muted

FILE, WHAT, DEVICE, CREATED, ADDS = range(5)


def inspect_folder(db, folder: Path, progress, checking: str) -> list[tuple]:
    """Every bundle on the stick with what it would add here, or why it is refused: (path, inspection, error)."""
    from trainer.bundles.service import find_bundles, inspect

    paths = find_bundles(folder)
    found = []
    for done, path in enumerate(paths):
        progress.report(done, len(paths), checking.format(file=path.name, number=done + 1, count=len(paths)))
        try:
            found.append((path, inspect(db, path), None))
        except UserError as error:
            found.append((path, None, error))
    return found


def merge_bundles(db, paths: list[Path], progress, merging: str, proof=None) -> tuple[list, bool]:
    """Import bundles one by one, as the trainer who opened the console (`proof`); Cancel stops between two.
    Returns the results so far and whether it stopped."""
    from trainer.bundles.service import import_bundles

    results = []
    for done, path in enumerate(paths):
        try:
            progress.report(done, len(paths), merging.format(file=path.name, number=done + 1, count=len(paths)))
        except Cancelled:
            return results, True
        results += import_bundles(db, [path], proof=proof)
    return results, False


def approval_needed(inspection, error) -> tuple[str, str] | None:
    """(laptop name, fingerprint) when a file waits for its laptop to be approved here, else None."""
    if inspection is not None and getattr(inspection, "needs_approval", False):
        return inspection.device_name, inspection.fingerprint
    if error is not None and getattr(error, "code", None) == "not-approved":
        return error.params.get("name", "?"), error.params.get("fingerprint", "")
    return None


class BundlesSection(Section):
    def __init__(self, console, parent=None):
        super().__init__(console, parent)
        self.found: list[tuple] = []
        self.job: ProgressJob | None = None
        self.merge_dialog = None
        self.approval: FingerprintDialog | None = None
        self.approving = False
        self.reading_fingerprint = False
        self.text = BundleText(self)
        self.conflict_loads = 0  # a list loaded before the latest change is not shown
        self.title = heading(self.tr("USB sticks"), 15)

        # -- collecting
        self.collect_button = QPushButton(self.tr("&Collect from USB…"))
        self.collect_button.clicked.connect(self.collect)
        self.folder_label = muted(self.tr("Choose the USB stick where learners saved their progress."))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("What"), self.tr("From laptop"),
                                              self.tr("Made"), self.tr("What it adds here")])
        self.table.setAccessibleName(self.tr("Files found on the USB stick; check the ones to merge"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact(self.table)
        rows = self.table.verticalHeader().defaultSectionSize()  # two files in view even on a 600-pixel screen
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 2 * rows + 4)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in range(self.table.columnCount()):  # every heading whole, in either language
            self.table.setColumnWidth(column, self.table.horizontalHeader().sectionSizeHint(column))
        self.table.itemChanged.connect(lambda _item: self.update_buttons())
        self.table.currentCellChanged.connect(lambda row, *_: (self.show_detail(row), self.update_buttons()))
        self.details: list[str] = []
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.detail.hide()
        self.merge_button = QPushButton(self.tr("&Merge checked"))
        self.merge_button.clicked.connect(self.merge)
        self.approve_button = QPushButton(self.tr("Appro&ve this laptop…"))
        self.approve_button.setToolTip(self.tr("Compare the fingerprint of the laptop that made the chosen file; "
                                               "once approved, its workshop and organizer files can be merged."))
        self.approve_button.clicked.connect(self.ask_approval)
        self.merge_result = QLabel()
        self.merge_result.setWordWrap(True)
        self.collect_error = ErrorLine()
        collect_top = QHBoxLayout()
        collect_top.addWidget(self.collect_button)
        collect_top.addWidget(self.folder_label, 1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.approve_button)
        merge_row.addWidget(self.merge_result, 1)
        collect_box = QGroupBox(self.tr("Collect learners' progress"))
        collect_layout = QVBoxLayout(collect_box)
        collect_layout.addLayout(collect_top)
        collect_layout.addWidget(self.collect_error)
        collect_layout.addWidget(self.table, 1)
        collect_layout.addWidget(self.detail)
        collect_layout.addLayout(merge_row)

        # -- sending
        self.prepare_button = QPushButton(self.tr("&Prepare laptops for this workshop…"))
        self.prepare_button.setToolTip(self.tr("Writes the roster and sessions to a USB stick; each participant's "
                                               "laptop imports it to find their names."))
        self.prepare_button.clicked.connect(self.prepare_laptops)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Which workshops to send"))
        self.scope.addItem(self.tr("This workshop"), "one")
        self.scope.addItem(self.tr("All workshops"), "all")
        self.organizer_button = QPushButton(self.tr("Send to the &organizer…"))
        self.organizer_button.setToolTip(self.tr("Writes attendance, progress and certificates to a USB stick for "
                                                 "the office."))
        self.organizer_button.clicked.connect(self.send_to_organizer)
        self.send_status = QLabel()
        self.send_status.setWordWrap(True)
        self.send_actions = FileActions()
        send_row = QHBoxLayout()  # the status beside the buttons: a 600-pixel screen keeps room for the lists
        send_row.addWidget(self.prepare_button)
        send_row.addWidget(self.send_status, 1)
        send_row.addWidget(self.scope)
        send_row.addWidget(self.organizer_button)
        send_box = QGroupBox(self.tr("Write to a USB stick"))
        send_layout = QVBoxLayout(send_box)
        send_layout.addLayout(send_row)
        send_layout.addWidget(self.send_actions)

        # -- this laptop's fingerprint, which other laptops compare before taking its files
        self.fingerprint = FingerprintLabel("…", 20)
        fingerprint_box = QGroupBox(self.tr("This laptop's fingerprint"))
        fingerprint_layout = QHBoxLayout(fingerprint_box)
        fingerprint_layout.setContentsMargins(8, 2, 8, 2)  # one line: the lists above keep the height
        fingerprint_layout.addWidget(self.fingerprint)
        fingerprint_layout.addSpacing(16)
        fingerprint_layout.addWidget(muted(self.tr("Another laptop asks for these 16 digits before it takes this "
                                                   "laptop's workshop files: read them to its trainer.")), 1)

        # -- conflicts and duplicate people
        self.conflict_tree = QTreeWidget()
        self.conflict_tree.setColumnCount(3)
        self.conflict_tree.setHeaderLabels([self.tr("What differs"), self.tr("In force now"),
                                            self.tr("The other laptop's version")])
        self.conflict_tree.setAccessibleName(self.tr("Conflicts: what two laptops recorded differently"))
        self.conflict_tree.header().setSectionResizeMode(QHeaderView.Interactive)
        self.conflict_tree.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.keep_button = QPushButton(self.tr("K&eep current"))
        self.other_button = QPushButton(self.tr("&Use the other version"))
        self.keep_button.clicked.connect(lambda: self.resolve("current"))
        self.other_button.clicked.connect(lambda: self.resolve("other"))
        self.people_button = QPushButton(self.tr("Merge t&wo profiles of one person…"))
        self.people_button.clicked.connect(self.open_merge_people)
        self.conflict_status = QLabel()
        self.conflict_status.setWordWrap(True)
        self.people_status = QLabel()
        self.people_status.setWordWrap(True)
        self.people_status.hide()  # shown once there is something to say: its line goes to the lists meanwhile
        conflict_buttons = QHBoxLayout()
        conflict_buttons.addWidget(self.keep_button)
        conflict_buttons.addWidget(self.other_button)
        conflict_buttons.addWidget(self.conflict_status, 1)
        conflict_buttons.addWidget(self.people_button)
        conflict_box = QGroupBox(self.tr("Conflicts: what two laptops recorded differently"))
        conflict_layout = QVBoxLayout(conflict_box)
        conflict_layout.addWidget(self.conflict_tree, 1)
        conflict_layout.addLayout(conflict_buttons)
        conflict_layout.addWidget(self.people_status)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        lists = QSplitter(Qt.Vertical)  # the trainer drags the line between them to see more of either
        lists.setChildrenCollapsible(False)
        lists.addWidget(collect_box)
        lists.addWidget(conflict_box)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 1)
        layout.addWidget(lists, 1)
        layout.addWidget(send_box)
        layout.addWidget(fingerprint_box)
        self.update_buttons()

    # -- choosing folders (tests replace this) -------------------------------------------------------------

    def choose_folder(self, title: str) -> Path | None:
        return choose_folder(self, title)

    # -- refreshing ----------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from trainer.bundles.conflicts import list_conflicts

        workshop = self.console.workshop()
        self.title.setText(self.tr("USB sticks: {workshop}").format(workshop=workshop.title) if workshop
                           else self.tr("USB sticks"))
        self.conflict_loads += 1
        db, load = self.db, self.conflict_loads
        run_in_background(lambda progress: list_conflicts(db),
                          lambda conflicts: load == self.conflict_loads and self.show_conflicts(conflicts),
                          lambda error: self.conflict_status.setText(f"{ERROR_MARK} {error_text(error, self.lang)}"))
        self.show_fingerprint()
        self.update_buttons()

    def show_fingerprint(self) -> None:
        """This laptop's fingerprint, off the GUI thread. The laptop's key is made the first time it is needed,
        so the page's other jobs (which sign or check with it) wait until it is read."""
        from trainer.trust import this_laptop_fingerprint

        if self.reading_fingerprint or self.job is not None:
            return
        db = self.db
        self.reading_fingerprint = True

        def shown(fingerprint: str) -> None:
            self.reading_fingerprint = False
            self.fingerprint.set_fingerprint(fingerprint)
            self.update_buttons()

        def failed(error: Exception) -> None:
            self.reading_fingerprint = False
            self.fingerprint.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
            self.update_buttons()

        run_in_background(lambda progress: this_laptop_fingerprint(db), shown, failed)

    def idle(self) -> bool:
        return self.job is None and not self.reading_fingerprint

    def update_buttons(self) -> None:
        idle = self.idle()
        has_workshop = self.console.workshop() is not None
        self.collect_button.setEnabled(idle)
        self.merge_button.setEnabled(idle and bool(self.checked_paths()))
        self.approve_button.setEnabled(idle and not self.approving and self.current_approval() is not None)
        self.prepare_button.setEnabled(idle and has_workshop)
        self.organizer_button.setEnabled(idle)
        chosen = self.chosen_conflict() is not None
        self.keep_button.setEnabled(idle and chosen)
        self.other_button.setEnabled(idle and chosen)
        self.people_button.setEnabled(idle and has_workshop)

    # -- collecting ----------------------------------------------------------------------------------------

    def collect(self) -> None:
        folder = self.choose_folder(self.tr("Choose the USB stick with the learners' files"))
        if folder is not None:
            self.collect_folder(folder)

    def collect_folder(self, folder: Path) -> None:
        """Find the bundles on the stick and look inside each one, off the GUI thread."""
        if not self.idle():
            return
        db, checking = self.db, self.tr("Looking inside {file} ({number} of {count})…")
        self.collect_error.hide()
        self.merge_result.clear()
        self.folder_label.setText(self.tr("Looking for files in {folder}…").format(folder=folder))
        self.job = ProgressJob(self, self.tr("Collect from USB"), self.tr("Looking for Trainer files…"),
                               lambda progress: inspect_folder(db, folder, progress, checking),
                               lambda found: self.show_found(folder, found), self.collect_failed,
                               lambda: self.collect_cancelled(folder))
        self.update_buttons()

    def collect_failed(self, error: Exception) -> None:
        self.job = None
        self.folder_label.clear()
        self.collect_error.show_error(error_text(error, self.lang))
        self.update_buttons()

    def collect_cancelled(self, folder: Path) -> None:
        self.job = None
        self.folder_label.setText(self.tr("Stopped looking in {folder}.").format(folder=folder))
        self.update_buttons()

    def show_found(self, folder: Path, found: list[tuple]) -> None:
        self.job = None
        self.found = found
        refused = sum(error is not None or inspection.needs_approval for _path, inspection, error in found)
        if not found:
            self.folder_label.setText(self.tr("No Trainer files (.trainer) in {folder}.").format(folder=folder))
        else:
            self.folder_label.setText(self.tr("{count} file(s) in {folder}; {refused} cannot be merged (marked ⚠). "
                                              "Check the ones to merge.").format(count=len(found), folder=folder,
                                                                                 refused=refused))
        self.table.blockSignals(True)
        self.table.setRowCount(len(found))
        self.details = [""] * len(found)
        for row, (path, inspection, error) in enumerate(found):
            name = QTableWidgetItem(path.name)
            name.setToolTip(str(path))
            self.table.setItem(row, FILE, name)
            self.set_checkable(row, inspection, error)
            self.show_row(row, path, inspection, error)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, widest in ((FILE, 190), (WHAT, 190), (DEVICE, 150)):  # long names are cut, never the heading
            self.table.setColumnWidth(column, max(min(self.table.columnWidth(column), widest),
                                                  header.sectionSizeHint(column)))
        self.update_buttons()
        if found:
            self.table.setFocus()
            self.table.setCurrentCell(0, FILE)
        self.show_detail(self.table.currentRow())

    def set_checkable(self, row: int, inspection, error) -> None:
        """A file can be checked for merging unless it is refused or its laptop waits for approval."""
        item = self.table.item(row, FILE)
        mergeable = error is None and not inspection.needs_approval
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | (Qt.ItemIsUserCheckable if mergeable else
                                                                 Qt.NoItemFlags))
        if mergeable:
            item.setCheckState(Qt.Checked if inspection.report.changes_anything else Qt.Unchecked)
        else:
            item.setData(Qt.CheckStateRole, None)

    def show_row(self, row: int, path: Path, inspection, error, merged: bool = False) -> None:
        """A file's cells, and the whole story of it for the line under the table (cells are cut short)."""
        if error is not None:
            cells = ("", "", "", f"{ERROR_MARK} {error_text(error, self.lang)}")
            self.details[row] = f"{path.name}: {cells[3]}"
        else:
            device = inspection.device_name + (" " + self.tr("(first file from this laptop)")
                                               if inspection.new_device else "")
            adds = self.text.what_it_adds(inspection)
            if merged:
                adds = OK_TEXT + " " + self.tr("merged: {adds}").format(adds=adds)
            elif inspection.needs_approval:
                adds = f"{ERROR_MARK} " + self.tr("laptop not approved here yet: Approve this laptop… (it would "
                                                  "add: {adds})").format(adds=adds)
            cells = (self.text.what_it_is(inspection), device, self.text.made(inspection), adds)
            self.details[row] = self.tr("{file}: {what}, from {device}, made {made}.\n{adds}\n{tables}").format(
                file=path.name, what=cells[0], device=device, made=cells[2], adds=adds,
                tables="; ".join(self.text.table_lines(inspection.report)))
            notes = []
            if inspection.needs_approval:
                notes.append(self.tr("Fingerprint of that laptop: {fingerprint}").format(
                    fingerprint=inspection.fingerprint))
            if inspection.profiles_left_out:
                notes.append(self.tr("{count} profile(s) registered on another laptop are kept as they are "
                                     "here: a participant's laptop does not change them.").format(
                    count=inspection.profiles_left_out))
            if inspection.rescored:
                notes.append(self.tr("{count} quiz attempt(s) scored here from their answers.").format(
                    count=inspection.rescored))
            untrusted = sum(getattr(inspection, "offered_keys", {}).values())
            if untrusted:
                notes.append(self.tr("It offers {count} organization key(s) this laptop does not trust yet: once it "
                                     "is merged, compare their fingerprints in Certificates ▸ Keys offered by "
                                     "bundles.").format(count=untrusted))
            if notes:
                self.details[row] += "\n" + "\n".join(notes)
        for column, text in zip((WHAT, DEVICE, CREATED, ADDS), cells):
            item = QTableWidgetItem(text)
            item.setToolTip(self.details[row])
            self.table.setItem(row, column, item)

    def show_detail(self, row: int) -> None:
        self.detail.setText(self.details[row] if 0 <= row < len(self.details) else "")
        self.detail.setVisible(bool(self.detail.text()))

    def checked_paths(self) -> list[Path]:
        return [self.found[row][0] for row in range(min(self.table.rowCount(), len(self.found)))
                if self.table.item(row, FILE) and self.table.item(row, FILE).checkState() == Qt.Checked]

    def merge(self) -> None:
        paths = self.checked_paths()
        if not paths or not self.idle():
            return
        db, merging = self.db, self.tr("Merging {file} ({number} of {count})…")
        self.merge_result.clear()
        proof = self.context.proof
        self.job = ProgressJob(self, self.tr("Merge"), self.tr("Merging…"),
                               lambda progress: merge_bundles(db, paths, progress, merging, proof), self.merged,
                               self.merge_failed)
        self.update_buttons()

    def merged(self, outcome) -> None:
        self.job = None
        results, stopped = outcome
        rows = {path: row for row, (path, _inspection, _error) in enumerate(self.found)}
        self.table.blockSignals(True)
        for result in results:
            row = rows[result.path]
            if result.ok:
                self.table.item(row, FILE).setCheckState(Qt.Unchecked)
            self.show_row(row, result.path, result.inspection, result.error, merged=result.ok)
        self.table.blockSignals(False)
        self.show_detail(self.table.currentRow())
        merged = sum(result.ok for result in results)
        text = self.tr("{merged} file(s) merged, {refused} refused.").format(merged=merged,
                                                                             refused=len(results) - merged)
        if stopped:
            text += " " + self.tr("Cancelled: the files not merged yet are still checked.")
        self.merge_result.setText((OK_TEXT + " " if merged else "") + text)
        self.update_buttons()
        if merged:
            self.data_saved()
            self.refresh()

    def merge_failed(self, error: Exception) -> None:
        self.job = None
        self.merge_result.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
        self.update_buttons()
        self.data_saved()  # bundles merged before the failure stay merged
        self.refresh()

    # -- approving another laptop --------------------------------------------------------------------------

    def current_approval(self) -> tuple[str, str] | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.found):
            return None
        _path, inspection, error = self.found[row]
        return approval_needed(inspection, error)

    def ask_approval(self) -> None:
        """Compare the chosen file's laptop fingerprint with what that laptop shows; Yes approves it here."""
        waiting = self.current_approval()
        if waiting is None or not self.idle():
            return
        row = self.table.currentRow()
        path, inspection, _error = self.found[row]
        name, fingerprint = waiting
        what = self.tr("It holds: {what}.").format(what=self.text.what_it_is(inspection)) if inspection else ""
        self.approval = FingerprintDialog(name, fingerprint, what, self.tr(
            "Does the laptop “{name}” show these same 16 digits? (On that laptop: Trainer console ▸ USB sticks ▸ "
            "This laptop's fingerprint)").format(name=name), self)
        self.approval.accepted.connect(lambda: self.approve(row, path, name, fingerprint))
        self.approval.rejected.connect(lambda: self.merge_result.setText(self.tr(
            "Not approved: nothing from {file} is merged.").format(file=path.name)))
        self.approval.open()

    def approve(self, row: int, path: Path, name: str, fingerprint: str) -> None:
        from trainer.bundles.service import approve_sender

        db, proof = self.db, self.context.proof
        self.approving = True
        self.merge_result.setText(self.tr("Approving the laptop “{name}”…").format(name=name))
        self.update_buttons()

        def approved(inspection) -> None:
            self.approving = False
            if row < len(self.found) and self.found[row][0] == path:
                self.found[row] = (path, inspection, None)
                self.table.blockSignals(True)
                self.set_checkable(row, inspection, None)
                self.show_row(row, path, inspection, None)
                self.table.blockSignals(False)
                self.show_detail(self.table.currentRow())
            self.merge_result.setText(OK_TEXT + " " + self.tr(
                "The laptop “{name}” is approved: its workshop and organizer files can be merged now.").format(
                name=name))
            self.update_buttons()

        def failed(error: Exception) -> None:
            self.approving = False
            self.merge_result.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
            self.update_buttons()

        run_in_background(lambda progress: approve_sender(db, proof, path, expected_fingerprint=fingerprint),
                          approved, failed)

    # -- sending -------------------------------------------------------------------------------------------

    def prepare_laptops(self) -> None:
        from trainer.bundles.service import export_workshop_bundle

        workshop = self.console.workshop()
        course = self.context.course(workshop.course_id) if workshop else None
        if workshop is None:
            return
        if course is None:
            self.send_status.setText(f"{ERROR_MARK} " + self.tr(
                "The course of this workshop ({course}) is not installed on this laptop.").format(
                course=workshop.course_id))
            return
        folder = self.choose_folder(self.tr("Choose the USB stick for the participants' laptops"))
        if folder is None:
            return
        db, target = self.db, folder / bundle_file_name("workshop", workshop.title, self.lang)
        self.write(self.tr("Prepare laptops"), lambda progress: export_workshop_bundle(db, workshop.id, course,
                                                                                         target),
                   self.tr("On each participant's laptop, choose “Prepare this laptop for a workshop…” and then "
                           "this file."))

    def send_to_organizer(self) -> None:
        from trainer.bundles.service import export_organizer_bundle

        workshop = self.console.workshop()
        everything = self.scope.currentData() == "all" or workshop is None
        folder = self.choose_folder(self.tr("Choose the USB stick for the organizer"))
        if folder is None:
            return
        name = f"{self.tr('all') if everything else workshop.title}-{date.today().isoformat()}"
        db, target, ids = self.db, folder / bundle_file_name("organizer", name, self.lang), None if everything else [workshop.id]
        self.write(self.tr("Send to the organizer"),
                   lambda progress: export_organizer_bundle(db, target, ids, progress.report),
                   self.tr("Give this USB stick to the organizer, who merges it in their console (USB sticks → "
                           "Collect from USB…)."))

    def write(self, title: str, work, next_step: str) -> None:
        if not self.idle():
            return
        self.send_status.clear()
        self.send_actions.hide()

        def written(path: Path) -> None:
            self.job = None
            self.send_actions.show_file(path)
            self.send_actions.open_button.hide()  # a .trainer file opens nowhere but in Trainer
            self.send_actions.folder_button.setFocus()
            self.send_status.setText(next_step)
            self.update_buttons()

        def failed(error: Exception) -> None:
            self.job = None
            self.send_status.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
            self.update_buttons()

        def cancelled() -> None:
            self.job = None
            self.send_status.setText(self.tr("Cancelled: no file was written."))
            self.update_buttons()

        self.job = ProgressJob(self, title, self.tr("Writing the file…"), work, written, failed, cancelled)
        self.update_buttons()

    # -- conflicts -----------------------------------------------------------------------------------------

    def show_conflicts(self, conflicts: list) -> None:
        self.conflict_tree.clear()
        kinds = {"participants": self.tr("Profile"), "workshops": self.tr("Workshop"),
                 "workshop_sessions": self.tr("Session"), "attendance": self.tr("Attendance")}
        for conflict in conflicts:
            for other in conflict.others:
                if other.resolved_at is not None:
                    continue
                top = QTreeWidgetItem([f"{kinds.get(conflict.table_name, conflict.table_name)}: {conflict.subject}"])
                top.setData(0, Qt.UserRole, other.conflict_id)
                top.setToolTip(0, top.text(0))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                self.conflict_tree.addTopLevelItem(top)
                top.setFirstColumnSpanned(True)
                for difference in other.differences:
                    QTreeWidgetItem(top, [self.column_label(difference.column),
                                          self.value_text(difference.column, difference.current),
                                          self.value_text(difference.column, difference.other)])
        self.conflict_tree.expandAll()
        self.conflict_tree.resizeColumnToContents(0)
        self.conflict_tree.setColumnWidth(0, min(max(self.conflict_tree.columnWidth(0), 200), 360))
        self.conflict_tree.setColumnWidth(1, 220)
        count = self.conflict_tree.topLevelItemCount()
        self.conflict_status.setText(
            self.tr("{count} to decide: choose one, then keep what is in force or use the other version.").format(
                count=count) if count else OK_TEXT + " " + self.tr("No conflicts: the laptops agree."))
        if count:
            self.conflict_tree.setCurrentItem(self.conflict_tree.topLevelItem(0))
        self.update_buttons()

    def column_label(self, column: str) -> str:
        return {
            "name": self.tr("Name"), "organization": self.tr("Organization"), "sector": self.tr("Sector"),
            "country": self.tr("Country"), "sex": self.tr("Sex"), "email": self.tr("E-mail"),
            "language": self.tr("Language"),
            "title": self.tr("Title"), "place": self.tr("Place"), "course_id": self.tr("Course"),
            "module_ids": self.tr("Modules taught"), "starts_on": self.tr("Starts on"), "ends_on": self.tr("Ends on"),
            "attendance_threshold": self.tr("Attendance threshold"), "trainer_id": self.tr("Trainer"),
            "date": self.tr("Date"), "start_time": self.tr("Start time"), "hours": self.tr("Hours"),
            "status": self.tr("Attendance mark"), "workshop_id": self.tr("Workshop"),
        }.get(column, column)

    def value_text(self, column: str, value) -> str:
        from trainer.workshops.attendance_sheet import status_label

        if value is None or value == "" or value == []:
            return "—"
        if column == "status":
            return status_label(value, self.lang) or str(value)
        if column == "country":
            return country_name(value, self.lang)
        if column == "module_ids":
            return ", ".join(value)
        if column == "attendance_threshold":
            return f"{value} %"
        named = {"sector": {"private": self.tr("Private"), "public": self.tr("Public"),
                            "academic": self.tr("Academic"), "other": self.tr("Other")},
                 "sex": {"female": self.tr("Female"), "male": self.tr("Male"), "other": self.tr("Other")},
                 "language": {"es": "Español", "en": "English"}}
        return named.get(column, {}).get(value, str(value))

    def chosen_conflict(self) -> str | None:
        item = self.conflict_tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, Qt.UserRole) if item is not None else None

    def resolve(self, outcome: str) -> None:
        from trainer.bundles.conflicts import resolve_conflict

        conflict_id = self.chosen_conflict()
        if conflict_id is None:
            return
        me = self.actor_id()
        try:
            resolve_conflict(self.db, conflict_id, outcome, resolved_by_id=me)
        except UserError as error:
            self.conflict_status.setText(f"{ERROR_MARK} {error_text(error, self.lang)}")
            return
        self.data_saved()
        self.refresh()

    # -- one person, two profiles --------------------------------------------------------------------------

    def open_merge_people(self) -> None:
        from trainer.workshops.service import roster

        workshop = self.console.workshop()
        if workshop is None:
            return
        self.merge_dialog = MergePeopleDialog(roster(self.db, workshop.id), self.lang, self)
        self.merge_dialog.accepted.connect(lambda: self.merge_people(*self.merge_dialog.chosen()))
        self.merge_dialog.open()

    def merge_people(self, keep, other) -> None:
        from trainer.bundles.participants import merge_participants

        db, me = self.db, self.actor_id()

        def merged(moved: int) -> None:
            self.tell_people(OK_TEXT + " " + self.tr(
                "{other} is now the same person as {keep}; {moved} record(s) moved.").format(
                other=other.name, keep=keep.name, moved=moved))
            self.data_saved()
            self.refresh()

        self.tell_people(self.tr("Merging the two profiles…"))
        run_in_background(lambda progress: merge_participants(db, keep.id, other.id, me), merged,
                          lambda error: self.tell_people(f"{ERROR_MARK} {error_text(error, self.lang)}"))

    def tell_people(self, text: str) -> None:
        self.people_status.setText(text)
        self.people_status.show()


class MergePeopleDialog(QDialog):
    """Pick the profile to keep and the one that is the same person; says what will happen before it does."""

    def __init__(self, people: list, lang: str, parent=None):
        super().__init__(parent)
        self.people, self.lang = people, lang
        self.setWindowTitle(self.tr("Merge two profiles of one person"))
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.merge_button = self.buttons.addButton(self.tr("&Merge into one person"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.keep = QComboBox()
        self.other = QComboBox()
        for combo, name in ((self.keep, self.tr("Profile to keep")),
                            (self.other, self.tr("Same person, merged into it"))):
            for person in people:
                combo.addItem(self.describe(person), person.id)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _index: self.explain())
        if len(people) > 1:
            self.other.setCurrentIndex(1)
        form = QFormLayout()
        form.addRow(self.tr("Profile to &keep:"), self.keep)
        form.addRow(self.tr("&Same person, merged into it:"), self.other)
        layout = QVBoxLayout(self)
        layout.addWidget(muted(self.tr("Use this when one person was registered twice, for example on two laptops. "
                                       "Check the organization and e-mail to be sure it is the same person.")))
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self.explain()

    def describe(self, person) -> str:
        details = [person.organization, person.email or "", country_name(person.country, self.lang)
                   if person.country else "", person.id[:6]]
        return " · ".join([person.name] + [d for d in details if d])

    def chosen(self) -> tuple:
        by_id = {person.id: person for person in self.people}
        return by_id[self.keep.currentData()], by_id[self.other.currentData()]

    def explain(self) -> None:
        same = self.keep.currentData() == self.other.currentData() or len(self.people) < 2
        self.merge_button.setEnabled(not same)
        if same:
            self.consequence.setText(self.tr("Choose two different profiles."))
            return
        keep, other = self.chosen()
        self.consequence.setText(self.tr(
            "Everything recorded for “{other}” (lessons, quizzes, attendance, certificates) moves to “{keep}”, on "
            "this laptop and on every laptop that receives this decision in a USB file. It cannot be undone.").format(
            other=other.name, keep=keep.name))
