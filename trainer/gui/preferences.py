"""Small per-laptop and per-profile preferences (language, text size, where a learner stopped).

They live in INI files in the data folder, not in the database, so the first window can read them before the
database is open: the laptop's own (language, window places) in preferences.ini, and each profile's in
profiles/<id>.ini, so opening a lesson rewrites one small file however many profiles the laptop has (a profile's
keys still in preferences.ini, from older versions, move to its own file the first time they are read).

Writing is batched: a change is visible at once to every Preferences in the process, and reaches the disk (a
durable write) a moment later, with whatever else changed meanwhile, or when the app quits — never one file
write per change on the GUI thread.
"""

import hashlib
import re
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer

from trainer.paths import data_dir

STAMP = "_at"  # beside a place to continue: when it was set (UTC, ISO), so a merge keeps the more recent place
WRITE_AFTER_MS = 2000  # how long changes gather before they are written together


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class _Settings(QSettings):
    """An INI file that Qt would write at the next turn of the event loop after every change; here the changes
    wait for `Preferences.write` (Qt still writes what is left when the object goes away)."""

    def __init__(self, path: Path):
        super().__init__(str(path), QSettings.IniFormat)

    def event(self, event) -> bool:
        if event.type() == QEvent.UpdateRequest:
            return True
        return super().event(event)


def _file_name(profile_id: str) -> str:
    """A profile's file: its id when that is an ordinary id, else a hash of it. Ids can arrive in bundles, so one
    like '../../x' must not name a file outside the profiles folder."""
    if re.fullmatch(r"[A-Za-z0-9-]{1,64}", profile_id):
        return f"{profile_id}.ini"
    return f"{hashlib.sha256(profile_id.encode()).hexdigest()}.ini"


class Preferences:
    def __init__(self):
        self._settings = _Settings(data_dir() / "preferences.ini")
        self._profiles: dict[str, _Settings] = {}
        self._unwritten: dict[int, _Settings] = {}
        self._timer: QTimer | None = None

    # -- storage -------------------------------------------------------------------------------------

    def _profile(self, profile_id: str) -> _Settings:
        """The profile's own file, with what an older version kept for it in the shared file moved there."""
        settings = self._profiles.get(profile_id)
        if settings is None:
            settings = self._profiles[profile_id] = _Settings(data_dir() / "profiles" / _file_name(profile_id))
            shared = self._settings
            shared.beginGroup(f"profiles/{profile_id}")
            legacy = {key: shared.value(key) for key in shared.allKeys()}
            if legacy:
                shared.remove("")
            shared.endGroup()
            if legacy:
                for key, value in legacy.items():
                    if not settings.contains(key):
                        settings.setValue(key, value)
                self._changed(settings)
                self._changed(shared)
        return settings

    def _changed(self, settings: _Settings) -> None:
        """Written with the next batch."""
        self._unwritten[id(settings)] = settings
        if self._timer is None and QCoreApplication.instance() is not None:
            self._timer = QTimer(singleShot=True, interval=WRITE_AFTER_MS)
            self._timer.timeout.connect(self.write)
            QCoreApplication.instance().aboutToQuit.connect(self.write)
        if self._timer is not None and not self._timer.isActive():
            self._timer.start()

    def write(self) -> None:
        """Put every waiting change on disk now (the batch's timer, quitting, a merge)."""
        waiting, self._unwritten = list(self._unwritten.values()), {}
        for settings in waiting:
            settings.sync()

    def _get(self, key: str, default=None, profile_id: str | None = None):
        settings = self._profile(profile_id) if profile_id else self._settings
        return settings.value(key, default)

    def _set(self, key: str, value, profile_id: str | None = None) -> None:
        settings = self._profile(profile_id) if profile_id else self._settings
        settings.setValue(key, value)
        self._changed(settings)

    # -- this laptop ---------------------------------------------------------------------------------

    @property
    def language(self) -> str | None:
        return self._get("language")

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    def window_geometry(self):
        """The main window's last size and place (Qt's saveGeometry bytes), or None the first time."""
        return self._get("window/geometry")

    def set_window_geometry(self, geometry) -> None:
        self._set("window/geometry", geometry)

    def splitter(self, name: str):
        return self._get(f"splitters/{name}")

    def set_splitter(self, name: str, state) -> None:
        self._set(f"splitters/{name}", state)

    # -- each profile --------------------------------------------------------------------------------

    def text_size(self, profile_id: str) -> int:
        return int(self._get("text_size", 0, profile_id))

    def set_text_size(self, profile_id: str, steps: int) -> None:
        self._set("text_size", steps, profile_id)

    def last_lesson(self, profile_id: str, course_id: str) -> str | None:
        return self._get(f"{course_id}/last_lesson", None, profile_id)

    def set_last_lesson(self, profile_id: str, course_id: str, lesson_id: str) -> None:
        self._set(f"{course_id}/last_lesson{STAMP}", _now(), profile_id)
        self._set(f"{course_id}/last_lesson", lesson_id, profile_id)

    def quiz_options(self, profile_id: str) -> tuple[bool, bool]:
        """(one question at a time, immediate feedback)."""
        one = self._get("quiz_one_at_a_time", "true", profile_id) == "true"
        immediate = self._get("quiz_immediate", "true", profile_id) == "true"
        return one, immediate

    def set_quiz_options(self, profile_id: str, one_at_a_time: bool, immediate: bool) -> None:
        self._set("quiz_one_at_a_time", "true" if one_at_a_time else "false", profile_id)
        self._set("quiz_immediate", "true" if immediate else "false", profile_id)

    def last_course(self, profile_id: str) -> str | None:
        return self._get("last_course", None, profile_id)

    def set_last_course(self, profile_id: str, course_id: str) -> None:
        self._set(f"last_course{STAMP}", _now(), profile_id)
        self._set("last_course", course_id, profile_id)

    def adopt_profile(self, profile_id: str, merged_id: str) -> None:
        """After `merged_id` was merged into `profile_id`: its preferences join this profile's. Where to continue
        goes to the more recent of the two places; any other setting the profile already has is kept."""
        merged = self._profile(merged_id)
        theirs = {key: merged.value(key) for key in merged.allKeys()}
        merged.clear()
        self._changed(merged)
        mine = self._profile(profile_id)
        for key, value in theirs.items():
            if key.endswith(STAMP):
                continue
            if key + STAMP in theirs:  # a place to continue: the later one wins (one never stamped loses)
                later = str(theirs[key + STAMP]) > str(mine.value(key + STAMP, ""))
                if later or mine.value(key) is None:
                    mine.setValue(key, value)
                    mine.setValue(key + STAMP, theirs[key + STAMP])
            elif mine.value(key) is None:
                mine.setValue(key, value)
        self._changed(mine)
        self.write()
        Path(merged.fileName()).unlink(missing_ok=True)  # nothing is left in it
