"""Small per-laptop and per-profile preferences (language, text size, where a learner stopped).

They live in an INI file in the data folder, not in the database, so the
first window can read them before the database is open.
"""

from datetime import datetime, timezone

from PySide6.QtCore import QSettings

from trainer.paths import data_dir

STAMP = "_at"  # beside a place to continue: when it was set (UTC, ISO), so a merge keeps the more recent place


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


class Preferences:
    def __init__(self):
        self._settings = QSettings(str(data_dir() / "preferences.ini"), QSettings.IniFormat)

    def _get(self, key: str, default=None):
        return self._settings.value(key, default)

    def _set(self, key: str, value) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

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

    def text_size(self, profile_id: str) -> int:
        return int(self._get(f"profiles/{profile_id}/text_size", 0))

    def set_text_size(self, profile_id: str, steps: int) -> None:
        self._set(f"profiles/{profile_id}/text_size", steps)

    def last_lesson(self, profile_id: str, course_id: str) -> str | None:
        return self._get(f"profiles/{profile_id}/{course_id}/last_lesson")

    def set_last_lesson(self, profile_id: str, course_id: str, lesson_id: str) -> None:
        self._settings.setValue(f"profiles/{profile_id}/{course_id}/last_lesson{STAMP}", _now())
        self._set(f"profiles/{profile_id}/{course_id}/last_lesson", lesson_id)

    def quiz_options(self, profile_id: str) -> tuple[bool, bool]:
        """(one question at a time, immediate feedback)."""
        one = self._get(f"profiles/{profile_id}/quiz_one_at_a_time", "true") == "true"
        immediate = self._get(f"profiles/{profile_id}/quiz_immediate", "true") == "true"
        return one, immediate

    def set_quiz_options(self, profile_id: str, one_at_a_time: bool, immediate: bool) -> None:
        self._set(f"profiles/{profile_id}/quiz_one_at_a_time", "true" if one_at_a_time else "false")
        self._set(f"profiles/{profile_id}/quiz_immediate", "true" if immediate else "false")

    def last_course(self, profile_id: str) -> str | None:
        return self._get(f"profiles/{profile_id}/last_course")

    def set_last_course(self, profile_id: str, course_id: str) -> None:
        self._settings.setValue(f"profiles/{profile_id}/last_course{STAMP}", _now())
        self._set(f"profiles/{profile_id}/last_course", course_id)

    def adopt_profile(self, profile_id: str, merged_id: str) -> None:
        """After `merged_id` was merged into `profile_id`: its preferences join this profile's. Where to continue
        goes to the more recent of the two places; any other setting the profile already has is kept."""
        settings = self._settings
        settings.beginGroup(f"profiles/{merged_id}")
        theirs = {key: settings.value(key) for key in settings.allKeys()}
        settings.remove("")
        settings.endGroup()
        mine = f"profiles/{profile_id}/"
        for key, value in theirs.items():
            if key.endswith(STAMP):
                continue
            if key + STAMP in theirs:  # a place to continue: the later one wins (one never stamped loses)
                later = str(theirs[key + STAMP]) > str(settings.value(mine + key + STAMP, ""))
                if later or settings.value(mine + key) is None:
                    settings.setValue(mine + key, value)
                    settings.setValue(mine + key + STAMP, theirs[key + STAMP])
            elif settings.value(mine + key) is None:
                settings.setValue(mine + key, value)
        settings.sync()
