"""Small per-laptop and per-profile preferences (language, text size, where a learner stopped).

They live in an INI file in the data folder, not in the database, so the
first window can read them before the database is open.
"""

from PySide6.QtCore import QSettings

from trainer.paths import data_dir


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
        self._set(f"profiles/{profile_id}/last_course", course_id)
