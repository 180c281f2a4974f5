"""What every screen shares: the database, the courses, who is learning and in which language.

One `changed` signal tells screens that progress was recorded, so each screen
refreshes itself instead of every action refreshing screens by hand.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from trainer.gui.preferences import Preferences

if TYPE_CHECKING:  # importing SQLAlchemy costs 0.3 s: never before the first paint
    from trainer.courses.loader import CourseLoad
    from trainer.courses.model import Course
    from trainer.storage.models import Participant
    from trainer.trust import Proof


class AppContext(QObject):
    changed = Signal()
    roles_changed = Signal()  # someone was made a trainer or organizer, or a participant again

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang
        self.preferences = Preferences()
        self.database = None
        self.course_loads: list["CourseLoad"] = []
        self.participant: "Participant | None" = None
        # The trainer or organizer who typed their PIN to open the console: kept only while the console is
        # open, dropped when the profile changes or the console is left (trainer.trust).
        self.proof: "Proof | None" = None

    @property
    def courses(self) -> list["Course"]:
        return [load.course for load in self.course_loads if load.available]

    def course(self, course_id: str) -> "Course | None":
        return next((c for c in self.courses if c.id == course_id), None)

    @property
    def country(self) -> str | None:
        return self.participant.country if self.participant and self.participant.country else None
