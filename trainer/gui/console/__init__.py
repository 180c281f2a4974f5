"""The trainer console: one page per job (workshops, roster, attendance, paper, class progress, reports,
certificates, USB sticks).

The workshop chosen at the top is the one every page is about; pages reload
themselves when it changes or when the context says data changed. The list of
workshops is fetched once per change, off the GUI thread, for the picker and
the Workshops page alike.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget, QComboBox, QFrame, QHBoxLayout, QLabel, QListWidget, QScrollArea, QSplitter,
    QStackedWidget, QTableView, QTreeView, QVBoxLayout, QWidget,
)

from trainer.gui.widgets import heading, muted

TABLE_MINIMUM_HEIGHT = 110  # a header and about three rows


class PageStack(QStackedWidget):
    """Asks for the room of the page shown, not of the tallest page (as QStackedWidget does), so the scroll area
    around it scrolls only when the page shown needs more room than the window has."""

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else super().heightForWidth(width)


class ConsoleScreen(QWidget):
    workshop_changed = Signal(str)
    data_changed = Signal(object)  # the section that changed data; the others reload when next shown
    workshops_listed = Signal()  # `listings` holds the workshops as they are now

    def __init__(self, context, parent=None):
        super().__init__(parent)
        from trainer.gui.console.attendance import AttendanceSection
        from trainer.gui.console.bundles import BundlesSection
        from trainer.gui.console.certificates import CertificatesSection
        from trainer.gui.console.class_progress import ClassProgressSection
        from trainer.gui.console.paper import PaperSection
        from trainer.gui.console.reports import ReportsSection
        from trainer.gui.console.roster import RosterSection
        from trainer.gui.console.workshops import WorkshopsSection

        self.context = context
        self.workshop_id: str | None = None
        self._workshop = None
        self.listings: list = []  # every workshop (trainer.workshops.service.WorkshopListing), current ones first
        self.listing = False  # a fetch of the list is on its way
        self.listed = 0  # fetches started; only the newest one's answer is shown
        self.listings_stale = False  # data changed since the list was fetched (the number enrolled, say)
        self.data_changed.connect(self.mark_listings_stale)
        context.changed.connect(self.mark_listings_stale)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Console sections"))
        self.nav.setMinimumWidth(120)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.nav.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.pages = PageStack()
        self.workshops = WorkshopsSection(self)
        self.roster = RosterSection(self)
        self.attendance = AttendanceSection(self)
        self.paper = PaperSection(self)
        self.progress = ClassProgressSection(self)
        self.reports = ReportsSection(self)
        self.certificates = CertificatesSection(self)
        self.bundles = BundlesSection(self)
        sections = ((self.tr("Workshops"), self.workshops), (self.tr("Roster"), self.roster),
                    (self.tr("Attendance"), self.attendance), (self.tr("Paper mode"), self.paper),
                    (self.tr("Class progress"), self.progress), (self.tr("Reports"), self.reports),
                    (self.tr("Certificates"), self.certificates), (self.tr("USB sticks"), self.bundles))
        for number, (name, page) in enumerate(sections, start=1):
            self.nav.addItem(name)
            self.nav.item(number - 1).setToolTip(f"Ctrl+{number}")
            page.setAccessibleName(name)
            self.pages.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, activated=lambda n=number: self.show_section(n - 1),
                      context=Qt.WidgetWithChildrenShortcut)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        # On a small screen a page scrolls rather than squeezing its tables to a sliver: each table keeps room
        # for a few rows, and the stack asks only for the room of the page shown.
        for table in self.pages.findChildren(QTableView) + self.pages.findChildren(QTreeView):
            if not isinstance(table.parentWidget(), QCalendarWidget):
                table.setMinimumHeight(max(table.minimumHeight(), TABLE_MINIMUM_HEIGHT))
        self.pages.currentChanged.connect(lambda _index: self.pages.updateGeometry())
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.NoFrame)
        self.page_scroll.setWidget(self.pages)

        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(30)
        self.picker.setAccessibleName(self.tr("Workshop"))
        self.picker.activated.connect(lambda index: self.select_workshop(self.picker.itemData(index)))
        picker_label = QLabel(self.tr("Wor&kshop:"))
        picker_label.setBuddy(self.picker)
        title = heading(self.tr("Trainer console"), 18)
        title.setWordWrap(False)
        top = QHBoxLayout()  # a row of its own: a long title, its dates and "enrolled: 25" read whole at 1024 px
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        right = QVBoxLayout()
        right.addWidget(title)
        right.addLayout(top)
        right.addWidget(self.page_scroll, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        left_side, right_side = QWidget(), QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.nav, 1)
        hint = muted(self.tr("Ctrl+1 … Ctrl+8: go to a section"))
        hint.setWordWrap(True)
        left.addWidget(hint)
        right.setContentsMargins(0, 0, 0, 0)
        right_side.setLayout(right)
        # The trainer drags the line between the sections and the page; where it was left is remembered.
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_side)
        self.splitter.addWidget(right_side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 900])
        saved = context.preferences.splitter("console")
        if saved is not None:
            self.splitter.restoreState(saved)
        self.splitter.splitterMoved.connect(
            lambda *_: context.preferences.set_splitter("console", self.splitter.saveState()))
        layout.addWidget(self.splitter)
        self.reload_workshops()
        self.nav.setCurrentRow(0)

    def show_section(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        self.pages.currentWidget().setFocus()
        self.pages.currentWidget().focusNextChild()

    def reload_workshops(self) -> None:
        """Fetch the workshops off the GUI thread (an office database holds years of them), then fill the picker
        (current ones first, then upcoming, then past), keep the choice and tell the Workshops page."""
        from trainer.gui.operations import run_in_background

        self.listed += 1
        self.listing, self.listings_stale = True, False
        fetch, database, today = self.listed, self.context.database, _today()
        run_in_background(lambda _progress: sorted_listings(database, today),
                          lambda listings: self.workshops_arrived(fetch, listings),
                          lambda error: self.workshops_failed(fetch, error))

    def mark_listings_stale(self, _source=None) -> None:
        self.listings_stale = True

    def workshops_arrived(self, fetch: int, listings: list) -> None:
        from shiboken6 import isValid

        if fetch != self.listed or not isValid(self.picker):  # a newer fetch is on its way, or the console closed
            return
        self.listing = False
        self.listings = listings
        self.picker.clear()
        for item in listings:
            self.picker.addItem(workshop_line(item), item.workshop.id)
        self.workshops_listed.emit()
        if self.workshop_id is None and listings:
            self.select_workshop(listings[0].workshop.id)
        else:
            self.picker.setCurrentIndex(max(self.picker.findData(self.workshop_id), 0))

    def workshops_failed(self, fetch: int, error: Exception) -> None:
        if fetch != self.listed:
            return
        self.listing = False
        raise error  # as any unexpected error on the GUI thread: the application's error handler shows it

    def select_workshop(self, workshop_id: str | None) -> None:
        if not workshop_id or workshop_id == self.workshop_id:
            return
        self.workshop_id = workshop_id
        self._workshop = None
        self.picker.setCurrentIndex(max(self.picker.findData(workshop_id), 0))
        self.workshop_changed.emit(workshop_id)

    def workshop_saved(self, workshop_id: str, source=None) -> None:
        """A workshop was created or edited (by `source`): refresh the picker and the pages about it."""
        self._workshop = None
        if workshop_id == self.workshop_id:
            self.data_changed.emit(source)
            self.reload_workshops()
        else:
            self.reload_workshops()
            self.select_workshop(workshop_id)

    def workshop(self):
        """The chosen workshop with its sessions, or None when there is none yet."""
        if self.workshop_id is None:
            return None
        if self._workshop is None:
            from trainer.workshops.service import get_workshop

            self._workshop = get_workshop(self.context.database, self.workshop_id)
        return self._workshop


def sorted_listings(database, today) -> list:
    """Every workshop, current ones first, then upcoming, then past (newest first within each)."""
    from trainer.workshops.service import list_workshops

    order = {"current": 0, "upcoming": 1, "past": 2}
    return sorted(list_workshops(database, today=today), key=lambda item: order[item.when(today)])


def _today():
    from datetime import date

    return date.today()


def workshop_line(listing) -> str:
    """'Taller Sololá · 2026-03-02 – 2026-03-06 · enrolled: 25', for pickers and lists."""
    from PySide6.QtCore import QCoreApplication

    days = ""
    if listing.first_day:
        days = listing.first_day.isoformat()
        if listing.last_day and listing.last_day != listing.first_day:
            days += f" – {listing.last_day.isoformat()}"
    people = QCoreApplication.translate("ConsoleScreen", "enrolled: {count}").format(count=listing.enrolled)
    return " · ".join(part for part in (listing.workshop.title, days, people) if part)
